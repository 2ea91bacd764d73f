-- The sessions of one node, what blocks the waiting ones and the lock each waits for, and its prepared transactions:
-- one statement, one JSON document. A member of pg_monitor sees every session's query. %1: the longest query text
-- kept (an integer, clamped by the caller); %2: pg_locks.waitstart on PostgreSQL 14 and newer, NULL::timestamptz
-- before.
-- pg_blocking_pids() takes the lock manager's partition locks for a moment: it is called only for sessions that wait
-- on a heavyweight lock, and pg_locks is read once (its ungranted rows), not once per session.
WITH waiting AS MATERIALIZED (
    SELECT DISTINCT ON (l.pid) l.pid, l.locktype, l.mode,
           CASE WHEN l.relation IS NULL THEN NULL
                WHEN l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) THEN l.relation::regclass::text
                ELSE 'relation ' || l.relation END AS relation,
           l.transactionid::text AS transactionid, l.virtualxid, l.objid,
           extract(epoch FROM now() - %2) AS waiting_s
    FROM pg_locks l
    WHERE NOT l.granted
    ORDER BY l.pid, %2 NULLS LAST
)
SELECT json_build_object(
    'sessions', coalesce((
        SELECT json_agg(json_build_object(
            'pid', a.pid,
            'user', a.usename,
            'database', a.datname,
            'application', a.application_name,
            'client', CASE WHEN a.client_addr IS NOT NULL THEN host(a.client_addr) || ':' || a.client_port
                           WHEN a.client_port = -1 THEN 'local' END,
            'backend_type', a.backend_type,
            'state', a.state,
            'wait_event_type', a.wait_event_type,
            'wait_event', a.wait_event,
            'backend_start', a.backend_start,
            'backend_age_s', extract(epoch FROM now() - a.backend_start),
            'xact_age_s', extract(epoch FROM now() - a.xact_start),
            'query_age_s', extract(epoch FROM now() - a.query_start),
            'state_age_s', extract(epoch FROM now() - a.state_change),
            'backend_xmin', a.backend_xmin::text,
            'xmin_age', age(a.backend_xmin),
            'blocked_by', CASE WHEN a.wait_event_type = 'Lock' THEN to_json(pg_blocking_pids(a.pid)) END,
            'lock', CASE WHEN w.pid IS NOT NULL THEN json_build_object(
                'locktype', w.locktype, 'mode', w.mode, 'relation', w.relation, 'transactionid', w.transactionid,
                'virtualxid', w.virtualxid, 'objid', w.objid, 'waiting_s', w.waiting_s) END,
            'query', left(a.query, %1)) ORDER BY a.pid)
        FROM pg_stat_activity a
        LEFT JOIN waiting w ON w.pid = a.pid
        WHERE a.pid <> pg_backend_pid()), '[]'::json),
    'prepared', coalesce((
        SELECT json_agg(json_build_object(
            'gid', p.gid, 'transaction', p.transaction::text, 'owner', p.owner, 'database', p.database,
            'age_s', extract(epoch FROM now() - p.prepared), 'xid_age', age(p.transaction)) ORDER BY p.prepared)
        FROM pg_prepared_xacts p), '[]'::json))
