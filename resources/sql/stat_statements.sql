-- The heaviest statements from pg_stat_statements. %1 is the view, already quoted with the schema the extension
-- lives in; %2 the column to order by (one of a fixed list); %3 the row limit (an integer, clamped).
SELECT s.queryid::text, s.query, r.rolname, d.datname, s.calls, s.total_exec_time, s.mean_exec_time,
       s.rows, s.shared_blks_hit, s.shared_blks_read
FROM %1 s
LEFT JOIN pg_roles r ON r.oid = s.userid
LEFT JOIN pg_database d ON d.oid = s.dbid
WHERE s.query IS NOT NULL
ORDER BY %2 DESC
LIMIT %3
