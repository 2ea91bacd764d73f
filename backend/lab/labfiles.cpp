// SPDX-License-Identifier: GPL-3.0-or-later
#include "labfiles.h"

#include "pg/conninfo.h"

using namespace Qt::StringLiterals;

namespace pgv::LabFiles {

namespace {
QString passFileField(QString field)
{
    return field.replace(u"\\"_s, u"\\\\"_s).replace(u":"_s, u"\\:"_s);
}
} // namespace

QString fenceFile(const QString &labDir, const QString &node)
{
    return labDir + u"/fenced-"_s + node;
}

QString passFile(const LabManifest &lab, const QList<LabCredential> &credentials)
{
    QString text = u"# Passwords of the PostgresVerse lab \"%1\". Keep this file mode 0600.\n"_s.arg(lab.name);
    const QStringList hosts{u"127.0.0.1"_s, u"localhost"_s, lab.socketDir()};
    for (const LabCredential &credential : credentials) {
        for (const QString &host : hosts) {
            text += passFileField(host) + u":*:*:"_s + passFileField(credential.user) + u':' + passFileField(credential.password)
                  + u'\n';
        }
    }
    return text;
}

QString passFileLinesForPort(int port, const LabCredential &credential)
{
    QString text;
    for (const QString &host : {u"127.0.0.1"_s, u"localhost"_s}) {
        text += passFileField(host) + u':' + QString::number(port) + u":*:"_s + passFileField(credential.user) + u':'
              + passFileField(credential.password) + u'\n';
    }
    return text;
}

std::optional<QString> passFilePassword(const QString &text, const QString &user)
{
    // Fields are separated by unescaped colons; \: and \\ stand for themselves (libpq's rules).
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'#'))
            continue;
        QStringList fields{QString()};
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == u'\\' && i + 1 < line.size())
                fields.last() += line[++i];
            else if (line[i] == u':')
                fields << QString();
            else
                fields.last() += line[i];
        }
        if (fields.size() == 5 && fields[0] == u"127.0.0.1" && fields[3] == user)
            return fields[4];
    }
    return std::nullopt;
}

QString serviceFile(const LabManifest &lab)
{
    QString text = u"# Services of the PostgresVerse lab \"%1\": PGSERVICEFILE=%2 PGSERVICE=node1 psql\n"_s.arg(lab.name, lab.serviceFile());
    QStringList hosts;
    QStringList ports;
    for (const LabNode &node : lab.nodes) {
        text += u"\n[%1]\nhost=127.0.0.1\nport=%2\nuser=%3\ndbname=postgres\npassfile=%4\n"_s.arg(node.name)
                    .arg(node.port)
                    .arg(lab.superuser, lab.passFile());
        hosts << u"127.0.0.1"_s;
        ports << QString::number(node.port);
    }
    if (lab.subscriber) {
        text += u"\n# The subscriber, a server of its own: PGSERVICE=%1 psql -d %5\n[%1]\nhost=127.0.0.1\nport=%2\nuser=%3\ndbname=postgres\npassfile=%4\n"_s
                    .arg(lab.subscriber->name)
                    .arg(lab.subscriber->port)
                    .arg(lab.superuser, lab.passFile(), LabLogical::kDatabase);
    }
    for (const LabPooler &pooler : lab.poolers) {
        text += u"\n# PgBouncer, transaction pooling, routing to the primary: PGSERVICE=%1 psql\n[%1]\nhost=127.0.0.1\nport=%2\nuser=%3\n"
                "dbname=postgres\npassfile=%4\n"_s.arg(pooler.name)
                    .arg(pooler.port)
                    .arg(lab.superuser, lab.passFile());
    }
    text += u"\n# Whichever node currently accepts writes.\n[primary]\nhost=%1\nport=%2\nuser=%3\ndbname=postgres\npassfile=%4\n"
            "target_session_attrs=read-write\n"_s.arg(hosts.join(u','), ports.join(u','), lab.superuser, lab.passFile());
    return text;
}

QString poolerConfig(const LabManifest &lab, const LabPooler &pooler, const LabNode &routesTo)
{
    // server_login_retry: after a switchover the first login to the new primary may fail while it starts accepting
    // writes; PgBouncer's default would then keep the pool from trying again for 15 s. query_wait_timeout is what a
    // paused client waits at most before PgBouncer disconnects it: a coordinated switchover pauses well below it.
    // ini values are taken to the end of the line, so paths with spaces need no quoting; the lab folder has no ';'.
    // The databases the lab uses are named, not only the fallback "*": PgBouncer 1.18 shows a pause only per named
    // database (SHOW DATABASES' paused; SHOW STATE came in 1.19), and one made from "*" exists only once used.
    return u";; PgBouncer %1 of the PostgresVerse lab \"%2\". PostgresVerse rewrites [databases] when the primary changes.\n"
           "[databases]\n"
           "postgres = host=127.0.0.1 port=%3\n"
           "shop = host=127.0.0.1 port=%3\n"
           "* = host=127.0.0.1 port=%3\n"
           "\n[pgbouncer]\n"
           "listen_addr = 127.0.0.1\n"
           "listen_port = %4\n"
           "unix_socket_dir =\n"
           "auth_type = scram-sha-256\n"
           "auth_file = %5\n"
           "admin_users = %6\n"
           "pool_mode = transaction\n"
           "max_client_conn = 200\n"
           "default_pool_size = 10\n"
           "server_login_retry = 1\n"
           "server_connect_timeout = 5\n"
           "query_wait_timeout = 120\n"
           "stats_period = 10\n"
           "ignore_startup_parameters = extra_float_digits\n"
           "application_name_add_host = 0\n"_s
        .arg(pooler.name, lab.name, QString::number(routesTo.port), QString::number(pooler.port), lab.poolerAuthFile(pooler.name),
             lab.poolerAdmin);
}

QString poolerAuthFile(const QList<LabCredential> &credentials)
{
    QString text;
    for (const LabCredential &credential : credentials) {
        QString user = credential.user;
        QString password = credential.password;
        text += u'"' + user.replace(u"\""_s, u"\"\""_s) + u"\" \""_s + password.replace(u"\""_s, u"\"\""_s) + u"\"\n"_s;
    }
    return text;
}

QString environmentScript(const LabManifest &lab)
{
    // pgbench and a few other tools pick a database name from PGDATABASE or the login name before libpq reads
    // the service file, so the names are exported as well.
    return u"export PGSERVICEFILE=%1\nexport PGPASSFILE=%2\nexport PGSERVICE=primary\nexport PGUSER=%3\nexport PGDATABASE=postgres\n"
           "export PGVERSE_LAB=%4\n"_s.arg(shellQuote(lab.serviceFile()), shellQuote(lab.passFile()), shellQuote(lab.superuser),
                                           shellQuote(lab.dir));
}

QString serverSettings(const LabManifest &lab, WalLevel walLevel)
{
    // A segment already archived with the same content counts as archived (a primary started again after an interrupted
    // switchover archives it a second time); a different file of the same name still fails, as it must.
    // No restore_command: standbys stream through slots and never need the archive, and without one a promotion does
    // not start a shell per timeline-history lookup while writes wait. Restores bring their own.
    // Prepared transactions are allowed so that a lab can show (and a drill can leave behind) a forgotten one holding
    // the xmin horizon back; PostgreSQL's default, 0, refuses PREPARE TRANSACTION.
    const QString archive = lab.archiveDir();
    const QString archiveFile = shellQuote(archive + u"/"_s) + u"%f"_s;
    return u"\n# Added by PostgresVerse for lab \"%1\". Port and cluster_name are set per node on the pg_ctl command line.\n"
           "listen_addresses = '127.0.0.1'\n"
           "unix_socket_directories = %2\n"
           "max_connections = 50\n"
           "max_prepared_transactions = 10\n"
           "shared_buffers = '32MB'\n"
           "wal_level = %4\n"
           "max_wal_senders = 10\n"
           "max_replication_slots = 10\n"
           "wal_keep_size = '128MB'\n"
           "hot_standby = on\n"
           "hot_standby_feedback = on\n"
           "wal_log_hints = on\n"
           "archive_mode = on\n"
           "archive_command = %3\n"
           "shared_preload_libraries = 'pg_stat_statements'\n"
           "password_encryption = 'scram-sha-256'\n"
           "log_line_prefix = '%m [%p] %q%a@%d '\n"_s
        .arg(lab.name, configLiteral(lab.socketDir()), configLiteral(u"test ! -f "_s + archiveFile + u" && cp %p "_s + archiveFile + u" || cmp -s %p "_s + archiveFile),
             walLevel == WalLevel::Logical ? u"logical"_s : u"replica"_s);
}

QString logicalSettings()
{
    // Appended to every node, not only the primary: whichever node is promoted next must be able to hold the slot.
    return u"\n# Added by PostgresVerse for the lab's subscriber: logical decoding of the publication.\nwal_level = logical\n"_s;
}

QString subscriberSettings(const LabManifest &lab)
{
    // A cluster of its own: no archiving into the lab's archive (its segment names would clash with the cluster's).
    // An apply worker that stops (its subscription pointed at a new primary by a switchover, a publisher restarted)
    // is started again after wal_retrieve_retry_interval: 5 s by default, more than the 2 s the analytics side may
    // lag. 1 s keeps a switchover's pause under it, at one retry line a second in the log while a publisher is down.
    return u"\n# Added by PostgresVerse: the subscriber of lab \"%1\". Port and cluster_name are set on the pg_ctl command line.\n"
           "listen_addresses = '127.0.0.1'\n"
           "wal_retrieve_retry_interval = '1s'\n"
           "unix_socket_directories = %2\n"
           "max_connections = 30\n"
           "shared_buffers = '16MB'\n"
           "password_encryption = 'scram-sha-256'\n"
           "log_line_prefix = '%m [%p] %q%a@%d '\n"_s.arg(lab.name, configLiteral(lab.socketDir()));
}

QString standbySettings(const LabManifest &lab, const LabNode &upstream, const LabNode &standby)
{
    ConnInfo upstreamInfo;
    upstreamInfo.set(u"host"_s, u"127.0.0.1"_s);
    upstreamInfo.set(u"port"_s, QString::number(upstream.port));
    upstreamInfo.set(u"user"_s, lab.replicationUser);
    upstreamInfo.set(u"passfile"_s, lab.passFile());
    upstreamInfo.set(u"application_name"_s, standby.name);
    return u"primary_conninfo = %1\nprimary_slot_name = %2\n"_s.arg(configLiteral(upstreamInfo.toDisplayString()),
                                                                     configLiteral(standby.name));
}

QString nodeServerOptions(const LabNode &node)
{
    return u"-c port=%1 -c cluster_name=%2"_s.arg(node.port).arg(node.name);
}

QString configLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"'"_s, u"''"_s);
    return u'\'' + escaped + u'\'';
}

QString shellQuote(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace pgv::LabFiles
