#!/usr/bin/env bash
# README command 2: static checks, the addons' Odoo tests and the top-level
# pytest suites against a fresh test database.  Fails on any failure and ends
# with pytest's summary line.
#
# The installed addons are cached in a template database (ok_test_template)
# that is rebuilt only when an addon file changed; each run copies it.
#
# `./scripts/test.sh core` runs the core comparison instead (see below).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ok_setup
cd "$OK_ROOT"
addons=(ozel_kalem ozel_kalem_protocol ozel_kalem_press)

# --- Core comparison: ./scripts/test.sh core ---------------------------------
# Odoo's own tests of the areas the suite extends (scripts/core_tests.py
# names them) on a database with the suite and on one without it (the same
# dependencies, both with demo data, in Odoo's own language: a database
# created with --load-language=tr_TR runs every test in Turkish, and some
# of Odoo's own tests fail then, suite or not), every at_install test run
# after the whole registry is loaded.  Compared test by test: fails when a
# test that passes without the suite fails with it.  Both databases are
# cached as templates (rebuilt when an addon, the dependencies or
# requirements.txt changed), and so is the run without the suite.
if [ "${1:-}" = core ]; then
    core=("$OK_VENV/bin/python" "$OK_ROOT/scripts/core_tests.py")
    port=${OK_CORE_HTTP_PORT:-8369}
    filestore="$OK_CACHE/data/filestore"
    reqs=$(sha1sum <requirements.txt | cut -c1-12)
    deps=$("${core[@]}" depends)
    tags=$("${core[@]}" tags)
    start=$SECONDS

    # core_template TEMPLATE HASH MODULES: the installed database, cached.
    core_template() {
        local template=$1 want=$2 modules=$3 log="$OK_CACHE/$1.log"
        if ok_db_exists "$template" && [ "$(cat "$OK_CACHE/$template.hash" 2>/dev/null)" = "$want" ]; then
            return 0
        fi
        ok_log "Installing $modules into $template (a few minutes)"
        dropdb --if-exists "$template"
        rm -rf "${filestore:?}/$template" "$OK_CACHE/$template.hash"
        if ! ok_odoo -d "$template" -i "$modules" --stop-after-init \
            --http-port="$port" --log-level=warn >"$log" 2>&1; then
            tail -n 40 "$log"
            dropdb --if-exists "$template"
            ok_die "Installing $modules failed (log: $log)"
        fi
        echo "$want" >"$OK_CACHE/$template.hash"
    }
    # core_run SIDE: Odoo's tests on a fresh copy of the side's template.
    core_run() {
        local db=ok_core_$1 log="$OK_CACHE/core-$1.log" t0=$SECONDS
        dropdb --if-exists "$db"
        rm -rf "${filestore:?}/$db"
        createdb -T "ok_core_$1_template" "$db"
        [ -d "$filestore/ok_core_$1_template" ] && cp -r "$filestore/ok_core_$1_template" "$filestore/$db"
        ok_log "Odoo's tests $1 the suite ($db, log: $log)"
        "${core[@]}" run -c "$OK_CONF" -d "$db" --test-enable --test-tags "$tags" \
            --stop-after-init --http-port="$port" --log-level=test >"$log" 2>&1 || true
        echo "  $1 the suite: $((SECONDS - t0)) s"
    }

    with_hash="$(ok_addons_hash)-$reqs"
    without_hash="$(echo "$deps" | sha1sum | cut -c1-12)-$reqs"
    core_template ok_core_without_template "$without_hash" "$deps"
    core_template ok_core_with_template "$with_hash" "$OK_ADDONS"
    # The run without the suite changes only with its database (made
    # again: another oid), the tests chosen or the runner.
    oid=$(psql -d postgres -tAc "SELECT oid FROM pg_database WHERE datname='ok_core_without_template'")
    without_want="$without_hash-$oid-$(sha1sum <scripts/core_tests.py | cut -c1-12)"
    if [ "${OK_CORE_RERUN:-0}" = 1 ] || [ "$(cat "$OK_CACHE/core-without.log.hash" 2>/dev/null)" != "$without_want" ]; then
        core_run without
        echo "$without_want" >"$OK_CACHE/core-without.log.hash"
    else
        ok_log "Odoo's tests without the suite: unchanged, from $OK_CACHE/core-without.log"
    fi
    core_run with
    set +e
    "${core[@]}" compare "$OK_CACHE/core-with.log" "$OK_CACHE/core-without.log"
    rc=$?
    set -e
    echo "Core comparison: $((SECONDS - start)) s"
    exit "$rc"
fi

# --- 1. Static checks --------------------------------------------------------
stamp="$OK_LINT_VENV/.ok-stamp"
if [ "$(cat "$stamp" 2>/dev/null)" != "$(sha1sum <requirements-lint.txt)" ]; then
    ok_log "Preparing the static-check virtualenv"
    "${OK_PYTHON:-python3.11}" -m venv "$OK_LINT_VENV"
    ok_pip "$OK_LINT_VENV/bin/pip" -r requirements-lint.txt
    sha1sum <requirements-lint.txt >"$stamp"
fi
ok_log "Static checks: ruff, pylint-odoo, OCA module and .po checks"
"$OK_LINT_VENV/bin/ruff" check .
"$OK_LINT_VENV/bin/ruff" format --check .
"$OK_LINT_VENV/bin/pylint" --rcfile=.pylintrc-mandatory "${addons[@]}"
"$OK_LINT_VENV/bin/oca-checks-odoo-module" "${addons[@]}"
"$OK_LINT_VENV/bin/oca-checks-po" --disable=po-pretty-format ./*/i18n/*.po

# --- 2. Template database with the addons installed -------------------------
TEMPLATE=ok_test_template
want=$(ok_addons_hash)
filestore="$OK_CACHE/data/filestore"
if ! ok_db_exists "$TEMPLATE" || [ "$(cat "$OK_CACHE/$TEMPLATE.hash" 2>/dev/null)" != "$want" ]; then
    ok_log "Installing the addons into a fresh template database (about a minute)"
    dropdb --if-exists "$TEMPLATE"
    rm -rf "${filestore:?}/$TEMPLATE" "$OK_CACHE/$TEMPLATE.hash"
    log="$OK_CACHE/install.log"
    if ! ok_odoo -d "$TEMPLATE" -i "$OK_ADDONS" --load-language=tr_TR --stop-after-init \
        --http-port=8169 --log-level=info >"$log" 2>&1; then
        tail -n 40 "$log"
        ok_die "Installing the addons failed (log: $log)"
    fi
    # Odoo's loader reports what it tolerates (failed demo data, deprecated
    # view syntax, missing access rules, untranslated labels) as warnings.
    if grep -E " (WARNING|ERROR|CRITICAL) " "$log"; then
        dropdb "$TEMPLATE"
        ok_die "Odoo's loader warned while installing the addons (log: $log)"
    fi
    echo "$want" >"$OK_CACHE/$TEMPLATE.hash"
fi

fresh_db() {
    dropdb --if-exists "$1"
    rm -rf "${filestore:?}/$1"
    createdb -T "$TEMPLATE" "$1"
    [ -d "$filestore/$TEMPLATE" ] && cp -r "$filestore/$TEMPLATE" "$filestore/$1"
    return 0
}

# --- 3. The addons' own tests (Odoo's runner) -------------------------------
ok_log "Odoo tests of the addons"
fresh_db ok_test_odoo
log="$OK_CACHE/odoo-tests.log"
tags=$(printf '/%s,' "${addons[@]}")
set +e
ok_odoo -d ok_test_odoo --test-enable --test-tags "${tags%,}" --stop-after-init \
    --http-port=8169 --log-level=test >"$log" 2>&1
rc=$?
set -e
grep -E "(FAIL|ERROR):|odoo.tests.result|post-tests in" "$log" || true
ran=$(grep -oE "of [0-9]+ tests" "$log" | tail -n 1 | grep -oE "[0-9]+" || echo 0)
failed=$(grep -oE "[0-9]+ failed, [0-9]+ error\(s\)" "$log" | tail -n 1 | awk '{print $1 + $3}')
failed=${failed:-0}
if [ "$rc" != 0 ] || [ "$failed" != 0 ]; then
    grep -E -A 30 "(FAIL|ERROR): " "$log" | head -n 200
    ok_die "Odoo tests failed (log: $log)"
fi
[ "${ran:-0}" -gt 0 ] || ok_die "Odoo's runner ran no test (log: $log)"
echo "Odoo tests: $ran passed, 0 failed"

# --- 4. The benchmark command end to end at the small scale (a smoke run:
# its figures are printed, never asserted) ----------------------------------
ok_log "Benchmark smoke run (scripts/bench.sh small)"
log="$OK_CACHE/bench-smoke.log"
if ! OK_BENCH_OUT="$OK_CACHE/bench-smoke.md" bash "$OK_ROOT/scripts/bench.sh" small >"$log" 2>&1 || ! grep -q "Worker peak memory" "$log"; then
    tail -n 40 "$log"
    ok_die "The benchmark command failed (log: $log)"
fi
echo "Benchmark smoke run: $(grep -c '^| ' "$log") table rows ($OK_CACHE/bench-smoke.md)"

# --- 5. Top-level pytest suites (pytest-odoo) --------------------------------
ok_log "Top-level pytest suites"
fresh_db ok_test_pytest
set +e
"$OK_VENV/bin/pytest" -p no:warnings -p no:cacheprovider --odoo-config="$OK_CONF" \
    --odoo-database=ok_test_pytest --odoo-http tests/
rc=$?
set -e
[ "$rc" = 5 ] && ok_die "pytest collected no test"
exit "$rc"
