-- The tables of the current database that most need a vacuum: the most dead tuples and the oldest relfrozenxid,
-- each with when (auto)vacuum and (auto)analyze last ran, how often, and the dead-tuple count at which autovacuum
-- takes it (the table's own reloptions first, then the server's settings). Also the names of the tables being
-- vacuumed here now, which only this database can resolve. %1: tables kept by each order (an integer); %2: whether
-- to include the shared catalogs (pg_database, pg_authid…), true for one database of the node only.
WITH tables AS (
    SELECT c.oid, format('%I.%I', n.nspname, c.relname) AS name, c.relkind,
           s.n_dead_tup, s.n_live_tup, s.vacuum_count, s.autovacuum_count, s.analyze_count, s.autoanalyze_count,
           extract(epoch FROM s.last_vacuum) AS last_vacuum, extract(epoch FROM s.last_autovacuum) AS last_autovacuum,
           extract(epoch FROM s.last_analyze) AS last_analyze, extract(epoch FROM s.last_autoanalyze) AS last_autoanalyze,
           age(c.relfrozenxid) AS xid_age, mxid_age(c.relminmxid) AS mxid_age,
           coalesce(o.enabled, 'on') AS autovacuum_enabled,
           round(coalesce(o.threshold, current_setting('autovacuum_vacuum_threshold'))::numeric
                 + coalesce(o.scale_factor, current_setting('autovacuum_vacuum_scale_factor'))::numeric
                   * greatest(c.reltuples, 0)::numeric) AS autovacuum_threshold
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid
    LEFT JOIN LATERAL (
        SELECT max(option_value) FILTER (WHERE option_name = 'autovacuum_enabled') AS enabled,
               max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_threshold') AS threshold,
               max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_scale_factor') AS scale_factor
        FROM pg_options_to_table(c.reloptions)) o ON true
    WHERE c.relkind IN ('r', 'm', 't') AND c.relpersistence <> 't' AND (NOT c.relisshared OR %2)
), chosen AS (
    (SELECT * FROM tables WHERE n_dead_tup > 0 ORDER BY n_dead_tup DESC LIMIT %1)
    UNION
    (SELECT * FROM tables ORDER BY xid_age DESC LIMIT %1)
)
SELECT json_build_object(
    'tables', coalesce((
        SELECT json_agg(json_build_object(
            'table', name, 'dead_tuples', n_dead_tup, 'live_tuples', n_live_tup,
            'last_vacuum', last_vacuum, 'last_autovacuum', last_autovacuum,
            'last_analyze', last_analyze, 'last_autoanalyze', last_autoanalyze,
            'vacuum_count', vacuum_count, 'autovacuum_count', autovacuum_count,
            'analyze_count', analyze_count, 'autoanalyze_count', autoanalyze_count,
            'xid_age', xid_age, 'mxid_age', mxid_age,
            'autovacuum_enabled', autovacuum_enabled NOT IN ('off', 'false', 'no', '0'),
            'autovacuum_threshold', autovacuum_threshold) ORDER BY n_dead_tup DESC NULLS LAST, xid_age DESC)
        FROM chosen), '[]'::json),
    'running', coalesce((
        SELECT json_object_agg(v.relid, format('%I.%I', n.nspname, c.relname))
        FROM pg_stat_progress_vacuum v
        JOIN pg_class c ON c.oid = v.relid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE v.datid = (SELECT oid FROM pg_database WHERE datname = current_database())), '{}'::json))
