#!/usr/bin/env bash
# Benchmark of the suite at municipal scale against plain Odoo (bench/run.py
# says what it measures).  Separate from the tests.
#   scripts/bench.sh [full|small|FACTOR]   default full: 1 000 000 documents,
#   200 000 citizens' requests, 100 000 appointments, 20 000 instructions,
#   5 000 events and expenses; small is a thousandth of it.
# Creates the database ok_bench_<scale> afresh; prints the table and writes
# it to bench/results-<scale>.md (or to $OK_BENCH_OUT), the query plans of
# the default lists beside it (results-<scale>-plans.md).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SCALE=${1:-full}
ok_setup
cd "$OK_ROOT"
DB="ok_bench_${SCALE//[^a-z0-9]/_}"
BENCH_CONF="$OK_CACHE/bench.conf"
sed "s|^addons_path = .*|&,$OK_ROOT/bench|" "$OK_CONF" >"$BENCH_CONF"

ok_log "Installing the addons and the baseline into $DB (no demo data)"
dropdb --if-exists "$DB"
rm -rf "${OK_CACHE:?}/data/filestore/$DB"
log="$OK_CACHE/bench-install.log"
if ! "$OK_VENV/bin/odoo" -c "$BENCH_CONF" -d "$DB" \
    -i "$OK_ADDONS,ozel_kalem_bench" --without-demo=all --stop-after-init \
    --http-port="$((OK_HTTP_PORT + 300))" --log-level=warn >"$log" 2>&1; then
    tail -n 30 "$log"
    ok_die "Installing the benchmark database failed (log: $log)"
fi
ok_log "Generating the volume and measuring (scale $SCALE)"
OUT=${OK_BENCH_OUT:-bench/results-$SCALE.md}
"$OK_VENV/bin/python" bench/run.py -c "$BENCH_CONF" -d "$DB" --scale "$SCALE" \
    --out "$OUT" --plans "${OUT%.md}-plans.md"
