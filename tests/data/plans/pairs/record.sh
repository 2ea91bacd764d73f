#!/bin/sh
# Records the plan pairs of tst_plantools: one query planned serially and with parallel workers forced, in JSON
# and text, from a running PostgreSQL 15. Usage: PGHOST=… PGPORT=… PGUSER=… ./record.sh  (e.g. after
# `eval "$(pgversectl lab env --dir DIR)"`). It creates the tables a, b and c in the current database.
set -eu
cd "$(dirname "$0")"
psql -q -v ON_ERROR_STOP=1 <<'SQL'
DROP TABLE IF EXISTS a, b, c;
CREATE TABLE a AS SELECT g AS id, g % 100 AS k, md5(g::text) AS t FROM generate_series(1, 200000) g;
CREATE TABLE b AS SELECT g AS id, g % 1000 AS k FROM generate_series(1, 200000) g;
CREATE TABLE c AS SELECT g AS k, 'x' || g AS name FROM generate_series(1, 1000) g;
CREATE INDEX ON c (k);
ANALYZE a, b, c;
SQL
branch() {
    echo "(SELECT c.name, count(*) FROM a JOIN b ON a.id = b.id JOIN c ON c.k = b.k WHERE a.k = $1 GROUP BY c.name ORDER BY 2 DESC LIMIT 5)"
}
union=""
for i in $(seq 1 24); do
    union="${union:+$union UNION ALL }$(branch "$i")"
done
grouped="SELECT a.k, count(*), max(b.k) FROM a JOIN b ON a.id = b.id WHERE b.k < 900 GROUP BY a.k ORDER BY a.k"
serial="SET max_parallel_workers_per_gather = 0;"
parallel="SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;"
for pair in union_of_joins grouped_join; do
    if [ "$pair" = union_of_joins ]; then query="$union"; else query="$grouped"; fi
    for mode in serial parallel; do
        if [ "$mode" = serial ]; then settings="$serial"; else settings="$parallel"; fi
        # JSON compacted (whitespace only, keys in psql's order): the files stay small.
        printf '%s\nEXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) %s;\n' "$settings" "$query" | psql -qAt \
            | python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin), separators=(",", ":"), ensure_ascii=False))' > "$pair.$mode.json"
        # As people paste it: psql's aligned output, header and row count included.
        printf '%s\nEXPLAIN (ANALYZE, BUFFERS) %s;\n' "$settings" "$query" | psql -q -P pager=off > "$pair.$mode.txt"
    done
done
