#!/usr/bin/env bash
# README command 1: set everything up and run the suite with a demo
# municipality in Turkish on http://localhost:8069.
#   OK_DB  name of the demo database (default ozel_kalem_demo)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DB=${OK_DB:-ozel_kalem_demo}
ok_setup

ok_demo_db "$DB"

cat <<EOM

  Özel Kalem is starting on  http://localhost:$OK_HTTP_PORT   (database $DB)
  Administrator:   admin / admin
  Demo users (password = login): baskan (mayor), mudur (director), sef (chief),
  personel (clerk), yonetici (office administrator), protokol, mali (finance
  reviewer), basin (press).  Stop with Ctrl+C.

EOM
exec "$OK_VENV/bin/odoo" -c "$OK_CONF" -d "$DB" --db-filter="^$DB\$" --http-port="$OK_HTTP_PORT"
