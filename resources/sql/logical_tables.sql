-- The tables of this database's subscriptions and how far each is synchronised (pg_subscription_rel is per database).
SELECT coalesce(json_agg(json_build_object(
        'subscription', s.subname,
        'table', format('%I.%I', n.nspname, c.relname),
        'state', r.srsubstate) ORDER BY s.subname, n.nspname, c.relname), '[]'::json)
FROM pg_subscription_rel r
JOIN pg_subscription s ON s.oid = r.srsubid
JOIN pg_class c ON c.oid = r.srrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
