# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Özel Kalem Benchmark Baseline",
    "summary": "A bare mail.thread model: the baseline of the benchmarks",
    "version": "18.0.1.0.0",
    "category": "Hidden",
    "license": "LGPL-3",
    "author": "Özel Kalem developers",
    "depends": ["mail", "hr"],
    "data": [
        "security/ir.model.access.csv",
        "security/ozel_kalem_bench_security.xml",
        "views/ozel_kalem_bench_record_views.xml",
    ],
    "installable": True,
}
