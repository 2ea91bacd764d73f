-- Who holds a node's action lock (the advisory lock %1, %2 that one action at a time takes on every node it acts on),
-- for the refusal a second console reads: which application, from where, since when.
SELECT a.application_name || ' from ' || coalesce(host(a.client_addr), 'a local socket')
       || ' since ' || to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ')
FROM pg_locks l
JOIN pg_stat_activity a USING (pid)
WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %1 AND l.objid = %2
LIMIT 1
