// SPDX-License-Identifier: GPL-3.0-or-later
#include "patronilogicalslots.h"

#include "core/lsn.h"
#include "core/units.h"
#include "labactionsupport.h"
#include "pg/pgsession.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int kConnectTimeoutMs = 3000;
constexpr int kStatementTimeoutMs = 5000;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pgv::PatroniLogicalSlots)
};

struct LogicalSlot
{
    QString name;
    QString database;
    QString plugin;
    std::optional<Lsn> confirmed;
};

/// A slot a consumer streams from: not temporary, and not one a subscription's table synchronisation makes and
/// drops by itself (pg_<subscription oid>_sync_<table oid>_<system id>).
bool isConsumerSlot(const QString &name, bool temporary)
{
    static const QRegularExpression tableSync(u"^pg_\\d+_sync_\\d+_\\d+$"_s);
    return !temporary && !tableSync.match(name).hasMatch();
}

std::optional<QList<LogicalSlot>> readLogicalSlots(const Profile &profile, const QString &password, const PatroniMember &member, QString *error)
{
    if (profile.nodes.isEmpty()) {
        *error = Text::tr("the profile lists no node to take connection settings from");
        return std::nullopt;
    }
    // The profile's settings (user, database, passfile, TLS) for the member's own address, as Patroni reports it.
    ConnInfo info = profile.connInfoFor(profile.nodes.first());
    for (const ProfileNode &node : profile.nodes) {
        if (node.name == member.name)
            info = profile.connInfoFor(node);
    }
    info.set(u"host"_s, member.host);
    info.set(u"port"_s, QString::number(member.port));
    info = directNodeConnInfo(std::move(info), u"pgverse-action"_s, kConnectTimeoutMs);
    info.appendOptions(u"-c statement_timeout=%1"_s.arg(kStatementTimeoutMs));
    PgSession session;
    PgError pgError;
    if (!session.open(info, password, QDeadlineTimer(kConnectTimeoutMs), &pgError)) {
        *error = Text::tr("%1: %2").arg(member.name, pgError.message);
        return std::nullopt;
    }
    const auto rows = session.exec(u"SELECT slot_name, database, plugin, temporary, confirmed_flush_lsn::text FROM pg_replication_slots "
                                   "WHERE slot_type = 'logical' ORDER BY slot_name"_s,
                                   QDeadlineTimer(kStatementTimeoutMs), &pgError);
    if (!rows) {
        *error = Text::tr("%1: %2").arg(member.name, pgError.message);
        return std::nullopt;
    }
    QList<LogicalSlot> slots;
    for (const auto &row : rows->rows) {
        const QString name = row.value(0).value_or(QString());
        if (!isConsumerSlot(name, row.value(3).value_or(QString()) == u"t"))
            continue;
        slots << LogicalSlot{name, row.value(1).value_or(QString()), row.value(2).value_or(QString()),
                             Lsn::parse(row.value(4).value_or(QString()))};
    }
    return slots;
}

/// Patroni's permanent logical slots: "slots" in its dynamic configuration (older names accepted, as Patroni does),
/// each a logical one when it names a database and a plugin.
QStringList permanentLogicalSlots(const QJsonObject &config)
{
    QJsonObject declared = config.value("slots"_L1).toObject();
    if (declared.isEmpty())
        declared = config.value("permanent_slots"_L1).toObject();
    if (declared.isEmpty())
        declared = config.value("permanent_replication_slots"_L1).toObject();
    QStringList names;
    for (auto it = declared.constBegin(); it != declared.constEnd(); ++it) {
        const QJsonObject slot = it.value().toObject();
        if (slot.value("type"_L1).toString(u"logical"_s) == u"logical" && slot.contains("database"_L1) && slot.contains("plugin"_L1))
            names << it.key();
    }
    return names;
}

const LogicalSlot *find(const QList<LogicalSlot> &slots, const QString &name)
{
    for (const LogicalSlot &slot : slots) {
        if (slot.name == name)
            return &slot;
    }
    return nullptr;
}

} // namespace

QList<ActionCheck> patroniLogicalSlotChecks(const Profile &profile, const QString &password, const PatroniMember *leader,
                                           const PatroniMember &candidate, const QJsonObject &dynamicConfig, qint64 maximumLagBytes,
                                           bool force)
{
    QList<ActionCheck> checks;
    const QStringList permanent = permanentLogicalSlots(dynamicConfig);
    QString error;
    const auto onCandidate = readLogicalSlots(profile, password, candidate, &error);
    if (!onCandidate) {
        checks << warned(Text::tr("Logical slots on the candidate"), Text::tr("not read (%1): whether the logical consumers keep their slots is unknown").arg(error));
        return checks;
    }
    std::optional<QList<LogicalSlot>> onLeader;
    if (leader) {
        onLeader = readLogicalSlots(profile, password, *leader, &error);
        if (!onLeader)
            checks << warned(Text::tr("Logical slots on the leader"), Text::tr("not read (%1): only Patroni's permanent slots are looked for").arg(error));
    }
    // What consumers stream from: the leader's slots when it answers, else the ones Patroni is told to keep.
    QList<LogicalSlot> wanted;
    if (onLeader) {
        wanted = *onLeader;
    } else {
        for (const QString &name : permanent)
            wanted << LogicalSlot{name, {}, {}, {}};
    }
    const auto refuse = [&](const QString &name, const QString &reason) {
        return force ? warned(name, reason + u' ' + Text::tr("--force: it proceeds, and the slot's consumer misses what happens meanwhile."))
                     : failed(name, reason + u' ' + Text::tr("Or go ahead with --force and accept it."));
    };
    for (const LogicalSlot &slot : std::as_const(wanted)) {
        const QString name = Text::tr("Logical slot %1 on %2").arg(slot.name, candidate.name);
        const LogicalSlot *copy = find(*onCandidate, slot.name);
        if (!permanent.contains(slot.name)) {
            checks << refuse(name, Text::tr("%1 is not one of Patroni's permanent slots, so Patroni keeps no copy of it on %2: once %2 leads, its "
                                      "consumer finds no slot, and one made anew there skips every change in between. Declare it "
                                      "(patronictl edit-config: slots: {%1: {type: logical, database: %3, plugin: %4}}) and wait until "
                                      "%2 has its copy.")
                                       .arg(slot.name, candidate.name, slot.database, slot.plugin));
        } else if (!copy) {
            checks << refuse(name, Text::tr("Patroni has not copied %1 to %2 yet (it copies a permanent slot once the leader has published the "
                                      "slot's position, restarting the replica to load it; hot_standby_feedback must be on there): once "
                                      "%2 leads, Patroni would make it anew and its consumer would miss every change in between. Wait "
                                      "and look again.")
                                       .arg(slot.name, candidate.name));
        } else if (!slot.confirmed || !copy->confirmed) {
            checks << passed(name, Text::tr("Patroni's copy is there"));
        } else {
            const qint64 behind = std::max<qint64>(0, slot.confirmed->bytesSince(*copy->confirmed));
            const QString detail = Text::tr("Patroni's copy has confirmed %1, %2 behind the leader's %3").arg(copy->confirmed->toString(), formatBytes(behind),
                                                                                                       slot.confirmed->toString());
            // Patroni advances the copy every loop_wait. A PostgreSQL subscription then skips what it applied already
            // (its replication origin says where it is); another consumer may get those changes a second time.
            checks << (behind <= maximumLagBytes
                           ? passed(name, detail + u"; "_s + Text::tr("a subscription skips what it applied already"))
                           : warned(name, detail + u", "_s + Text::tr("over maximum_lag_on_failover (%1): Patroni may not be advancing it (see its log), and a "
                                                                "consumer that does not track its own position gets those changes again")
                                                                 .arg(formatBytes(maximumLagBytes))));
        }
    }
    return checks;
}

} // namespace pgv
