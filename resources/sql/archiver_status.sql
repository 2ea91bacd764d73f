-- WAL archiving as the server reports it; times in UTC and ISO 8601, as the rest of the JSON we write.
SELECT current_setting('archive_mode') <> 'off',
       archived_count,
       last_archived_wal,
       to_char(last_archived_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       failed_count,
       last_failed_wal,
       to_char(last_failed_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
FROM pg_stat_archiver
