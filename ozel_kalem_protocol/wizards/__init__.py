from . import ozel_kalem_protocol_guest_add
from . import ozel_kalem_audit_file_print
from . import ozel_kalem_activity_report
