// SPDX-License-Identifier: GPL-3.0-or-later
#include "labsubscribers.h"

#include "core/units.h"
#include "lab/labprocess.h"
#include "lab/labsql.h"
#include "labactionsupport.h"
#include "labnodeops.h"
#include "pg/conninfo.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// What one read or change of a node or the subscriber may take during an action: a hung one fails the step (or the
/// check) saying so, well inside the step timeout, instead of holding the action for as long as it hangs.
QDeadlineTimer statementDeadline()
{
    return QDeadlineTimer(10000);
}

std::string text(const QString &value)
{
    return value.toStdString();
}

QString field(const pqxx::field &value)
{
    return value.is_null() ? QString() : QString::fromStdString(value.as<std::string>());
}

/// The transactions pg_waldump names: "tx: 745" of each record, and for a COMMIT its subtransactions too.
struct WalScan
{
    QList<qint64> dataTransactions; // one per record that changes a row
    QSet<qint64> committed;
};

const QRegularExpression &recordPattern()
{
    static const QRegularExpression pattern(u"^rmgr: (\\w+)\\s.*?tx:\\s+(\\d+),.*?desc: (\\w+)(.*)$"_s);
    return pattern;
}

void readWalDump(const QString &output, WalScan *scan)
{
    static const QStringList rowChanges{u"INSERT"_s, u"INSERT+INIT"_s, u"UPDATE"_s, u"HOT_UPDATE"_s, u"DELETE"_s, u"MULTI_INSERT"_s,
                                        u"MULTI_INSERT+INIT"_s, u"UPDATE+INIT"_s, u"HOT_UPDATE+INIT"_s};
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = recordPattern().match(line);
        if (!match.hasMatch())
            continue;
        const QString rmgr = match.captured(1);
        const qint64 xid = match.captured(2).toLongLong();
        const QString desc = match.captured(3);
        if ((rmgr == u"Heap" || rmgr == u"Heap2") && rowChanges.contains(desc)) {
            scan->dataTransactions << xid;
        } else if (rmgr == u"Transaction" && desc == u"COMMIT") {
            scan->committed.insert(xid);
            // "…; subxacts: 750 751": changes made in a subtransaction carry its own xid.
            const QString rest = match.captured(4);
            const qsizetype at = rest.indexOf(u"subxacts:"_s);
            if (at >= 0) {
                const QStringList ids = rest.mid(at + 9).section(u';', 0, 0).split(u' ', Qt::SkipEmptyParts);
                for (const QString &id : ids)
                    scan->committed.insert(id.toLongLong());
            }
        }
    }
}

/// Whether pg_waldump read everything up to \a end: it exits with an error where the WAL it finds stops making
/// sense, and reading up to the end a standby has written (zeros, a recycled segment's old bytes) stops there.
bool readUpTo(const CommandResult &result, Lsn end)
{
    if (result.ok())
        return true;
    static const QRegularExpression stoppedAt(u"(?:error in WAL record at [0-9A-F]+/[0-9A-F]+: .* at |could not find a valid record after )([0-9A-F]+/[0-9A-F]+)"_s);
    const QRegularExpressionMatch match = stoppedAt.match(result.output);
    const auto stopped = match.hasMatch() ? Lsn::parse(match.captured(1)) : std::nullopt;
    return stopped && *stopped >= end;
}

} // namespace

LabSubscribers::LabSubscribers(const Lab &lab)
    : m_lab(lab)
{
}

QString LabSubscribers::names() const
{
    QStringList names;
    for (const LabSubscription &subscription : m_subscriptions)
        names << subscription.name;
    return names.join(u", "_s);
}

bool LabSubscribers::read(const QString &publisher, QString *error)
{
    m_subscriptions.clear();
    const LabManifest &manifest = m_lab.manifest();
    const LabNode *publisherNode = manifest.node(publisher);
    if (!manifest.subscriber || !publisherNode)
        return true;
    if (!m_lab.runningPid(manifest.subscriber->name)) {
        *error = tr("the subscriber %1 is not running, so it cannot be kept whole: start it first (pgversectl lab start)").arg(manifest.subscriber->name);
        return false;
    }
    struct Row
    {
        LabSubscription subscription;
        qint64 oid = 0;
    };
    QList<Row> rows;
    const bool ok = runLabSql(manifest, *manifest.subscriber, u"postgres"_s, [&](pqxx::nontransaction &tx) {
        const pqxx::result result = tx.exec(
            "SELECT s.oid, s.subname, d.datname, s.subslotname, s.subconninfo, s.subenabled,"
            " EXISTS (SELECT FROM pg_stat_subscription w WHERE w.subid = s.oid AND w.relid IS NULL AND w.pid IS NOT NULL)"
            " FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid ORDER BY s.subname");
        for (const auto &row : result) {
            const auto info = ConnInfo::parse(field(row[4]));
            if (!info || (info->firstPort() > 0 ? info->firstPort() : 5432) != publisherNode->port)
                continue;
            Row read;
            read.oid = row[0].as<qint64>();
            read.subscription.name = field(row[1]);
            read.subscription.database = field(row[2]);
            read.subscription.slot = field(row[3]);
            read.subscription.publisherDatabase = info->value(u"dbname");
            read.subscription.publisherPort = publisherNode->port;
            read.subscription.enabled = row[5].as<bool>();
            read.subscription.workerRunning = row[6].as<bool>();
            read.subscription.origin = u"pg_%1"_s.arg(read.oid);
            rows << read;
        }
    }, error, statementDeadline());
    if (!ok)
        return false;
    const auto failed = [this] {
        m_subscriptions.clear();
        return false;
    };
    for (Row &row : rows) {
        const bool tablesRead = runLabSql(manifest, *manifest.subscriber, row.subscription.database, [&](pqxx::nontransaction &tx) {
            const pqxx::result result = tx.exec("SELECT format('%I.%I', n.nspname, c.relname), r.srsubstate = 'r' FROM pg_subscription_rel r"
                                                " JOIN pg_class c ON c.oid = r.srrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                                                " WHERE r.srsubid = " + tx.quote(row.oid) + " ORDER BY 1");
            for (const auto &table : result) {
                row.subscription.tables << field(table[0]);
                if (!table[1].as<bool>())
                    row.subscription.tablesNotReady << field(table[0]);
            }
        }, error, statementDeadline());
        if (!tablesRead)
            return failed();
        m_subscriptions << row.subscription;
    }
    if (!readOrigins(error)) {
        m_subscriptions.clear(); // half-read: nothing a switchover could act on
        return false;
    }
    return true;
}

bool LabSubscribers::readOrigins(QString *error)
{
    if (m_subscriptions.isEmpty())
        return true;
    const LabManifest &manifest = m_lab.manifest();
    return runLabSql(manifest, *manifest.subscriber, u"postgres"_s, [&](pqxx::nontransaction &tx) {
        // What the subscriber has applied and flushed: a subscription commits asynchronously by default, and after a
        // crash of the subscriber it asks to restart from its flushed position, not from what it had in memory.
        const pqxx::result result = tx.exec("SELECT roname, pg_replication_origin_progress(roname, true) FROM pg_replication_origin");
        for (LabSubscription &subscription : m_subscriptions) {
            for (const auto &row : result) {
                if (field(row[0]) == subscription.origin) {
                    const auto lsn = Lsn::parse(field(row[1]));
                    // The origin only moves forward; a read during a reconnect must not take it back.
                    if (lsn && (!subscription.applied || *lsn > *subscription.applied))
                        subscription.applied = lsn;
                }
            }
        }
    }, error, statementDeadline());
}

QList<ActionCheck> LabSubscribers::checks(const QString &primary, qint64 maxLagBytes, bool force)
{
    QList<ActionCheck> checks;
    const LabNode *primaryNode = m_lab.manifest().node(primary);
    if (!m_subscriptions.isEmpty()) {
        // A prepared transaction outlives the promotion, and a new logical slot waits for every transaction running
        // when it is made: the slot could not be made while writes are held.
        QString preparedError;
        qint64 prepared = 0;
        runLabSql(m_lab.manifest(), *primaryNode, u"postgres"_s, [&](pqxx::nontransaction &tx) {
            prepared = tx.exec1("SELECT count(*) FROM pg_prepared_xacts")[0].as<qint64>();
        }, &preparedError, statementDeadline());
        const QString name = tr("No prepared transaction on %1").arg(primary);
        if (!preparedError.isEmpty())
            checks << failed(name, preparedError);
        else if (prepared > 0)
            checks << (force ? warned(name, tr("%1 prepared transactions: the new primary's logical slots wait for them, and writes stay held until they end").arg(prepared))
                             : failed(name, tr("%1 prepared transactions: a logical slot made on the new primary would wait for them while writes are held. "
                                               "COMMIT PREPARED or ROLLBACK PREPARED them first (see pgversectl vacuum).").arg(prepared)));
        else
            checks << passed(name, tr("the new primary's logical slots can be made at once"));
    }
    for (LabSubscription &subscription : m_subscriptions) {
        const QString name = tr("Subscriber %1 can be kept whole").arg(subscription.name);
        const auto refuse = [&](const QString &reason) {
            return force ? warned(name, reason + u' ' + tr("--force: it proceeds, and %1 misses whatever %2 writes that it has not applied; "
                                                              "recreate the subscription with copy_data = true afterwards.")
                                                               .arg(subscription.name, primary))
                         : failed(name, reason + u' ' + tr("Fix it first, or switch over with --force and accept what it misses."));
        };
        if (!subscription.enabled) {
            checks << refuse(tr("%1 is disabled: it would not take what %2 still has to send.").arg(subscription.name, primary));
            continue;
        }
        if (!subscription.workerRunning) {
            checks << refuse(tr("the apply worker of %1 is not running: see the subscriber's log.").arg(subscription.name));
            continue;
        }
        if (!subscription.tablesNotReady.isEmpty()) {
            checks << refuse(tr("%1 is still copying %2: each table being synchronised has a slot of its own on %3, which the new primary "
                                "would not have. Wait until pgversectl logical shows every table ready.")
                                 .arg(subscription.name, subscription.tablesNotReady.join(u", "_s), primary));
            continue;
        }
        std::optional<qint64> lag;
        bool slotFound = false;
        QString slotError;
        runLabSql(m_lab.manifest(), *primaryNode, subscription.publisherDatabase, [&](pqxx::nontransaction &tx) {
            const pqxx::result result = tx.exec("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint, restart_lsn::text,"
                                                " confirmed_flush_lsn::text FROM pg_replication_slots WHERE slot_name = " + tx.quote(text(subscription.slot)));
            slotFound = !result.empty();
            if (slotFound && !result[0][0].is_null())
                lag = result[0][0].as<qint64>();
            if (slotFound) {
                subscription.slotRestart = Lsn::parse(field(result[0][1]));
                subscription.slotConfirmed = Lsn::parse(field(result[0][2]));
            }
        }, &slotError, statementDeadline());
        if (!slotError.isEmpty()) {
            checks << refuse(slotError);
        } else if (!slotFound) {
            checks << refuse(tr("its slot %1 does not exist on %2.").arg(subscription.slot, primary));
        } else if (lag.value_or(0) > maxLagBytes) {
            checks << refuse(tr("%1 is %2 behind on %3 (limit %4): it could not catch up while writes are stopped.")
                                 .arg(subscription.name, formatBytes(*lag), primary, formatBytes(maxLagBytes)));
        } else {
            checks << passed(name, tr("slot %1 on %2 is %3 behind; %1 is waited for before the promotion and then streams from the new primary")
                                       .arg(subscription.slot, primary, formatBytes(lag.value_or(0))));
        }
    }
    return checks;
}

std::optional<QStringList> LabSubscribers::relationsOf(const QString &walNode, const LabSubscription &subscription, QString *error) const
{
    // Each table as the WAL names it (tablespace/database/filenode), read on the node whose WAL is scanned.
    QStringList relations;
    const bool resolved = runLabSql(m_lab.manifest(), *m_lab.manifest().node(walNode), subscription.publisherDatabase, [&](pqxx::nontransaction &tx) {
        for (const QString &table : subscription.tables) {
            const pqxx::result result = tx.exec(
                "SELECT CASE WHEN c.reltablespace = 0 THEN d.dattablespace ELSE c.reltablespace END, d.oid, pg_relation_filenode(c.oid)"
                " FROM pg_class c, pg_database d WHERE c.oid = to_regclass(" + tx.quote(text(table)) + ") AND d.datname = current_database()");
            if (result.empty() || result[0][2].is_null())
                throw std::runtime_error("table " + text(table) + " has no storage of its own here (partitioned, or missing): "
                                         "its changes cannot be looked for");
            relations << u"%1/%2/%3"_s.arg(field(result[0][0]), field(result[0][1]), field(result[0][2]));
        }
    }, error, statementDeadline());
    return resolved ? std::optional(relations) : std::nullopt;
}

std::optional<int> LabSubscribers::committedChanges(const QString &walNode, int timeline, const QStringList &relations, Lsn changesFrom,
                                                    Lsn commitsFrom, Lsn end, QString *error) const
{
    if (end <= commitsFrom)
        return 0;
    const LabManifest &manifest = m_lab.manifest();
    WalScan scan;
    const QString walDump = manifest.binDir + u"/pg_waldump"_s;
    // Its messages are parsed (readUpTo): untranslated, whatever the locale we run in.
    CommandRunner runner = m_lab.runner();
    runner.setEnvironment(u"LC_ALL"_s, u"C"_s);
    const QStringList common{u"--path"_s, manifest.dataDir(walNode) + u"/pg_wal"_s, u"--timeline"_s, QString::number(timeline),
                             u"--end"_s, end.toString()};
    for (const QString &relation : relations) {
        const CommandResult rows = runner.run(walDump, QStringList{u"--start"_s, changesFrom.toString(), u"--relation"_s, relation} + common, 30000);
        if (!readUpTo(rows, end)) {
            *error = rows.failureSummary(u"pg_waldump"_s);
            return std::nullopt;
        }
        readWalDump(rows.output, &scan);
    }
    const CommandResult commits = runner.run(walDump, QStringList{u"--start"_s, commitsFrom.toString(), u"--rmgr"_s, u"Transaction"_s} + common, 30000);
    if (!readUpTo(commits, end)) {
        *error = commits.failureSummary(u"pg_waldump"_s);
        return std::nullopt;
    }
    readWalDump(commits.output, &scan);
    return int(std::count_if(scan.dataTransactions.cbegin(), scan.dataTransactions.cend(), [&](qint64 xid) { return scan.committed.contains(xid); }));
}

std::optional<int> LabSubscribers::missedChanges(const QString &walNode, int timeline, Lsn end, QString *detail, QString *error)
{
    if (!readOrigins(error))
        return std::nullopt;
    int missed = 0;
    QStringList details;
    for (const LabSubscription &subscription : std::as_const(m_subscriptions)) {
        // Everything before either position is on the subscriber: what the origin says it applied, and what it had
        // confirmed to the old primary before the switchover began.
        std::optional<Lsn> appliedAt = subscription.applied;
        if (subscription.slotConfirmed && (!appliedAt || *subscription.slotConfirmed > *appliedAt))
            appliedAt = subscription.slotConfirmed;
        if (!appliedAt || !subscription.slotRestart) {
            *error = tr("%1 has no known applied position (origin %2) or its slot's restart position was not read: what it lacks cannot be told.")
                         .arg(subscription.name, subscription.origin);
            return std::nullopt;
        }
        const auto relations = relationsOf(walNode, subscription, error);
        if (!relations)
            return std::nullopt;
        // The changes of a transaction that commits after the subscriber's position may have been written before it,
        // but not before the slot's restart position: row changes are read from there, commits from the position on.
        const auto lacking = committedChanges(walNode, timeline, *relations, std::min(*subscription.slotRestart, *appliedAt), *appliedAt, end, error);
        if (!lacking)
            return std::nullopt;
        missed += *lacking;
        details << tr("%1: applied up to %2, %3 committed row changes after it").arg(subscription.name, appliedAt->toString()).arg(*lacking);
    }
    if (detail)
        *detail = details.join(u"; "_s);
    return missed;
}

std::optional<Lsn> LabSubscribers::oldestWal(const QString &node, int timeline, qint64 segmentBytes, QString *error) const
{
    // WAL file names: timeline, then the LSN's high 32 bits, then its low bits in segments, 8 hex digits each.
    const QString prefix = QString::number(timeline, 16).rightJustified(8, u'0').toUpper();
    const QString folder = m_lab.manifest().dataDir(node) + u"/pg_wal"_s;
    QStringList names = QDir(folder).entryList({prefix + u'*'}, QDir::Files, QDir::Name);
    static const QRegularExpression segmentName(u"^[0-9A-F]{24}$"_s);
    names.removeIf([](const QString &name) { return !segmentName.match(name).hasMatch(); });
    if (names.isEmpty() || segmentBytes <= 0) {
        *error = tr("%1 has no WAL file of timeline %2 in %3").arg(node).arg(timeline).arg(folder);
        return std::nullopt;
    }
    const quint64 high = names.first().mid(8, 8).toULongLong(nullptr, 16);
    const quint64 segment = names.first().mid(16, 8).toULongLong(nullptr, 16);
    return Lsn((high << 32) + segment * quint64(segmentBytes));
}

std::optional<LabSubscribers::FailoverGap> LabSubscribers::failoverGap(const QString &candidate, const QString &oldPrimary, int timeline, Lsn end,
                                                                       QString *error)
{
    if (!readOrigins(error))
        return std::nullopt;
    const LabManifest &manifest = m_lab.manifest();
    qint64 segmentBytes = 0;
    if (!runLabSql(manifest, *manifest.node(candidate), u"postgres"_s, [&](pqxx::nontransaction &tx) {
            segmentBytes = tx.exec1("SELECT setting::bigint FROM pg_settings WHERE name = 'wal_segment_size'")[0].as<qint64>();
        }, error, statementDeadline()))
        return std::nullopt;
    FailoverGap gap;
    QStringList details;
    for (const LabSubscription &subscription : std::as_const(m_subscriptions)) {
        if (!subscription.applied) {
            *error = tr("%1 has no known applied position (origin %2): what it lacks cannot be told.").arg(subscription.name, subscription.origin);
            return std::nullopt;
        }
        const Lsn applied = *subscription.applied;
        // The candidate is a physical copy of the old primary: the tables have the same file nodes in both WALs.
        const auto relations = relationsOf(candidate, subscription, error);
        if (!relations)
            return std::nullopt;
        if (applied < end) {
            const auto oldest = oldestWal(candidate, timeline, segmentBytes, error);
            if (!oldest)
                return std::nullopt;
            const auto lacking = committedChanges(candidate, timeline, *relations, *oldest, std::max(applied, *oldest), end, error);
            if (!lacking)
                return std::nullopt;
            gap.missed += *lacking;
            details << (applied < *oldest ? tr("%1 applied up to %2, %3 has WAL up to %4: at least %5 committed row changes it never gets "
                                               "(%3 no longer has the WAL from %2 on)")
                                          : tr("%1 applied up to %2, %3 has WAL up to %4: %5 committed row changes it never gets"))
                           .arg(subscription.name, applied.toString(), candidate, end.toString())
                           .arg(*lacking);
        } else if (applied > end) {
            // The subscriber's walsender was ahead of the standby's: it applied transactions the new primary never has.
            const auto oldest = oldestWal(oldPrimary, timeline, segmentBytes, error);
            if (!oldest)
                return std::nullopt;
            const auto beyond = committedChanges(oldPrimary, timeline, *relations, std::min(*oldest, end), end, applied, error);
            if (!beyond)
                return std::nullopt;
            gap.extra += *beyond;
            details << tr("%1 applied up to %2, past the end of what %3 received (%4): it keeps %5 committed row changes %3 never has")
                           .arg(subscription.name, applied.toString(), candidate, end.toString())
                           .arg(*beyond);
        } else {
            details << tr("%1 applied exactly what %2 has (%3)").arg(subscription.name, candidate, end.toString());
        }
    }
    gap.detail = details.join(u"; "_s);
    return gap;
}

std::optional<int> LabSubscribers::changesBeforeSlots(const QString &newPrimary, Lsn promotedAfter, QString *error) const
{
    const LabManifest &manifest = m_lab.manifest();
    const LabNode *node = manifest.node(newPrimary);
    int slipped = 0;
    for (const LabSubscription &subscription : m_subscriptions) {
        std::optional<Lsn> slotStart;
        int timeline = 0;
        const bool read = runLabSql(manifest, *node, subscription.publisherDatabase, [&](pqxx::nontransaction &tx) {
            const pqxx::result result = tx.exec("SELECT confirmed_flush_lsn::text, ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int"
                                                " FROM pg_replication_slots WHERE slot_name = " + tx.quote(text(subscription.slot)));
            if (!result.empty()) {
                slotStart = Lsn::parse(field(result[0][0]));
                timeline = result[0][1].as<int>();
            }
        }, error, statementDeadline());
        if (!read)
            return std::nullopt;
        if (!slotStart) {
            *error = tr("slot %1 is not on %2").arg(subscription.slot, newPrimary);
            return std::nullopt;
        }
        const auto relations = relationsOf(newPrimary, subscription, error);
        if (!relations)
            return std::nullopt;
        const auto found = committedChanges(newPrimary, timeline, *relations, promotedAfter, promotedAfter, *slotStart, error);
        if (!found)
            return std::nullopt;
        slipped += *found;
    }
    return slipped;
}

std::optional<int> LabSubscribers::waitUntilApplied(const QString &walNode, int timeline, Lsn end, int timeoutMs,
                                                    const std::function<bool()> &cancelled, QString *detail, QString *error)
{
    std::optional<int> missed;
    pollUntil(
        [&] {
            missed = missedChanges(walNode, timeline, end, detail, error);
            return missed.value_or(1) == 0;
        },
        timeoutMs, cancelled, 250);
    return missed;
}

bool LabSubscribers::holdWrites(PgSession &node, QString *error)
{
    return LabNodeOps::run(node, u"ALTER SYSTEM SET default_transaction_read_only = on"_s, error, 10000)
           && LabNodeOps::run(node, u"SELECT pg_reload_conf()"_s, error, 10000);
}

bool LabSubscribers::releaseWrites(PgSession &node, QString *error)
{
    return LabNodeOps::run(node, u"ALTER SYSTEM RESET default_transaction_read_only"_s, error, 10000)
           && LabNodeOps::run(node, u"SELECT pg_reload_conf()"_s, error, 10000);
}

bool LabSubscribers::releaseWrites(PgSession &node, const QString &nodeName, ActionContext &context)
{
    QString error;
    if (releaseWrites(node, &error))
        return true;
    context.log(tr("default_transaction_read_only is still on on %1 (%2): ALTER SYSTEM RESET default_transaction_read_only; "
                   "SELECT pg_reload_conf(); or run pgversectl recover").arg(nodeName, error));
    return false;
}

bool LabSubscribers::releaseLeftoverHold(PgSession &node, bool *released, QString *error)
{
    *released = false;
    // The file, not the value in effect: a hold written by a process killed before its reload is there all the same.
    const auto held = LabNodeOps::value(node, u"SELECT EXISTS (SELECT FROM pg_file_settings WHERE name = 'default_transaction_read_only' "
                                              "AND sourcefile LIKE '%/postgresql.auto.conf' AND setting = 'on')"_s, error, 10000);
    if (!held)
        return false;
    if (*held != u"t")
        return true;
    *released = true;
    return releaseWrites(node, error);
}

bool LabSubscribers::createSlots(const QString &newPrimary, QString *error)
{
    const LabManifest &manifest = m_lab.manifest();
    const LabNode *node = manifest.node(newPrimary);
    for (const LabSubscription &subscription : std::as_const(m_subscriptions)) {
        const bool made = runLabSql(manifest, *node, subscription.publisherDatabase, [&](pqxx::nontransaction &tx) {
            tx.exec("SET statement_timeout = 30000");
            tx.exec("SET default_transaction_read_only = off"); // writes are held for everyone else until the slot exists
            const std::string slot = tx.quote(text(subscription.slot));
            tx.exec("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = " + slot + " AND NOT active");
            tx.exec("SELECT pg_create_logical_replication_slot(" + slot + ", 'pgoutput')");
        }, error, statementDeadline());
        if (!made)
            return false;
    }
    return true;
}

bool LabSubscribers::repoint(const QString &newPrimary, QString *note, QString *error)
{
    const LabManifest &manifest = m_lab.manifest();
    const LabNode *node = manifest.node(newPrimary);
    QStringList notes;
    if (!readOrigins(error))
        return false;
    for (LabSubscription &subscription : m_subscriptions) {
        // Where the new slot starts. A subscriber whose origin is past it (it applied what the new primary never had:
        // a failover's case) would skip the new primary's first transactions as applied already; its origin is set
        // back to the slot's start, with the subscription disabled meanwhile (an origin in use cannot be moved).
        std::optional<Lsn> slotStart;
        if (!runLabSql(manifest, *node, subscription.publisherDatabase, [&](pqxx::nontransaction &tx) {
                const pqxx::result slot = tx.exec("SELECT confirmed_flush_lsn::text FROM pg_replication_slots WHERE slot_name = " + tx.quote(text(subscription.slot)));
                if (!slot.empty())
                    slotStart = Lsn::parse(field(slot[0][0]));
            }, error, statementDeadline()))
            return false;
        const bool rewind = slotStart && subscription.applied && *subscription.applied > *slotStart;
        const bool repointed = runLabSql(manifest, *manifest.subscriber, subscription.database, [&](pqxx::nontransaction &tx) {
            const std::string name = tx.quote_name(text(subscription.name));
            if (rewind) {
                tx.exec("ALTER SUBSCRIPTION " + name + " DISABLE");
                const std::string running = "SELECT count(*) FROM pg_stat_subscription WHERE subname = " + tx.quote(text(subscription.name)) + " AND pid IS NOT NULL";
                for (int i = 0; i < 100 && tx.exec1(running)[0].as<int>() > 0; ++i)
                    QThread::msleep(100);
                tx.exec("SELECT pg_replication_origin_advance(" + tx.quote(text(subscription.origin)) + ", " + tx.quote(text(slotStart->toString())) + ")");
            }
            // Only the host and port change: whatever else the connection string says (user, passfile, sslmode) stays.
            const pqxx::result current = tx.exec("SELECT subconninfo FROM pg_subscription WHERE subname = " + tx.quote(text(subscription.name))
                                                 + " AND subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())");
            auto info = ConnInfo::parse(current.empty() ? QString() : field(current[0][0]));
            if (!info)
                throw std::runtime_error("the subscription's connection string could not be read");
            info->set(u"host"_s, u"127.0.0.1"_s);
            info->set(u"port"_s, QString::number(node->port));
            tx.exec("ALTER SUBSCRIPTION " + name + " CONNECTION " + tx.quote(text(info->toDisplayString())));
            if (rewind && subscription.enabled)
                tx.exec("ALTER SUBSCRIPTION " + name + " ENABLE");
        }, error, statementDeadline());
        if (!repointed)
            return false;
        subscription.publisherPort = node->port;
        notes << (rewind ? tr("%1 streams from %2 (its origin set back from %3 to %4, where the new slot starts)")
                               .arg(subscription.name, newPrimary, subscription.applied->toString(), slotStart->toString())
                         : tr("%1 streams from %2").arg(subscription.name, newPrimary));
    }
    if (note)
        *note = notes.join(u", "_s);
    return true;
}

QList<ActionCheck> LabSubscribers::verify(const QString &newPrimary, int timeoutMs) const
{
    QList<ActionCheck> checks;
    const LabManifest &manifest = m_lab.manifest();
    const LabNode *node = manifest.node(newPrimary);
    for (const LabSubscription &subscription : m_subscriptions) {
        const QString name = tr("%1 streams from %2").arg(subscription.name, newPrimary);
        QString error;
        std::optional<qint64> lag;
        bool active = false;
        // Caught up: it has confirmed what the new primary had written when the check began (under a steady stream of
        // writes the slot never reads 0 bytes behind).
        std::string target;
        const bool caughtUp = pollUntil(
            [&] {
                error.clear();
                runLabSql(manifest, *node, subscription.publisherDatabase, [&](pqxx::nontransaction &tx) {
                    if (target.empty())
                        target = tx.exec1("SELECT pg_current_wal_lsn()::text")[0].as<std::string>();
                    const pqxx::result result = tx.exec("SELECT active, pg_wal_lsn_diff(" + tx.quote(target) + "::pg_lsn, confirmed_flush_lsn)::bigint"
                                                        " FROM pg_replication_slots WHERE slot_name = " + tx.quote(text(subscription.slot)));
                    active = !result.empty() && result[0][0].as<bool>();
                    lag = result.empty() || result[0][1].is_null() ? std::nullopt : std::optional(result[0][1].as<qint64>());
                }, &error, statementDeadline());
                return active && lag && *lag <= 0;
            },
            timeoutMs, {}, 100);
        if (caughtUp)
            checks << passed(name, tr("slot %1 on %2 is active and has confirmed what %2 had written when the check began").arg(subscription.slot, newPrimary));
        else
            checks << failed(name, !error.isEmpty() ? error
                                   : !active       ? tr("nothing streams from slot %1 on %2 after %3 s; see the subscriber's log").arg(subscription.slot, newPrimary).arg(timeoutMs / 1000)
                                                   : tr("slot %1 is still %2 short of where %3 was when the check began, after %4 s")
                                                         .arg(subscription.slot, formatBytes(lag.value_or(0)), newPrimary).arg(timeoutMs / 1000));
    }
    return checks;
}

} // namespace pgv
