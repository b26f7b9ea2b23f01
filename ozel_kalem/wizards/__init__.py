from . import ozel_kalem_programme_print
from . import ozel_kalem_register_print
