from . import working_days
from . import detsis
from . import contacts
from . import file_plan
from . import pdf_pages
