from . import ozel_kalem_bench_record
from . import ozel_kalem_bench_document
from . import ozel_kalem_bench_request
