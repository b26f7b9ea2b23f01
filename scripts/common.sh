# shellcheck shell=bash
# Shared setup for scripts/run.sh and scripts/test.sh.
#
# Every step checks what is already there and does only what is missing, so a
# second run starts in seconds.  Settings (environment variables):
#   ODOO_SRC    Odoo 18.0 source tree (default /opt/odoo); when it holds none,
#               the official 18.0 source release is downloaded into .cache/.
#   OK_PYTHON   Python interpreter for the virtualenv (default python3.11).
#   OK_VENV     virtualenv folder (default .venv).
#   OK_HTTP_PORT  port of the Odoo server started by run.sh (default 8069).

set -euo pipefail

OK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OK_CACHE="$OK_ROOT/.cache"
OK_VENV=${OK_VENV:-$OK_ROOT/.venv}
OK_LINT_VENV="$OK_ROOT/.venv-lint"
OK_ADDONS="ozel_kalem,ozel_kalem_protocol,ozel_kalem_press"
OK_HTTP_PORT=${OK_HTTP_PORT:-8069}
ODOO_SRC=${ODOO_SRC:-/opt/odoo}
ODOO_RELEASE_URL=${ODOO_RELEASE_URL:-https://nightly.odoo.com/18.0/nightly/src/odoo_18.0.latest.tar.gz}
mkdir -p "$OK_CACHE"

ok_log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
ok_die() { printf '\033[1;31m!!\033[0m %s\n' "$*" >&2; exit 1; }

# Run a command as root: directly when we are root, through sudo otherwise.
ok_as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Run a command as the postgres system user.
ok_as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

# --- system packages -------------------------------------------------------
ok_system_packages() {
    local missing=()
    ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
    command -v pg_config >/dev/null 2>&1 || missing+=(libpq-dev)
    [ -f /usr/include/ldap.h ] || missing+=(libldap2-dev)
    [ -f /usr/include/sasl/sasl.h ] || missing+=(libsasl2-dev)
    command -v gcc >/dev/null 2>&1 || missing+=(build-essential)
    command -v wkhtmltopdf >/dev/null 2>&1 || missing+=(wkhtmltopdf)
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
    command -v "${OK_PYTHON:-python3.11}" >/dev/null 2>&1 || missing+=(python3 python3-venv python3-dev)
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null 2>&1 \
        || ok_die "Missing system packages (${missing[*]}) and no apt-get to install them."
    ok_log "Installing system packages: ${missing[*]}"
    ok_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    ok_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- PostgreSQL ---------------------------------------------------------------
ok_postgres() {
    if ! pg_isready -q 2>/dev/null; then
        ok_log "Starting PostgreSQL"
        if command -v pg_lsclusters >/dev/null 2>&1; then
            local ver name
            read -r ver name _ < <(pg_lsclusters -h | head -n 1) \
                || ok_die "No PostgreSQL cluster; create one with pg_createcluster."
            ok_as_root pg_ctlcluster "$ver" "$name" start || true
        else
            ok_as_root service postgresql start
        fi
        for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
        pg_isready -q || ok_die "PostgreSQL does not answer."
    fi
    local me
    me=$(id -un)
    if [ "$(ok_as_postgres psql -tAc "SELECT 1 FROM pg_roles WHERE rolname='$me'")" != 1 ]; then
        ok_log "Creating PostgreSQL role $me"
        ok_as_postgres createuser --createdb "$me"
    fi
    # JIT compilation is for analytics, not for an office's short queries: the
    # count of a list of 10 000 open documents spent 15 of its 20 ms compiling
    # (bench/).  The README asks the same of a production server.
    if [ "$(psql -d postgres -tAc 'SHOW jit')" != off ]; then
        ok_log "Turning PostgreSQL's JIT compilation off"
        ok_as_postgres psql -qc "ALTER SYSTEM SET jit = off" \
            -c "SELECT pg_reload_conf()" >/dev/null
    fi
}

ok_db_exists() {
    [ "$(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$1'")" = 1 ]
}

# --- Odoo source --------------------------------------------------------------
ok_is_odoo18() {
    [ -f "$1/odoo-bin" ] && grep -qE "^version_info = \(18, 0," "$1/odoo/release.py" 2>/dev/null
}

ok_odoo_source() {
    if ok_is_odoo18 "$ODOO_SRC"; then
        return 0
    fi
    local dl="$OK_CACHE/odoo-18.0"
    if ! ok_is_odoo18 "$dl"; then
        ok_log "No Odoo 18.0 source at $ODOO_SRC: downloading the official 18.0 release"
        rm -rf "$dl" "$dl.tar.gz"
        mkdir -p "$dl"
        curl -fSL --retry 3 -o "$dl.tar.gz" "$ODOO_RELEASE_URL" \
            || ok_die "Download of $ODOO_RELEASE_URL failed; set ODOO_SRC to an Odoo 18.0 tree."
        tar -xzf "$dl.tar.gz" -C "$dl" --strip-components=1
        rm -f "$dl.tar.gz"
    fi
    ODOO_SRC=$dl
}

# --- Python virtualenv ------------------------------------------------------------
# pip install, quiet, without the noise of find-links folders that a machine's
# pip configuration may name but not have.
ok_pip() {
    local pip=$1
    shift
    "$pip" install -q --disable-pip-version-check "$@" 2> >(grep -v "is ignored: it is neither" >&2)
}

ok_venv() {
    local py=${OK_PYTHON:-python3.11}
    command -v "$py" >/dev/null 2>&1 || py=python3
    local stamp="$OK_VENV/.ok-stamp" want
    want=$(cat "$ODOO_SRC/requirements.txt" "$OK_ROOT/requirements.txt" | sha1sum | cut -c1-16)-$ODOO_SRC
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$OK_VENV/bin/odoo" ]; then
        return 0
    fi
    ok_log "Preparing the Python virtualenv in $OK_VENV (Odoo from $ODOO_SRC)"
    [ -x "$OK_VENV/bin/python" ] || "$py" -m venv "$OK_VENV"
    local pip=(ok_pip "$OK_VENV/bin/pip")
    # Odoo pins cbor2==5.4.2 for Python < 3.12: it only ships an sdist that no
    # longer builds.  5.6.5 has wheels and the same API.
    sed -E "s/^cbor2==5\.4\.2 .*/cbor2==5.6.5 ; python_version < '3.12'/" \
        "$ODOO_SRC/requirements.txt" >"$OK_CACHE/odoo-requirements.txt"
    # Odoo's pinned requirements first: unpinned ones pull lxml 6, which Odoo
    # 18 cannot import.
    "${pip[@]}" -r "$OK_CACHE/odoo-requirements.txt"
    # compat mode: the default editable mode breaks `import odoo` as soon as an
    # odoo-addon-* wheel puts its own site-packages/odoo/ next to it.
    "${pip[@]}" -e "$ODOO_SRC" --config-settings editable_mode=compat
    "${pip[@]}" -r "$OK_ROOT/requirements.txt"
    echo "$want" >"$stamp"
}

# The configuration file every script passes to Odoo.
ok_config() {
    OK_CONF="$OK_CACHE/odoo.conf"
    cat >"$OK_CONF" <<EOF
[options]
addons_path = $ODOO_SRC/addons,$OK_ROOT
data_dir = $OK_CACHE/data
db_host = False
db_port = False
http_port = $OK_HTTP_PORT
list_db = True
EOF
}

# Hash of everything that makes an installed database: the addons' files.
ok_addons_hash() {
    (cd "$OK_ROOT" && find ozel_kalem ozel_kalem_protocol ozel_kalem_press -type f \
        ! -name '*.pyc' ! -path '*/tests/*' -print0 | sort -z | xargs -0 sha1sum) \
        | sha1sum | cut -c1-12
}

ok_odoo() { "$OK_VENV/bin/odoo" -c "$OK_CONF" "$@"; }

# The demo database $1 with the addons, the demo municipality and Turkish:
# created once, updated when an addon changed.
ok_demo_db() {
    local DB=$1 stamp want
    stamp="$OK_CACHE/$DB.addons-hash"
    want=$(ok_addons_hash)
    if ! ok_db_exists "$DB"; then
        ok_log "Creating the demo database $DB (about a minute)"
        ok_odoo -d "$DB" -i "$OK_ADDONS" --load-language=tr_TR --stop-after-init \
            --http-port="$((OK_HTTP_PORT + 100))" --log-level=warn
        # The administrator works in Turkish too.  Set here, once, and not in
        # the demo data: the demo installed in Odoo's own language (the core
        # comparison of test.sh) leaves the administrator in English, as
        # Odoo's own tests expect.  The server's address is its base URL:
        # wkhtmltopdf reads the styles of the letters from it (the demo's
        # e-Yazışma packages are made at the first start), and the packages
        # name their verification page with it.
        "$OK_VENV/bin/odoo" shell -c "$OK_CONF" -d "$DB" --log-level=warn >/dev/null <<EOF
env.ref("base.user_admin").lang = "tr_TR"
env["ir.config_parameter"].sudo().set_param("web.base.url", "http://localhost:$OK_HTTP_PORT")
env.cr.commit()
EOF
        echo "$want" >"$stamp"
    elif [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        ok_log "The addons changed: updating $DB"
        ok_odoo -d "$DB" -u "$OK_ADDONS" --stop-after-init \
            --http-port="$((OK_HTTP_PORT + 100))" --log-level=warn
        echo "$want" >"$stamp"
    fi
}

ok_setup() {
    ok_system_packages
    ok_odoo_source
    ok_venv
    ok_postgres
    ok_config
}
