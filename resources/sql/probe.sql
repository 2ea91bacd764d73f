-- Everything the topology needs from one node, in one statement and one round trip.
-- Works for a non-superuser that is a member of pg_monitor; PostgreSQL 13 or newer.
-- Prepared once per connection, so each poll costs neither parsing nor planning. A name in double braces marks a part
-- that depends on the server's version or the role's rights; NodeProber::probeSql fills it in.
-- Timeline: pg_control_checkpoint() stays on the old timeline after a promotion until the next
-- checkpoint, so a primary reads it from its current WAL file name and a standby from its WAL receiver.
SELECT json_build_object(
    'in_recovery', r.in_recovery,
    'server_version_num', current_setting('server_version_num')::int,
    'server_version', current_setting('server_version'),
    'cluster_name', current_setting('cluster_name'),
    'port', current_setting('port')::int,
    'system_identifier', (SELECT system_identifier::text FROM pg_control_system()),
    -- A standby whose upstream is gone has no receiver: the newest timeline history file in its pg_wal is the
    -- timeline it follows (it fetched that file to switch), where the control file may still name an old one.
    'timeline', CASE WHEN r.in_recovery
                     THEN coalesce((SELECT received_tli FROM pg_stat_wal_receiver WHERE received_tli > 0),
                                   greatest((SELECT max(('x' || substr(name, 1, 8))::bit(32)::int) FROM pg_ls_waldir()
                                             WHERE name ~ '^[0-9A-F]{8}\.history$'),
                                            (SELECT min_recovery_end_timeline FROM pg_control_recovery()),
                                            (SELECT timeline_id FROM pg_control_checkpoint())))
                     ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
    'current_lsn', CASE WHEN r.in_recovery THEN NULL ELSE pg_current_wal_lsn() END,
    -- WAL written since the statistics were reset (PostgreSQL 14): the average rate says how soon a slot's room runs out.
    'wal_written', {{wal_written}},
    'receive_lsn', pg_last_wal_receive_lsn(),
    'replay_lsn', pg_last_wal_replay_lsn(),
    'last_replay_time', pg_last_xact_replay_timestamp(),
    -- How old the newest replayed commit is by this server's clock: the primary's replay_lag only moves when the
    -- standby reports back, so a stalled standby's lag is read here instead (see the assembler).
    'replay_age_s', CASE WHEN r.in_recovery THEN extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END,
    'replay_paused', CASE WHEN r.in_recovery THEN pg_is_wal_replay_paused() ELSE false END,
    -- A standby that applies WAL late on purpose is no failover candidate; read on standbys only.
    'apply_delay_ms', CASE WHEN r.in_recovery
                           THEN (SELECT setting::bigint FROM pg_settings WHERE name = 'recovery_min_apply_delay') END,
    'connections', (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'),
    -- A primary whose archive_command fails keeps WAL in pg_wal and makes backups end at the last success.
    'archiver', (SELECT json_build_object(
            'mode', current_setting('archive_mode'),
            'last_archived_wal', last_archived_wal,
            'last_archived_time', last_archived_time,
            'last_failed_wal', last_failed_wal,
            'last_failed_time', last_failed_time)
        FROM pg_stat_archiver),
    -- Readable by superusers and pg_read_all_settings members (pg_monitor); NULL rather than an error for others.
    'primary_conninfo', CASE WHEN pg_has_role(current_user, 'pg_read_all_settings', 'USAGE')
                             THEN current_setting('primary_conninfo') END,
    'replication', (SELECT coalesce(json_agg(json_build_object(
            'pid', pid,
            'application_name', application_name,
            'client_addr', client_addr,
            'client_port', client_port,
            'state', state,
            'sync_state', sync_state,
            'sync_priority', sync_priority,
            'sent_lsn', sent_lsn,
            'write_lsn', write_lsn,
            'flush_lsn', flush_lsn,
            'replay_lsn', replay_lsn,
            'write_lag_s', extract(epoch FROM write_lag),
            'flush_lag_s', extract(epoch FROM flush_lag),
            'replay_lag_s', extract(epoch FROM replay_lag),
            -- A walsender connected to a database decodes logically for a subscriber; a standby's has none.
            'database', (SELECT datname FROM pg_stat_activity a WHERE a.pid = w.pid)) ORDER BY application_name, pid), '[]'::json)
        FROM pg_stat_replication AS w),
    'wal_receiver', (SELECT json_build_object(
            'status', status,
            'sender_host', sender_host,
            'sender_port', sender_port,
            'written_lsn', written_lsn,
            'flushed_lsn', flushed_lsn,
            'latest_end_lsn', latest_end_lsn,
            'received_tli', received_tli,
            'slot_name', slot_name)
        FROM pg_stat_wal_receiver),
    'slots', (SELECT coalesce(json_agg(json_build_object(
            'name', slot_name,
            'type', slot_type,
            'plugin', plugin,
            'database', database,
            'temporary', temporary,
            'active', active,
            'active_pid', active_pid,
            'restart_lsn', restart_lsn,
            'confirmed_flush_lsn', confirmed_flush_lsn,
            'wal_status', wal_status,
            'safe_wal_size', safe_wal_size{{slot_failover}}) ORDER BY slot_name), '[]'::json)
        FROM pg_replication_slots),
    -- Subscriptions of every database (pg_subscription is shared); the connection string only for a superuser (the
    -- prober keeps only where it points). Per-table states need the subscription's own database.
    'subscriptions', (SELECT coalesce(json_agg(json_build_object(
            'name', s.subname,
            'database', d.datname,
            'enabled', s.subenabled,
            'slot', s.subslotname,
            'publications', s.subpublications,
            'conninfo', {{subconninfo}},
            'worker', (SELECT json_build_object(
                    'pid', w.pid,
                    'received_lsn', w.received_lsn,
                    'latest_end_lsn', w.latest_end_lsn,
                    'last_msg_receipt_time', w.last_msg_receipt_time,
                    'latest_end_time', w.latest_end_time)
                FROM pg_stat_subscription w WHERE w.subid = s.oid AND w.relid IS NULL {{leader_only}} LIMIT 1),
            'sync_workers', (SELECT count(*) FROM pg_stat_subscription w WHERE w.subid = s.oid AND {{sync_worker}}),
            'errors', {{subscription_errors}}{{subscription_failover}}) ORDER BY s.subname), '[]'::json)
        FROM (SELECT oid, subdbid, subname, subenabled, subslotname, subpublications FROM pg_subscription) AS s
        JOIN pg_database d ON d.oid = s.subdbid))
FROM (SELECT pg_is_in_recovery() AS in_recovery) AS r
