// SPDX-License-Identifier: GPL-3.0-or-later
#include "logicalcommand.h"

#include "cliio.h"
#include "clusterselection.h"
#include "core/units.h"
#include "estatereader.h"
#include "logicalchangecommand.h"
#include "logical/logicaldetails.h"
#include "logical/logicaljson.h"
#include "watchloop.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pgv::cli", text);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

/// The clusters the command reads: the selected one and those drawn beside it (a lab's subscriber).
QList<Profile> clustersOf(const Profile &selected)
{
    return QList<Profile>{selected} + besideProfiles(selected);
}

QString tablesText(const LogicalSubscription &subscription)
{
    if (!subscription.tablesKnown)
        return subscription.syncWorkers > 0 ? tr("%1 syncing").arg(subscription.syncWorkers) : u"-"_s;
    const qsizetype ready = std::count_if(subscription.tables.cbegin(), subscription.tables.cend(),
                                          [](const SubscriptionTable &table) { return table.state == u"ready"; });
    return tr("%1 of %2 ready").arg(ready).arg(subscription.tables.size());
}

QString estateText(const LogicalEstate &estate)
{
    QString text;
    TextTable subscriptions({u"SUBSCRIPTION"_s, u"ON"_s, u"FROM"_s, u"PUBLICATIONS"_s, u"STATE"_s, u"LAG"_s, u"TABLES"_s, u"ERRORS"_s});
    for (const LogicalSubscription &subscription : estate.subscriptions) {
        const QString lag = subscription.lagBytes ? formatBytes(*subscription.lagBytes)
                                                        + (subscription.lagSeconds ? u" / "_s + formatSeconds(*subscription.lagSeconds) : QString())
                                                  : u"-"_s;
        const QString errors = subscription.applyErrors || subscription.syncErrors
                                   ? tr("%1 apply, %2 sync").arg(subscription.applyErrors.value_or(0)).arg(subscription.syncErrors.value_or(0))
                                   : u"-"_s;
        subscriptions.addRow({subscription.name, u"%1/%2 (%3)"_s.arg(subscription.cluster, subscription.node, subscription.database),
                              subscription.publisherCluster.isEmpty() ? orDash(subscription.publisherNode)
                                                                      : subscription.publisherCluster + u'/' + subscription.publisherNode,
                              subscription.publications.join(u", "_s), subscription.state, lag, tablesText(subscription), errors});
    }
    text += estate.subscriptions.isEmpty() ? tr("No subscriptions.\n") : subscriptions.toString();

    TextTable slots({u"SLOT"_s, u"ON"_s, u"DATABASE"_s, u"PLUGIN"_s, u"ACTIVE"_s, u"CONFIRMED"_s, u"LAG"_s, u"RETAINED"_s, u"WAL STATUS"_s});
    for (const LogicalSlot &logical : estate.replicationSlots) {
        const SlotStatus &slot = logical.slot;
        slots.addRow({slot.name, logical.cluster + u'/' + slot.node, orDash(slot.database), orDash(slot.plugin), slot.active ? tr("yes") : tr("no"),
                      slot.confirmedFlushLsn ? slot.confirmedFlushLsn->toString() : u"-"_s,
                      slot.logicalLagBytes ? formatBytes(*slot.logicalLagBytes) : u"-"_s, slot.retainedBytes ? formatBytes(*slot.retainedBytes) : u"-"_s,
                      orDash(slot.walStatus)});
    }
    text += u'\n' + (estate.replicationSlots.isEmpty() ? tr("No logical slots.\n") : slots.toString());

    if (!estate.publications.isEmpty()) {
        TextTable publications({u"PUBLICATION"_s, u"ON"_s, u"DATABASE"_s, u"TABLES"_s});
        for (const PublicationInfo &publication : estate.publications)
            publications.addRow({publication.name, publication.cluster + u'/' + publication.node, publication.database,
                                 orDash(publication.tables.join(u", "_s))});
        text += u'\n' + publications.toString();
    }
    if (const QList<LogicalSubscription> &tabled = estate.subscriptions;
        std::any_of(tabled.cbegin(), tabled.cend(), [](const LogicalSubscription &s) { return s.tablesKnown && !s.tables.isEmpty(); })) {
        TextTable tables({u"SUBSCRIPTION"_s, u"TABLE"_s, u"STATE"_s});
        for (const LogicalSubscription &subscription : tabled) {
            for (const SubscriptionTable &table : subscription.tables)
                tables.addRow({subscription.name, table.table, table.state});
        }
        text += u'\n' + tables.toString();
    }
    if (!estate.problems.isEmpty()) {
        text += tr("\nProblems:\n");
        for (const LogicalProblem &problem : estate.problems)
            text += u"  [%1] %2: %3\n"_s.arg(severityName(problem.severity), problem.kind, problem.message);
    }
    for (const QString &error : estate.errors)
        text += tr("Not read: %1\n").arg(error);
    return text;
}

int exitCodeOf(const QList<SnapshotPtr> &snapshots, const LogicalEstate &estate)
{
    if (std::none_of(snapshots.cbegin(), snapshots.cend(), [](const SnapshotPtr &snapshot) { return snapshot->anyReachable(); }))
        return ExitUsageOrConnect;
    return estate.healthy() ? ExitOk : ExitProblems;
}

} // namespace

int runLogical(const QStringList &arguments)
{
    static const QHash<QString, SubscriptionChange::Kind> changes{{u"enable"_s, SubscriptionChange::Kind::Enable},
                                                                  {u"disable"_s, SubscriptionChange::Kind::Disable},
                                                                  {u"refresh"_s, SubscriptionChange::Kind::RefreshPublication}};
    if (const QString operation = arguments.value(1); changes.contains(operation)) {
        QStringList rest = arguments;
        rest.removeAt(1);
        setCommandName(u"logical "_s + operation);
        return runLogicalChange(changes.value(operation), rest);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Logical replication across the cluster and its subscribers: publications, subscriptions (publisher, state, lag, tables, "
           "errors), logical slots and what to do about their problems. A lab's subscriber is read with it.\n\n"
           "Subscription states: streaming, catchup, syncing (tables not ready), disabled, erroring (errors rising), slot_missing "
           "(no slot on the node it connects to), publisher_down."));
    addHelpOption(parser);
    ClusterSelection::addOptions(parser);
    parser.addOption({u"json"_s, tr("Print JSON (one document per update with --watch).")});
    parser.addOption({u"watch"_s, tr("Keep printing until interrupted (Ctrl+C).")});
    parser.addOption({u"interval"_s, tr("With --watch: milliseconds between updates (default: the profile's poll interval)."), u"ms"_s});
    if (const auto stop = parseOrAnswerHelp(parser, arguments))
        return *stop;
    QString error;
    const auto selection = ClusterSelection::resolve(parser, &error);
    if (!selection)
        return fail(error);
    EstateReader reader(clustersOf(selection->profile), selection->password);
    const bool json = parser.isSet(u"json"_s);
    const bool watch = parser.isSet(u"watch"_s);
    int intervalMs = reader.intervalMs();
    if (parser.isSet(u"interval"_s)) {
        bool ok = false;
        intervalMs = parser.value(u"interval"_s).toInt(&ok);
        if (!ok || intervalMs < 100)
            return fail(tr("--interval takes milliseconds, at least 100."));
    }
    if (watch)
        stopOnInterrupt();
    reader.start();
    std::optional<LogicalEstate> previous;
    int code = ExitOk;
    do {
        const QList<SnapshotPtr> snapshots = reader.waitForRound();
        const LogicalDetails details = readLogicalDetails(snapshots, reader.endpoints());
        LogicalEstate estate = assessLogical(snapshots, details, previous ? &*previous : nullptr);
        code = exitCodeOf(snapshots, estate);
        if (json) {
            printJson(logicalToJson(estate), watch);
        } else {
            clearScreenIf(watch && isTerminal());
            out() << estateText(estate) << Qt::flush;
        }
        previous = std::move(estate);
        if (!watch)
            break;
        QEventLoop pause;
        QTimer::singleShot(intervalMs, &pause, &QEventLoop::quit);
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &pause, [&] {
            if (interrupted())
                pause.quit();
        });
        check.start(50);
        pause.exec();
    } while (!interrupted());
    return code;
}

} // namespace pgv::cli
