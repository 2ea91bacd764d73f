-- What holds one node's xmin horizon back, its databases' transaction-ID ages, the vacuums running now and the
-- standby query conflicts: the parts of vacuum health that are the same from every database. One statement.
-- %1: the sessions kept, oldest first (an integer); %2: pg_stat_database_conflicts.confl_active_logicalslot on
-- PostgreSQL 16 and newer, NULL::bigint before.
-- A walsender's own xmin is its standby's feedback, listed once as standby_feedback; with a slot the feedback moves
-- to the slot's xmin instead and the walsender holds nothing itself.
SELECT json_build_object(
    'in_recovery', pg_is_in_recovery(),
    'freeze_max_age', current_setting('autovacuum_freeze_max_age')::bigint,
    'multixact_freeze_max_age', current_setting('autovacuum_multixact_freeze_max_age')::bigint,
    'sessions', coalesce((
        SELECT json_agg(s) FROM (
            SELECT a.pid, a.usename AS user, a.datname AS database, a.application_name AS application, a.state,
                   a.backend_type, coalesce(a.backend_xmin, a.backend_xid)::text AS xmin,
                   age(coalesce(a.backend_xmin, a.backend_xid)) AS age_xids,
                   extract(epoch FROM now() - a.xact_start) AS age_s
            FROM pg_stat_activity a
            WHERE coalesce(a.backend_xmin, a.backend_xid) IS NOT NULL AND a.pid <> pg_backend_pid()
              AND a.backend_type <> 'walsender'
            ORDER BY age(coalesce(a.backend_xmin, a.backend_xid)) DESC
            LIMIT %1) s), '[]'::json),
    'prepared', coalesce((
        SELECT json_agg(json_build_object(
            'gid', p.gid, 'owner', p.owner, 'database', p.database, 'xmin', p.transaction::text,
            'age_xids', age(p.transaction), 'age_s', extract(epoch FROM now() - p.prepared)))
        FROM pg_prepared_xacts p), '[]'::json),
    'slots', coalesce((
        SELECT json_agg(json_build_object(
            'slot', r.slot_name, 'slot_type', r.slot_type, 'active', r.active, 'database', r.database,
            'xmin', r.xmin::text, 'age_xids', age(r.xmin),
            'catalog_xmin', r.catalog_xmin::text, 'catalog_age_xids', age(r.catalog_xmin)))
        FROM pg_replication_slots r
        WHERE r.xmin IS NOT NULL OR r.catalog_xmin IS NOT NULL), '[]'::json),
    'feedback', coalesce((
        SELECT json_agg(json_build_object(
            'pid', r.pid, 'standby', r.application_name, 'client', host(r.client_addr),
            'xmin', r.backend_xmin::text, 'age_xids', age(r.backend_xmin)))
        FROM pg_stat_replication r
        WHERE r.backend_xmin IS NOT NULL), '[]'::json),
    'databases', coalesce((
        SELECT json_agg(json_build_object(
            'database', d.datname, 'xid_age', age(d.datfrozenxid), 'mxid_age', mxid_age(d.datminmxid),
            'connectable', d.datallowconn AND NOT d.datistemplate) ORDER BY age(d.datfrozenxid) DESC)
        FROM pg_database d), '[]'::json),
    'running', coalesce((
        SELECT json_agg(json_build_object(
            'pid', v.pid, 'database', v.datname, 'relid', v.relid::bigint,
            'table', CASE WHEN v.datid = (SELECT oid FROM pg_database WHERE datname = current_database())
                          THEN (SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c
                                JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = v.relid) END,
            'phase', v.phase, 'progress', to_jsonb(v) - 'pid' - 'datid' - 'datname' - 'relid' - 'phase',
            'autovacuum', a.backend_type = 'autovacuum worker',
            'to_prevent_wraparound', a.query LIKE '%(to prevent wraparound)%',
            'age_s', extract(epoch FROM now() - a.xact_start)) ORDER BY v.pid)
        FROM pg_stat_progress_vacuum v
        LEFT JOIN pg_stat_activity a ON a.pid = v.pid), '[]'::json),
    'conflicts', coalesce((
        SELECT json_agg(json_build_object(
            'database', c.datname, 'tablespace', c.confl_tablespace, 'lock', c.confl_lock,
            'snapshot', c.confl_snapshot, 'bufferpin', c.confl_bufferpin, 'deadlock', c.confl_deadlock,
            'logical_slot', %2) ORDER BY c.datname)
        FROM pg_stat_database_conflicts c
        WHERE c.confl_tablespace + c.confl_lock + c.confl_snapshot + c.confl_bufferpin + c.confl_deadlock
              + coalesce(%2, 0) > 0), '[]'::json))
