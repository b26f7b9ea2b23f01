from . import test_groups
from . import test_press
from . import test_tours
from . import test_approval_bypass
from . import test_approval_matrix
