-- The locks one session holds or waits for, with the relation or object each is on. %1: the pid (an integer);
-- %2: l.waitstart on PostgreSQL 14 and newer, NULL::timestamptz before. Relations of another database than the one
-- connected to are named by OID: regclass only resolves this database's (and the shared catalogs, database 0).
-- Bounded: a session can hold thousands.
SELECT l.locktype,
       l.mode,
       l.granted,
       CASE WHEN l.relation IS NULL THEN NULL
            WHEN l.database IN (0, (SELECT oid FROM pg_database WHERE datname = current_database())) THEN l.relation::regclass::text
            ELSE 'relation ' || l.relation END AS relation,
       l.transactionid::text,
       l.virtualxid,
       l.objid::text,
       extract(epoch FROM now() - %2)::text AS waiting_s
FROM pg_locks l
WHERE l.pid = %1
ORDER BY l.granted, l.locktype, relation NULLS LAST
LIMIT 501
