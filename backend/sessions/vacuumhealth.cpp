// SPDX-License-Identifier: GPL-3.0-or-later
#include "vacuumhealth.h"

#include "core/jsonarrays.h"
#include "core/jsonnulls.h"
#include "pg/pgsession.h"
#include "pg/sqlresource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int ConnectTimeoutMs = 5'000;
constexpr int QueryTimeoutMs = 15'000;
constexpr int SessionsKept = 20;
constexpr int DatabasesRead = 50;

struct VacuumText
{
    Q_DECLARE_TR_FUNCTIONS(pgv::VacuumHealth)
};

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() ? std::optional<QJsonObject>(document.object()) : std::nullopt;
}

QString sessionHolder(const QJsonObject &row)
{
    QStringList about;
    for (const char *key : {"application", "user", "state"}) {
        const QString value = row.value(QLatin1StringView(key)).toString();
        if (!value.isEmpty())
            about << value;
    }
    if (about.isEmpty())
        about << row.value("backend_type"_L1).toString();
    return VacuumText::tr("pid %1 (%2)").arg(row.value("pid"_L1).toInt()).arg(about.join(u", "_s));
}

void readHorizon(NodeVacuum &vacuum, const QJsonObject &root)
{
    using Kind = HorizonHolder::Kind;
    for (const QJsonValue &value : constArray(root.value("sessions"_L1))) {
        const QJsonObject row = value.toObject();
        HorizonHolder holder{Kind::Session, sessionHolder(row), row.value("xmin"_L1).toString(), integerOrNone(row.value("age_xids"_L1)).value_or(0),
                             doubleOrNone(row.value("age_s"_L1)), row.value("pid"_L1).toInt(), false};
        vacuum.horizon << holder;
    }
    for (const QJsonValue &value : constArray(root.value("prepared"_L1))) {
        const QJsonObject row = value.toObject();
        vacuum.horizon << HorizonHolder{Kind::Prepared,
                                        VacuumText::tr("prepared transaction %1 (%2@%3)")
                                            .arg(row.value("gid"_L1).toString(), row.value("owner"_L1).toString(), row.value("database"_L1).toString()),
                                        row.value("xmin"_L1).toString(), integerOrNone(row.value("age_xids"_L1)).value_or(0),
                                        doubleOrNone(row.value("age_s"_L1)), 0, false};
    }
    for (const QJsonValue &value : constArray(root.value("slots"_L1))) {
        const QJsonObject row = value.toObject();
        const QString slot = row.value("slot"_L1).toString();
        const bool physical = row.value("slot_type"_L1).toString() == u"physical";
        const bool active = row.value("active"_L1).toBool();
        // A physical slot's xmin is its standby's hot_standby_feedback; an inactive slot keeps the last one it got.
        const QString about = physical ? (active ? VacuumText::tr("physical slot %1, carrying its standby's hot_standby_feedback")
                                                 : VacuumText::tr("physical slot %1, inactive: keeps the feedback its standby sent last"))
                                       : (active ? VacuumText::tr("logical slot %1 (%2)") : VacuumText::tr("logical slot %1 (%2), inactive"));
        const QString name = physical ? about.arg(slot) : about.arg(slot, row.value("database"_L1).toString());
        if (!row.value("xmin"_L1).isNull())
            vacuum.horizon << HorizonHolder{Kind::Slot, name, row.value("xmin"_L1).toString(),
                                            integerOrNone(row.value("age_xids"_L1)).value_or(0), std::nullopt, 0, false};
        if (!row.value("catalog_xmin"_L1).isNull())
            vacuum.horizon << HorizonHolder{Kind::Slot, VacuumText::tr("%1, catalog_xmin (catalogs only)").arg(name),
                                            row.value("catalog_xmin"_L1).toString(),
                                            integerOrNone(row.value("catalog_age_xids"_L1)).value_or(0), std::nullopt, 0, true};
    }
    for (const QJsonValue &value : constArray(root.value("feedback"_L1))) {
        const QJsonObject row = value.toObject();
        vacuum.horizon << HorizonHolder{Kind::StandbyFeedback,
                                        VacuumText::tr("standby %1 at %2 (hot_standby_feedback, no slot)")
                                            .arg(row.value("standby"_L1).toString(), row.value("client"_L1).toString()),
                                        row.value("xmin"_L1).toString(), integerOrNone(row.value("age_xids"_L1)).value_or(0),
                                        std::nullopt, row.value("pid"_L1).toInt(), false};
    }
    std::stable_sort(vacuum.horizon.begin(), vacuum.horizon.end(),
                     [](const HorizonHolder &a, const HorizonHolder &b) { return a.ageXids > b.ageXids; });
}

NodeVacuum failed(const QString &node, const QString &error)
{
    NodeVacuum result;
    result.node = node;
    result.readAt = QDateTime::currentDateTimeUtc();
    result.error = error;
    return result;
}

} // namespace

QString HorizonHolder::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Session: return u"session"_s;
    case Kind::Prepared: return u"prepared"_s;
    case Kind::Slot: return u"slot"_s;
    case Kind::StandbyFeedback: return u"standby_feedback"_s;
    }
    return {};
}

const HorizonHolder *NodeVacuum::oldest() const
{
    // horizon is kept oldest first; a slot's catalog_xmin holds back only the catalogs, so it sets the horizon of
    // user tables only when nothing else does.
    for (const HorizonHolder &holder : horizon) {
        if (!holder.catalogOnly)
            return &holder;
    }
    return horizon.isEmpty() ? nullptr : &horizon.first();
}

QStringList NodeVacuum::databasesPastFreezeMaxAge() const
{
    QStringList past;
    for (const DatabaseAge &database : databases) {
        if (freezeMaxAge > 0 && database.xidAge > freezeMaxAge)
            past << database.database;
    }
    return past;
}

NodeVacuum parseVacuumNodeDocument(const QString &node, const QByteArray &json)
{
    const auto root = parseObject(json);
    if (!root)
        return failed(node, VacuumText::tr("%1 answered with something that is not the vacuum document").arg(node));
    NodeVacuum vacuum;
    vacuum.node = node;
    vacuum.readAt = QDateTime::currentDateTimeUtc();
    vacuum.inRecovery = root->value("in_recovery"_L1).toBool();
    vacuum.freezeMaxAge = integerOrNone(root->value("freeze_max_age"_L1)).value_or(0);
    vacuum.multixactFreezeMaxAge = integerOrNone(root->value("multixact_freeze_max_age"_L1)).value_or(0);
    readHorizon(vacuum, *root);
    for (const QJsonValue &value : constArray(root->value("databases"_L1))) {
        const QJsonObject row = value.toObject();
        vacuum.databases << DatabaseAge{row.value("database"_L1).toString(), integerOrNone(row.value("xid_age"_L1)).value_or(0),
                                        integerOrNone(row.value("mxid_age"_L1)).value_or(0), row.value("connectable"_L1).toBool()};
    }
    for (const QJsonValue &value : constArray(root->value("running"_L1))) {
        const QJsonObject row = value.toObject();
        const QJsonObject progress = row.value("progress"_L1).toObject();
        RunningVacuum running;
        running.pid = row.value("pid"_L1).toInt();
        running.database = row.value("database"_L1).toString();
        running.relationId = integerOrNone(row.value("relid"_L1)).value_or(0);
        running.table = row.value("table"_L1).isString() ? row.value("table"_L1).toString() : VacuumText::tr("relation %1").arg(running.relationId);
        running.phase = row.value("phase"_L1).toString();
        // Read by name from the whole row: the view's columns change between versions (PostgreSQL 17 counts dead
        // items in bytes, for one).
        running.heapBlocksTotal = integerOrNone(progress.value("heap_blks_total"_L1));
        running.heapBlocksScanned = integerOrNone(progress.value("heap_blks_scanned"_L1));
        running.heapBlocksVacuumed = integerOrNone(progress.value("heap_blks_vacuumed"_L1));
        running.indexVacuumCount = integerOrNone(progress.value("index_vacuum_count"_L1));
        running.ageSeconds = doubleOrNone(row.value("age_s"_L1));
        running.autovacuum = row.value("autovacuum"_L1).toBool();
        running.toPreventWraparound = row.value("to_prevent_wraparound"_L1).toBool();
        vacuum.running << running;
    }
    for (const QJsonValue &value : constArray(root->value("conflicts"_L1))) {
        const QJsonObject row = value.toObject();
        QueryConflicts conflicts;
        conflicts.database = row.value("database"_L1).toString();
        conflicts.tablespace = integerOrNone(row.value("tablespace"_L1)).value_or(0);
        conflicts.lock = integerOrNone(row.value("lock"_L1)).value_or(0);
        conflicts.snapshot = integerOrNone(row.value("snapshot"_L1)).value_or(0);
        conflicts.bufferpin = integerOrNone(row.value("bufferpin"_L1)).value_or(0);
        conflicts.deadlock = integerOrNone(row.value("deadlock"_L1)).value_or(0);
        conflicts.logicalSlot = integerOrNone(row.value("logical_slot"_L1));
        vacuum.conflicts << conflicts;
    }
    return vacuum;
}

bool addDatabaseTables(NodeVacuum &vacuum, const QString &database, const QByteArray &json)
{
    const auto root = parseObject(json);
    if (!root)
        return false;
    for (const QJsonValue &value : constArray(root->value("tables"_L1))) {
        const QJsonObject row = value.toObject();
        TableVacuum table;
        table.database = database;
        table.table = row.value("table"_L1).toString();
        table.deadTuples = integerOrNone(row.value("dead_tuples"_L1));
        table.liveTuples = integerOrNone(row.value("live_tuples"_L1));
        table.lastVacuum = epochOrInvalid(row.value("last_vacuum"_L1));
        table.lastAutovacuum = epochOrInvalid(row.value("last_autovacuum"_L1));
        table.lastAnalyze = epochOrInvalid(row.value("last_analyze"_L1));
        table.lastAutoanalyze = epochOrInvalid(row.value("last_autoanalyze"_L1));
        table.vacuumCount = integerOrNone(row.value("vacuum_count"_L1)).value_or(0);
        table.autovacuumCount = integerOrNone(row.value("autovacuum_count"_L1)).value_or(0);
        table.analyzeCount = integerOrNone(row.value("analyze_count"_L1)).value_or(0);
        table.autoanalyzeCount = integerOrNone(row.value("autoanalyze_count"_L1)).value_or(0);
        table.xidAge = integerOrNone(row.value("xid_age"_L1)).value_or(0);
        table.mxidAge = integerOrNone(row.value("mxid_age"_L1)).value_or(0);
        table.autovacuumEnabled = row.value("autovacuum_enabled"_L1).toBool(true);
        table.autovacuumThreshold = integerOrNone(row.value("autovacuum_threshold"_L1));
        vacuum.tables << table;
    }
    const QJsonObject names = root->value("running"_L1).toObject();
    for (RunningVacuum &running : vacuum.running) {
        if (running.database == database && names.contains(QString::number(running.relationId)))
            running.table = names.value(QString::number(running.relationId)).toString();
    }
    std::stable_sort(vacuum.tables.begin(), vacuum.tables.end(), [](const TableVacuum &a, const TableVacuum &b) {
        return a.deadTuples.value_or(-1) != b.deadTuples.value_or(-1) ? a.deadTuples.value_or(-1) > b.deadTuples.value_or(-1)
                                                                      : a.xidAge > b.xidAge;
    });
    return true;
}

NodeVacuum fetchVacuumHealth(const NodeEndpoint &endpoint, int tablesPerDatabase)
{
    ProbeSettings deadlines;
    deadlines.connectTimeoutMs = ConnectTimeoutMs;
    deadlines.queryTimeoutMs = QueryTimeoutMs;
    const ConnInfo connInfo = NodeProber::monitoringConnInfo(endpoint.connInfo, deadlines);
    PgSession session;
    PgError error;
    if (!session.open(connInfo, endpoint.password, QDeadlineTimer(ConnectTimeoutMs), &error))
        return failed(endpoint.name, VacuumText::tr("Could not connect to %1: %2").arg(endpoint.name, error.message));
    // PostgreSQL 16 counts queries cancelled for a logical slot on a standby; before it there is no such column.
    const QString logicalSlotConflicts = session.serverVersion() >= 160000 ? u"c.confl_active_logicalslot"_s : u"NULL::bigint"_s;
    const auto rows = session.exec(sqlResource("vacuum_node").arg(SessionsKept).arg(logicalSlotConflicts), QDeadlineTimer(QueryTimeoutMs), &error);
    if (!rows || !rows->scalar())
        return failed(endpoint.name, VacuumText::tr("Could not read the vacuum health of %1: %2").arg(endpoint.name, rows ? VacuumText::tr("no answer") : error.message));
    NodeVacuum vacuum = parseVacuumNodeDocument(endpoint.name, rows->scalar()->toUtf8());
    if (!vacuum.error.isEmpty())
        return vacuum;

    const QString current = session.database();
    const QString tablesSql = sqlResource("vacuum_tables").arg(std::clamp(tablesPerDatabase, 1, 1000));
    // Shared catalogs are the same table seen from every database: listed once, from the node's own database.
    const auto tablesSqlFor = [&](const QString &database) { return tablesSql.arg(database == current ? u"true"_s : u"false"_s); };
    int read = 0;
    for (const DatabaseAge &database : std::as_const(vacuum.databases)) {
        if (!database.connectable)
            continue;
        if (++read > DatabasesRead) {
            vacuum.warnings << VacuumText::tr("Only the first %1 databases' tables were read.").arg(DatabasesRead);
            break;
        }
        PgSession perDatabase;
        PgSession *reader = &session;
        if (database.database != current) {
            ConnInfo info = connInfo;
            info.set(u"dbname"_s, database.database);
            if (!perDatabase.open(info, endpoint.password, QDeadlineTimer(ConnectTimeoutMs), &error)) {
                vacuum.warnings << VacuumText::tr("Tables of %1 not read: %2").arg(database.database, error.message);
                continue;
            }
            reader = &perDatabase;
        }
        const auto tables = reader->exec(tablesSqlFor(database.database), QDeadlineTimer(QueryTimeoutMs), &error);
        if (!tables || !tables->scalar() || !addDatabaseTables(vacuum, database.database, tables->scalar()->toUtf8()))
            vacuum.warnings << VacuumText::tr("Tables of %1 not read: %2").arg(database.database, tables ? VacuumText::tr("no answer") : error.message);
    }
    return vacuum;
}

} // namespace pgv
