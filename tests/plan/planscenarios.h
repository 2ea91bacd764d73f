// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pgv::test {

/// One plan fixture: a query run on the fixture schema (planSchemaSql()) with EXPLAIN in both formats.
/// tst_planfixtures produces tests/data/plans/<name>.{json,txt} from a real server; tst_planparser reads them.
struct PlanScenario
{
    QString name;
    QString settings; ///< SET LOCAL statements run first, in the same transaction
    QString options;  ///< EXPLAIN options without FORMAT ("ANALYZE, BUFFERS"); empty for a plain EXPLAIN
    QString sql;
    QStringList expectedLabels; ///< each must be contained in the label of some node
};

inline QString planSchemaSql()
{
    return QStringLiteral(
        // Half-full pages: a rolled-back UPDATE of customers stays on its pages, so the next run plans the same costs.
        "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, region int NOT NULL) WITH (fillfactor = 50);"
        "INSERT INTO customers SELECT g, 'customer ' || g, g % 10 FROM generate_series(1, 2000) g;"
        "CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers, amount numeric NOT NULL,"
        "                     status text NOT NULL, created date NOT NULL, note text);"
        "INSERT INTO orders SELECT g, 1 + (g * 7919) % 2000, (g % 997) / 10.0, (ARRAY['new','paid','shipped','cancelled'])[1 + g % 4],"
        "                          date '2024-01-01' + (g % 365), CASE WHEN g % 1000 = 0 THEN 'rare' END"
        "                   FROM generate_series(1, 100000) g;"
        "CREATE INDEX orders_customer_idx ON orders (customer_id);"
        "CREATE INDEX orders_created_idx ON orders (created);"
        "CREATE TABLE items (order_id int NOT NULL, line int NOT NULL, product int NOT NULL, qty int NOT NULL,"
        "                    PRIMARY KEY (order_id, line));"
        "INSERT INTO items SELECT o, l, (o * l) % 500, 1 + (o + l) % 5 FROM generate_series(1, 100000) o, generate_series(1, 3) l;"
        "CREATE TABLE events (id int NOT NULL, ts date NOT NULL, kind int NOT NULL) PARTITION BY RANGE (ts);"
        "CREATE TABLE events_q1 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');"
        "CREATE TABLE events_q2 PARTITION OF events FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');"
        "CREATE TABLE events_q3 PARTITION OF events FOR VALUES FROM ('2024-07-01') TO ('2024-10-01');"
        "CREATE TABLE events_q4 PARTITION OF events FOR VALUES FROM ('2024-10-01') TO ('2025-01-01');"
        "INSERT INTO events SELECT g, date '2024-01-01' + (g % 366), g % 7 FROM generate_series(1, 40000) g;"
        "CREATE INDEX events_ts_idx ON events (ts);"
        "CREATE INDEX events_id_idx ON events (id);"
        // Statistics from every row: the same plans and estimates on every run.
        "SET default_statistics_target = 10000;"
        "VACUUM ANALYZE;");
}

inline QList<PlanScenario> planScenarios()
{
    using namespace Qt::StringLiterals;
    const QString analyze = QStringLiteral("ANALYZE, BUFFERS");
    const QString serial = QStringLiteral("SET LOCAL max_parallel_workers_per_gather = 0;");
    const QString parallel = QStringLiteral("SET LOCAL parallel_setup_cost = 0; SET LOCAL parallel_tuple_cost = 0;"
                                            "SET LOCAL min_parallel_table_scan_size = 0; SET LOCAL max_parallel_workers_per_gather = 2;");
    const QString notExists = QStringLiteral(
        "SELECT * FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'cancelled')");
    const QString exists = QStringLiteral("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM items i WHERE i.order_id = o.id "
                                          "AND i.qty = 5)");
    const QString cte = QStringLiteral("WITH big AS MATERIALIZED (SELECT customer_id, sum(amount) s FROM orders GROUP BY customer_id) "
                                       "SELECT * FROM big a JOIN big b ON a.customer_id = b.customer_id + 1 WHERE a.s > 1000");
    const QString insert = QStringLiteral("INSERT INTO orders SELECT id + 200000, customer_id, amount, status, created, note "
                                          "FROM orders WHERE id <= 100");
    const QString leftJoin = QStringLiteral("SELECT * FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE o.id < 20000");
    const QString mergeAppend = QStringLiteral("SELECT * FROM events WHERE ts >= '2024-06-01' ORDER BY id LIMIT 10");
    return {
        {u"seq_scan"_s, serial, analyze, u"SELECT * FROM orders WHERE note = 'rare'"_s, {u"Seq Scan on orders"_s}},
        {u"index_scan"_s, serial, analyze, u"SELECT * FROM orders WHERE id = 42"_s, {u"Index Scan using orders_pkey on orders"_s}},
        {u"index_scan_backward"_s, serial, analyze, u"SELECT * FROM orders ORDER BY id DESC LIMIT 5"_s,
         {u"Limit"_s, u"Index Scan Backward using orders_pkey on orders"_s}},
        {u"index_only_scan"_s, serial, analyze, u"SELECT id FROM orders WHERE id BETWEEN 100 AND 200"_s,
         {u"Index Only Scan using orders_pkey on orders"_s}},
        {u"bitmap_or"_s, serial, analyze, u"SELECT * FROM orders WHERE customer_id = 5 OR customer_id = 7"_s,
         {u"Bitmap Heap Scan on orders"_s, u"BitmapOr"_s, u"Bitmap Index Scan on orders_customer_idx"_s}},
        {u"bitmap_lossy"_s, serial + u"SET LOCAL work_mem = '64kB'; SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off;"_s,
         analyze, u"SELECT count(*) FROM items WHERE order_id BETWEEN 1 AND 90000 AND qty > 1"_s,
         {u"Bitmap Heap Scan on items"_s, u"Bitmap Index Scan on items_pkey"_s}},
        {u"nested_loop_memoize"_s, serial + u"SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off;"_s, analyze,
         u"SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id < 5000"_s,
         {u"Nested Loop"_s, u"Memoize"_s, u"Index Scan using customers_pkey on customers c"_s}},
        {u"hash_left_join"_s, serial, analyze, leftJoin, {u"Hash Left Join"_s, u"Hash"_s}},
        {u"hash_right_join"_s, serial, analyze,
         u"SELECT c.name, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'new'"_s,
         {u"Hash Right Join"_s}},
        {u"merge_join"_s, serial + u"SET LOCAL enable_hashjoin = off; SET LOCAL enable_nestloop = off;"_s, analyze,
         u"SELECT * FROM orders o JOIN items i ON i.order_id = o.id WHERE o.id < 1000"_s, {u"Merge Join"_s}},
        {u"nested_loop_anti_join"_s, serial + u"SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off;"_s, analyze,
         notExists, {u"Nested Loop Anti Join"_s}},
        {u"hash_anti_join"_s, serial + u"SET LOCAL enable_nestloop = off; SET LOCAL enable_mergejoin = off;"_s, analyze, notExists,
         {u"Anti Join"_s}},
        {u"merge_semi_join"_s, serial + u"SET LOCAL enable_hashjoin = off;"_s, analyze,
         u"SELECT * FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.amount > 99)"_s,
         {u"Merge Semi Join"_s}},
        {u"hash_semi_join"_s, serial + u"SET LOCAL enable_nestloop = off; SET LOCAL enable_mergejoin = off;"_s, analyze, exists,
         {u"Hash Semi Join"_s}},
        {u"sort_memory"_s, serial, analyze, u"SELECT * FROM customers ORDER BY name"_s, {u"Sort"_s}},
        {u"sort_external"_s, serial + u"SET LOCAL work_mem = '64kB';"_s, analyze, u"SELECT * FROM orders ORDER BY amount, id"_s,
         {u"Sort"_s}},
        {u"incremental_sort"_s, serial, analyze, u"SELECT * FROM orders ORDER BY created, amount LIMIT 50"_s,
         {u"Limit"_s, u"Incremental Sort"_s, u"Index Scan using orders_created_idx on orders"_s}},
        {u"aggregate_plain"_s, serial, analyze, u"SELECT count(*), sum(amount) FROM orders"_s, {u"Aggregate"_s}},
        {u"aggregate_sorted"_s, serial + u"SET LOCAL enable_hashagg = off;"_s, analyze,
         u"SELECT customer_id, count(*) FROM orders GROUP BY customer_id"_s, {u"GroupAggregate"_s}},
        {u"aggregate_hashed"_s, serial, analyze, u"SELECT status, count(*) FROM orders GROUP BY status"_s, {u"HashAggregate"_s}},
        {u"aggregate_mixed"_s, serial, analyze, u"SELECT status, created, count(*) FROM orders GROUP BY ROLLUP (status, created)"_s,
         {u"MixedAggregate"_s}},
        {u"grouping_sets_sorted"_s, serial + u"SET LOCAL enable_hashagg = off;"_s, analyze,
         u"SELECT status, customer_id, count(*) FROM orders GROUP BY GROUPING SETS ((status), (customer_id), ())"_s,
         {u"GroupAggregate"_s}},
        {u"grouping_sets"_s, serial, analyze,
         u"SELECT status, customer_id, count(*) FROM orders GROUP BY GROUPING SETS ((status), (customer_id))"_s, {u"HashAggregate"_s}},
        {u"window"_s, serial, analyze,
         u"SELECT id, customer_id, row_number() OVER (PARTITION BY customer_id ORDER BY id) FROM orders WHERE id < 1000"_s,
         {u"WindowAgg"_s, u"Sort"_s}},
        {u"cte_scan"_s, serial, analyze, cte, {u"CTE Scan on big a"_s, u"CTE Scan on big b"_s, u"HashAggregate"_s}},
        {u"recursive_cte"_s, serial, analyze,
         u"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000) SELECT sum(n) FROM r"_s,
         {u"Recursive Union"_s, u"WorkTable Scan on r r_1"_s, u"CTE Scan on r"_s}},
        {u"initplan"_s, serial, analyze, u"SELECT * FROM orders WHERE customer_id = (SELECT max(id) FROM customers)"_s,
         {u"Bitmap Heap Scan on orders"_s, u"Result"_s, u"Index Only Scan Backward using customers_pkey on customers"_s}},
        {u"subplan"_s, serial, analyze,
         u"SELECT c.id, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) FROM customers c WHERE c.id <= 100"_s,
         {u"Index Only Scan using customers_pkey on customers c"_s, u"Aggregate"_s}},
        {u"partition_append"_s, serial, analyze, u"SELECT count(*) FROM events WHERE ts < '2024-06-01'"_s,
         {u"Append"_s, u"Seq Scan on events_q1 events_1"_s}},
        {u"partition_merge_append"_s, serial, analyze, mergeAppend, {u"Merge Append"_s}},
        {u"partition_runtime_pruning"_s, serial, analyze, u"SELECT * FROM events WHERE ts >= (SELECT date '2024-11-01' + 1)"_s,
         {u"Append"_s, u"Bitmap Heap Scan on events_q1 events_1"_s}},
        {u"parallel_aggregate"_s, parallel, analyze, u"SELECT count(*) FROM items WHERE qty > 1"_s,
         {u"Finalize Aggregate"_s, u"Gather"_s, u"Partial Aggregate"_s, u"Parallel Seq Scan on items"_s}},
        {u"parallel_gather_merge"_s, parallel, u"ANALYZE, BUFFERS, VERBOSE"_s,
         u"SELECT * FROM orders WHERE amount > 50 ORDER BY amount LIMIT 100"_s,
         {u"Gather Merge"_s, u"Parallel Seq Scan on public.orders"_s}},
        {u"parallel_hash_join"_s, parallel, analyze, u"SELECT count(*) FROM orders o JOIN items i ON i.order_id = o.id"_s,
         {u"Parallel Hash Join"_s, u"Parallel Hash"_s}},
        {u"unique"_s, serial + u"SET LOCAL enable_hashagg = off;"_s, analyze, u"SELECT DISTINCT status FROM orders"_s,
         {u"Unique"_s, u"Sort"_s}},
        {u"setop_hashed"_s, serial, analyze,
         u"SELECT customer_id FROM orders WHERE status = 'new' INTERSECT SELECT id FROM customers WHERE region = 3"_s,
         {u"HashSetOp Intersect"_s, u"Subquery Scan on *SELECT* 1"_s}},
        {u"setop_sorted"_s, serial + u"SET LOCAL enable_hashagg = off;"_s, analyze,
         u"SELECT customer_id FROM orders WHERE status = 'new' EXCEPT SELECT id FROM customers WHERE region = 3"_s,
         {u"SetOp Except"_s}},
        {u"function_values"_s, serial, analyze,
         u"SELECT * FROM generate_series(1, 1000) g JOIN (VALUES (1, 'a'), (2, 'b'), (3, 'c')) v(n, s) ON v.n = g"_s,
         {u"Function Scan on generate_series g"_s, u"Values Scan on *VALUES*"_s}},
        {u"misestimate"_s, serial, analyze, u"SELECT * FROM orders WHERE id % 4 = 1 AND status = 'paid'"_s, {u"Seq Scan on orders"_s}},
        {u"insert"_s, serial, analyze, insert, {u"Insert on orders"_s}},
        {u"update"_s, serial, analyze, u"UPDATE customers SET region = region + 1 WHERE id <= 200"_s, {u"Update on customers"_s}},
        {u"delete"_s, serial, analyze, u"DELETE FROM items WHERE order_id <= 100"_s, {u"Delete on items"_s}},
        {u"verbose_settings_wal"_s, serial + u"SET LOCAL work_mem = '8MB'; SET LOCAL random_page_cost = 1.1;"_s,
         u"ANALYZE, BUFFERS, VERBOSE, SETTINGS, WAL"_s, insert, {u"Insert on public.orders"_s}},
        {u"timing_off"_s, serial, u"ANALYZE, TIMING OFF"_s, leftJoin, {u"Hash Left Join"_s}},
        {u"costs_off"_s, serial, u"COSTS OFF"_s, cte, {u"CTE Scan on big a"_s}},
        {u"plan_only"_s, serial, QString(), mergeAppend, {u"Merge Append"_s}},
    };
}

} // namespace pgv::test
