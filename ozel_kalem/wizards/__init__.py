from . import ozel_kalem_programme_print
