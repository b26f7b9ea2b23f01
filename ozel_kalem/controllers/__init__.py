from . import main
from . import citizen_request
