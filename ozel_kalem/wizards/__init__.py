from . import ozel_kalem_programme_print
from . import ozel_kalem_register_print
from . import ozel_kalem_desk_return
from . import ozel_kalem_activity_report
from . import ozel_kalem_eyp_import
from . import ozel_kalem_eyp_signature
