from . import ozel_kalem_bench_record
