#!/usr/bin/env bash
# The screenshots of the user guide (docs/img): every menu of the three addons
# and the main forms, in Turkish, taken in headless Chromium on the demo
# database (created as by run.sh when missing).  The run is a test transaction
# rolled back at the end: the demo database is left as it was.
#   OK_DB  demo database (default ozel_kalem_demo)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DB=${OK_DB:-ozel_kalem_demo}
ok_setup
cd "$OK_ROOT"
ok_demo_db "$DB"
ok_log "Taking the screenshots into docs/img"
log="$OK_CACHE/screenshots.log"
if ! ok_odoo -d "$DB" --test-enable --test-tags ozel_kalem_screenshots --stop-after-init \
    --http-port="$((OK_HTTP_PORT + 200))" --log-level=test >"$log" 2>&1 \
    || ! grep -q "0 failed, 0 error(s) of 1 tests" "$log"; then
    grep -E -A 20 "(FAIL|ERROR)" "$log" | head -n 60
    ok_die "Taking the screenshots failed (log: $log)"
fi
echo "$(find docs/img -name '*.png' | wc -l) screenshots in docs/img"
