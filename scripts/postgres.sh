# Sourced by test.sh: starts the local PostgreSQL cluster, makes the test role and database,
# and exports TEST_POSTGRES_URL. Nothing survives between sessions, so this runs every time.
pg_version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$pg_version main"; then
  pg_createcluster "$pg_version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$pg_version" main start
fi
pg_port="$(pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $3}')"
psql_admin() { su postgres -c "psql -p $pg_port -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='p2c'")" != 1 ]; then
  psql_admin "CREATE ROLE p2c LOGIN CREATEDB PASSWORD 'p2c'"
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname='p2c_test'")" != 1 ]; then
  psql_admin "CREATE DATABASE p2c_test OWNER p2c"
fi
# Each integration test makes its own database; clear those of earlier runs.
for db in $(psql_admin "SELECT datname FROM pg_database WHERE datname LIKE 'p2c\_test\_%'"); do
  psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)"
done
export TEST_POSTGRES_URL="postgres://p2c:p2c@127.0.0.1:$pg_port/p2c_test"
