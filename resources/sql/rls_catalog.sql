-- Row-level security catalogue of the current database, as one JSON document (one round trip).
-- Read by backend/rls/rlscatalog.cpp. Works on PostgreSQL 13 and newer; needs no superuser.
WITH rel AS (
    SELECT c.oid, n.nspname, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity, c.relowner, c.reltuples,
           c.relispartition
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p')
      AND n.nspname <> 'information_schema'
      AND n.nspname NOT LIKE 'pg\_%'
),
-- Tables the linter and the tester care about: RLS on, or policies defined.
rls_rel AS (
    SELECT oid FROM rel WHERE relrowsecurity
    UNION
    SELECT polrelid FROM pg_policy
),
-- Object ids mentioned in the policies' expression trees: functions, operators, and the types of casts.
refs AS (
    SELECT DISTINCT m[1] AS kind, m[2]::oid AS oid
    FROM pg_policy p,
         LATERAL regexp_matches(coalesce(p.polqual::text, '') || ' ' || coalesce(p.polwithcheck::text, ''),
                                ':(funcid|opfuncid|opno|resulttype|vartype|consttype|funcresulttype|opresulttype) (\d+)', 'g') m
),
ref_types AS (
    SELECT t.oid, t.typinput, t.typoutput
    FROM pg_type t
    WHERE t.oid IN (SELECT oid FROM refs WHERE kind IN ('resulttype', 'vartype', 'consttype', 'funcresulttype', 'opresulttype'))
),
ref_ops AS (
    SELECT o.oid, o.oprname, o.oprleft, o.oprright, o.oprcode
    FROM pg_operator o
    WHERE o.oid IN (SELECT oid FROM refs WHERE kind = 'opno')
),
ref_funcs AS (
    SELECT oid FROM refs WHERE kind IN ('funcid', 'opfuncid')
    UNION SELECT oprcode::oid FROM ref_ops
    UNION SELECT typinput::oid FROM ref_types
    UNION SELECT typoutput::oid FROM ref_types
)
SELECT json_build_object(
    'database', current_database(),
    'current_user', current_user,
    'current_user_superuser', (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),
    'server_version_num', current_setting('server_version_num')::int,
    'server_version', current_setting('server_version'),
    'tables', coalesce((
        SELECT json_agg(json_build_object(
                   'oid', r.oid, 'schema', r.nspname, 'name', r.relname, 'partitioned', r.relkind = 'p',
                   'is_partition', r.relispartition, 'rls_enabled', r.relrowsecurity, 'rls_forced', r.relforcerowsecurity,
                   'owner', pg_get_userbyid(r.relowner), 'estimated_rows', r.reltuples,
                   'columns', coalesce((
                       SELECT json_agg(json_build_object(
                                  'number', a.attnum, 'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
                                  'not_null', a.attnotnull, 'has_default', a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '')
                              ORDER BY a.attnum)
                       FROM pg_attribute a
                       WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]'))
               ORDER BY r.nspname, r.relname)
        FROM rel r), '[]'),
    'policies', coalesce((
        SELECT json_agg(json_build_object(
                   'oid', p.oid, 'schema', r.nspname, 'table', r.relname, 'name', p.polname, 'command', p.polcmd,
                   'permissive', p.polpermissive,
                   'roles', coalesce((SELECT json_agg(pg_get_userbyid(role_oid) ORDER BY pg_get_userbyid(role_oid) COLLATE "C")
                                      FROM unnest(p.polroles) AS role_oid WHERE role_oid <> 0), '[]'),
                   'using', pg_get_expr(p.polqual, p.polrelid), 'check', pg_get_expr(p.polwithcheck, p.polrelid),
                   'using_tree', p.polqual::text, 'check_tree', p.polwithcheck::text)
               ORDER BY r.nspname, r.relname, p.polname)
        FROM pg_policy p
        JOIN rel r ON r.oid = p.polrelid), '[]'),
    'roles', coalesce((
        SELECT json_agg(json_build_object('name', a.rolname, 'superuser', a.rolsuper, 'bypass_rls', a.rolbypassrls,
                                          'can_login', a.rolcanlogin)
               ORDER BY a.rolname)
        FROM pg_roles a
        WHERE a.rolname NOT LIKE 'pg\_%'), '[]'),
    'functions', coalesce((
        SELECT json_agg(json_build_object(
                   'oid', f.oid, 'schema', n.nspname, 'name', f.proname,
                   'arguments', pg_get_function_identity_arguments(f.oid), 'leakproof', f.proleakproof,
                   'volatility', f.provolatile, 'security_definer', f.prosecdef)
               ORDER BY n.nspname, f.proname, f.oid)
        FROM pg_proc f
        JOIN pg_namespace n ON n.oid = f.pronamespace
        WHERE f.oid IN (SELECT oid FROM ref_funcs)), '[]'),
    'operators', coalesce((
        SELECT json_agg(json_build_object('oid', o.oid, 'name', o.oprname, 'left_type', format_type(o.oprleft, NULL),
                                          'right_type', format_type(o.oprright, NULL), 'function', o.oprcode::oid)
               ORDER BY o.oid)
        FROM ref_ops o), '[]'),
    'types', coalesce((
        SELECT json_agg(json_build_object('oid', t.oid, 'name', format_type(t.oid, NULL), 'input', t.typinput::oid,
                                          'output', t.typoutput::oid)
               ORDER BY t.oid)
        FROM ref_types t), '[]'),
    'views', coalesce((
        SELECT json_agg(json_build_object(
                   'schema', vn.nspname, 'name', v.relname, 'owner', pg_get_userbyid(v.relowner),
                   'security_invoker', (SELECT option_value FROM pg_options_to_table(v.reloptions)
                                        WHERE option_name = 'security_invoker'),
                   'security_barrier', (SELECT option_value FROM pg_options_to_table(v.reloptions)
                                        WHERE option_name = 'security_barrier'),
                   'tables', (SELECT json_agg(DISTINCT jsonb_build_object('schema', r.nspname, 'name', r.relname))
                              FROM pg_rewrite w
                              JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = w.oid
                                              AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> v.oid
                              JOIN rel r ON r.oid = d.refobjid
                              WHERE w.ev_class = v.oid AND r.oid IN (SELECT oid FROM rls_rel)))
               ORDER BY vn.nspname, v.relname)
        FROM pg_class v
        JOIN pg_namespace vn ON vn.oid = v.relnamespace
        WHERE v.relkind = 'v'
          AND vn.nspname <> 'information_schema' AND vn.nspname NOT LIKE 'pg\_%'
          AND EXISTS (SELECT 1
                      FROM pg_rewrite w
                      JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = w.oid
                                      AND d.refclassid = 'pg_class'::regclass
                      WHERE w.ev_class = v.oid AND d.refobjid IN (SELECT oid FROM rls_rel))), '[]'),
    'indexes', coalesce((
        SELECT json_agg(json_build_object(
                   'schema', r.nspname, 'table', r.relname, 'name', ic.relname,
                   'columns', string_to_array(i.indkey::text, ' ')::int[], 'valid', i.indisvalid,
                   'partial', i.indpred IS NOT NULL, 'definition', pg_get_indexdef(i.indexrelid))
               ORDER BY r.nspname, r.relname, ic.relname)
        FROM pg_index i
        JOIN pg_class ic ON ic.oid = i.indexrelid
        JOIN rel r ON r.oid = i.indrelid
        WHERE r.oid IN (SELECT oid FROM rls_rel)), '[]')
)::text
