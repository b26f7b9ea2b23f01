from . import test_groups
from . import test_seating
from . import test_protocol_list
from . import test_protocol_day
from . import test_courtesy
from . import test_reports
from . import test_trip
from . import test_hospitality_expense
