from . import test_norm_kadro
from . import test_handover
from . import test_duty_assignment
from . import test_asset
from . import test_circular
from . import test_personnel_note
from . import test_reports
