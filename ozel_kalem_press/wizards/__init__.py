from . import ozel_kalem_activity_report
