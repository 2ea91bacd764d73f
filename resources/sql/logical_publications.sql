-- This database's publications with their tables; pg_publication_tables expands FOR ALL TABLES and TABLES IN SCHEMA.
SELECT coalesce(json_agg(json_build_object(
        'name', p.pubname,
        'tables', (SELECT coalesce(json_agg(format('%I.%I', t.schemaname, t.tablename) ORDER BY t.schemaname, t.tablename), '[]'::json)
                   FROM pg_publication_tables t WHERE t.pubname = p.pubname)) ORDER BY p.pubname), '[]'::json)
FROM pg_publication p
