// SPDX-License-Identifier: GPL-3.0-or-later
// Alert routing and silences: the Alertmanager body, real commands reading alerts on stdin, a real local HTTP
// receiver (Python's http.server) that fails or hangs on purpose, the delivery log, and silences that keep
// alerts from being sent without hiding them.
#include "alerts/alertdelivery.h"
#include "alerts/alertengine.h"
#include "alerts/alertjson.h"
#include "alerts/alertrouter.h"
#include "alerts/silence.h"
#include "alerts/silencewatcher.h"
#include "actions/plannedsilence.h"
#include "probefixtures.h"
#include "testenvironment.h"
#include "webhookreceiver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {

constexpr qint64 kT0 = 1'800'000'000'000;

TopologySnapshot node3Down(qint64 at)
{
    QHash<QString, NodeProbe> probes = healthyProbes();
    probes.insert(u"node3"_s, failedProbe(u"node3"_s, PgError::Kind::ConnectFailed, u"refused"_s));
    TopologySnapshot snapshot = assembleTopology(labInput(probes));
    snapshot.takenAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    return snapshot;
}

TopologySnapshot healthy(qint64 at)
{
    TopologySnapshot snapshot = assembleTopology(labInput(healthyProbes()));
    snapshot.takenAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    return snapshot;
}

Alert firingNodeDown()
{
    AlertEngine engine(u"lab"_s, {{AlertRuleKind::NodeDown, true, 0, 0}});
    engine.evaluate(node3Down(kT0));
    return engine.firing().value(0);
}

Silence silenceOf(const QString &node, const QStringList &rules, qint64 fromMs, qint64 untilMs)
{
    Silence silence;
    silence.id = u"s1"_s;
    silence.cluster = u"lab"_s;
    silence.node = node;
    silence.rules = rules;
    silence.from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    silence.until = QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC);
    silence.reason = u"kernel upgrade"_s;
    return silence;
}

QStringList keys(const QList<Alert> &alerts)
{
    QStringList keys;
    for (const Alert &alert : alerts)
        keys << ruleName(alert.rule.kind) + u':' + alert.subject + u':' + (alert.isFiring() ? u"firing"_s : u"resolved"_s);
    return keys;
}

AlertRoute commandRoute(const QString &command)
{
    AlertRoute route;
    route.name = u"cmd"_s;
    route.target = command;
    route.retries = 2;
    route.timeoutMs = 5000;
    return route;
}

AlertRoute webhookRoute(const QString &url)
{
    AlertRoute route;
    route.name = u"hook"_s;
    route.kind = AlertRoute::Kind::Webhook;
    route.target = url;
    route.retries = 3;
    route.timeoutMs = 3000;
    return route;
}

QString shellQuoted(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

} // namespace

class TestAlertRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertmanagerBodyHasItsFields()
    {
        const Alert alert = firingNodeDown();
        QVERIFY(alert.isFiring());
        const QJsonObject body = alertmanagerPayload({alert}, u"ops"_s);
        QCOMPARE(body.value("version"_L1).toString(), u"4"_s);
        QCOMPARE(body.value("status"_L1).toString(), u"firing"_s);
        QCOMPARE(body.value("receiver"_L1).toString(), u"ops"_s);
        QCOMPARE(body.value("groupLabels"_L1).toObject().value("cluster"_L1).toString(), u"lab"_s);
        const QJsonObject item = body.value("alerts"_L1).toArray().first().toObject();
        QCOMPARE(item.value("status"_L1).toString(), u"firing"_s);
        const QJsonObject labels = item.value("labels"_L1).toObject();
        QCOMPARE(labels.value("alertname"_L1).toString(), u"node_down"_s);
        QCOMPARE(labels.value("cluster"_L1).toString(), u"lab"_s);
        QCOMPARE(labels.value("node"_L1).toString(), u"node3"_s);
        QCOMPARE(labels.value("severity"_L1).toString(), severityName(alert.severity));
        QVERIFY(item.value("annotations"_L1).toObject().value("summary"_L1).toString().contains(u"node3"_s));
        QCOMPARE(item.value("startsAt"_L1).toString(), u"2027-01-15T08:00:00.000Z"_s);
        QCOMPARE(item.value("endsAt"_L1).toString(), u"0001-01-01T00:00:00Z"_s);
        QCOMPARE(item.value("fingerprint"_L1).toString().size(), 16);
        QCOMPARE(item.value("fingerprint"_L1).toString(), alertFingerprint(alert));

        Alert resolved = alert;
        resolved.state = Alert::State::Resolved;
        resolved.resolvedAt = alert.firedAt.addSecs(42);
        const QJsonObject after = alertmanagerPayload({resolved}, u"ops"_s);
        QCOMPARE(after.value("status"_L1).toString(), u"resolved"_s);
        QCOMPARE(after.value("alerts"_L1).toArray().first().toObject().value("endsAt"_L1).toString(), u"2027-01-15T08:00:42.000Z"_s);
        // The same condition keeps its fingerprint: receivers pair the resolution with the firing.
        QCOMPARE(after.value("alerts"_L1).toArray().first().toObject().value("fingerprint"_L1), item.value("fingerprint"_L1));
    }

    void silencesCoverWhatTheySay()
    {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC);
        const Silence node = silenceOf(u"node3"_s, {}, kT0 - 1000, kT0 + 1000);
        QVERIFY(node.covers(u"lab"_s, u"node_down"_s, u"node3"_s, at));
        QVERIFY(!node.covers(u"lab"_s, u"slot_retained_bytes"_s, u"node3@node1"_s, at)); // the slot node3 lives on node1
        QVERIFY(!node.covers(u"lab"_s, u"node_down"_s, u"node2"_s, at));
        QVERIFY(!node.covers(u"other"_s, u"node_down"_s, u"node3"_s, at));
        QVERIFY(!node.covers(u"lab"_s, u"no_primary"_s, QString(), at)); // about the cluster, not the node
        QVERIFY(!node.covers(u"lab"_s, u"node_down"_s, u"node3"_s, at.addSecs(1))); // ended
        QVERIFY(!node.covers(u"lab"_s, u"node_down"_s, u"node3"_s, at.addSecs(-2))); // not begun
        const Silence rule = silenceOf(QString(), {u"no_primary"_s}, kT0 - 1000, kT0 + 1000);
        QVERIFY(rule.covers(u"lab"_s, u"no_primary"_s, QString(), at));
        QVERIFY(!rule.covers(u"lab"_s, u"node_down"_s, u"node3"_s, at));
        QVERIFY(silenceOf(QString(), {}, kT0 - 1000, kT0 + 1000).covers(u"lab"_s, u"anything"_s, u"node9"_s, at));
    }

    void slotSubjectsBelongToTheNodeAfterTheAt()
    {
        // slot@node: the slot lives on the node after the @, which is what a node silence is about.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC);
        QVERIFY(silenceOf(u"node1"_s, {}, kT0 - 1, kT0 + 1).covers(u"lab"_s, u"slot_retained_bytes"_s, u"node3@node1"_s, at));
    }

    void aSilencedAlertFiresButIsNotToldUntilItsSilenceEnds()
    {
        AlertEngine engine(u"lab"_s, {{AlertRuleKind::NodeDown, true, 0, 0}});
        engine.setSilences({silenceOf(u"node3"_s, {u"node_down"_s}, kT0 - 1000, kT0 + 10'000)});
        QCOMPARE(keys(engine.evaluate(node3Down(kT0))), QStringList{u"node_down:node3:firing"_s});
        QVERIFY(engine.firing().first().isSilenced());
        QCOMPARE(engine.firing().first().silence.reason, u"kernel upgrade"_s);
        QVERIFY(engine.takeNotifications().isEmpty());
        QVERIFY(engine.evaluate(node3Down(kT0 + 5000)).isEmpty());
        QVERIFY(engine.takeNotifications().isEmpty());
        // The silence is over and node3 is still down: now people hear of it, once.
        engine.evaluate(node3Down(kT0 + 11'000));
        QVERIFY(!engine.firing().first().isSilenced());
        QCOMPARE(keys(engine.takeNotifications()), QStringList{u"node_down:node3:firing"_s});
        engine.evaluate(node3Down(kT0 + 12'000));
        QVERIFY(engine.takeNotifications().isEmpty());
        engine.evaluate(healthy(kT0 + 13'000));
        QCOMPARE(keys(engine.takeNotifications()), QStringList{u"node_down:node3:resolved"_s});
    }

    void anAlertThatOnlyFiredSilencedResolvesQuietly()
    {
        AlertEngine engine(u"lab"_s, {{AlertRuleKind::NodeDown, true, 0, 0}});
        engine.setSilences({silenceOf(QString(), {}, kT0 - 1000, kT0 + 60'000)});
        engine.evaluate(node3Down(kT0));
        QCOMPARE(keys(engine.evaluate(healthy(kT0 + 2000))), QStringList{u"node_down:node3:resolved"_s});
        QVERIFY(engine.takeNotifications().isEmpty());
        QCOMPARE(engine.alerts().size(), 1); // still listed as resolved, with its times
        QVERIFY(engine.alerts().first().resolvedAt.isValid());
    }

    void anEngineWaitingForSilencesTellsNothingBeforeThem()
    {
        AlertEngine engine(u"lab"_s, {{AlertRuleKind::NodeDown, true, 0, 0}});
        engine.awaitSilences();
        engine.evaluate(node3Down(kT0));
        QVERIFY(engine.takeNotifications().isEmpty());
        engine.setSilences({silenceOf(u"node3"_s, {}, kT0 - 1000, kT0 + 60'000)});
        engine.evaluate(node3Down(kT0 + 1000));
        QVERIFY(engine.takeNotifications().isEmpty()); // the store said: silenced
        engine.setSilences({});
        engine.evaluate(node3Down(kT0 + 2000));
        QCOMPARE(keys(engine.takeNotifications()), QStringList{u"node_down:node3:firing"_s});
    }

    void theSilenceStoreIsSharedOwnerOnlyAndDropsEndedSilences()
    {
        IsolatedEnvironment environment;
        SilenceStore store;
        QString error;
        Silence silence;
        silence.cluster = u"lab"_s;
        silence.node = u"node2"_s;
        silence.until = QDateTime::currentDateTimeUtc().addSecs(3600);
        silence.reason = u"maintenance"_s;
        const auto stored = store.add(silence, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->id.size(), 8);
        QVERIFY(!stored->author.isEmpty());
        QCOMPARE(QFileInfo(store.filePath()).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const QList<Silence> current = SilenceStore().current(QDateTime::currentDateTimeUtc());
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().reason, u"maintenance"_s);
        QCOMPARE(current.first().node, u"node2"_s);
        QVERIFY(store.setUntil(stored->id, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(store.current(QDateTime::currentDateTimeUtc()).isEmpty());
        QVERIFY(!store.setUntil(u"deadbeef"_s, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(error.contains(u"deadbeef"_s));

        Silence backwards = silence;
        backwards.until = QDateTime::currentDateTimeUtc().addSecs(-5);
        QVERIFY(!store.add(backwards, &error));

        QFile broken(store.filePath());
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{ not json");
        broken.close();
        error.clear();
        QVERIFY(store.current(QDateTime::currentDateTimeUtc(), &error).isEmpty());
        QVERIFY2(error.contains(u"not valid JSON"_s), qPrintable(error));
        // A damaged file is never overwritten: whoever looks at it next may want what was in it.
        QVERIFY(!store.add(silence, &error));
    }

    void durationsReadAsPeopleWriteThem()
    {
        QCOMPARE(parseDuration(u"90s"), std::optional<qint64>(90));
        QCOMPARE(parseDuration(u"15m"), std::optional<qint64>(900));
        QCOMPARE(parseDuration(u"2h"), std::optional<qint64>(7200));
        QCOMPARE(parseDuration(u"1d"), std::optional<qint64>(86400));
        QCOMPARE(parseDuration(u"30"), std::optional<qint64>(1800));
        QVERIFY(!parseDuration(u""));
        QVERIFY(!parseDuration(u"-5m"));
        QVERIFY(!parseDuration(u"soon"));
        QVERIFY(!parseDuration(u"9999999d"));
    }

    void aPlannedActionSilencesWhatItCausesAndEndsWithAGrace()
    {
        IsolatedEnvironment environment;
        QString error;
        {
            PlannedSilence planned(u"lab"_s, u"switchover"_s, u"Switchover of lab to node2"_s, &error);
            QVERIFY2(planned.isActive(), qPrintable(error));
            const QList<Silence> during = SilenceStore().current(QDateTime::currentDateTimeUtc());
            QCOMPARE(during.size(), 1);
            QVERIFY(during.first().byAction);
            QVERIFY(during.first().rules.contains(u"node_down"_s));
            QVERIFY(during.first().rules.contains(u"no_primary"_s));
            QVERIFY(!during.first().rules.contains(u"archiving_failing"_s)); // a switchover does not cause that
            QVERIFY(during.first().reason.contains(u"Switchover of lab to node2"_s));
        }
        const QList<Silence> after = SilenceStore().current(QDateTime::currentDateTimeUtc());
        QCOMPARE(after.size(), 1);
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(after.first().until);
        QVERIFY2(left > 20 && left <= 30, qPrintable(QString::number(left)));
        // A backup stops nothing: it silences nothing.
        PlannedSilence backup(u"lab"_s, u"backup"_s, u"Backup of lab"_s, &error);
        QVERIFY(!backup.isActive());
    }

    void aCommandGetsTheAlertOnStdin()
    {
        IsolatedEnvironment environment;
        QTemporaryDir out;
        const QString file = out.filePath(u"alerts.jsonl"_s);
        // The alert's text never reaches the command line: only stdin.
        AlertRouter router;
        router.setRoutes({commandRoute(u"cat >> %1; echo >> %1"_s.arg(shellQuoted(file)))});
        QSignalSpy delivered(&router, &AlertRouter::delivered);
        Alert alert = firingNodeDown();
        alert.message = u"node3: $(touch %1) `id` ; rm -rf /"_s.arg(out.filePath(u"pwned"_s));
        Alert resolved = alert;
        resolved.state = Alert::State::Resolved;
        resolved.resolvedAt = alert.firedAt.addSecs(5);
        router.route({alert, resolved});
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
        QVERIFY(!QFile::exists(out.filePath(u"pwned"_s)));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        // In the order they happened, in Alertmanager's shape.
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(first.value("status"_L1).toString(), u"firing"_s);
        QCOMPARE(second.value("status"_L1).toString(), u"resolved"_s);
        QCOMPARE(first.value("alerts"_L1).toArray().first().toObject().value("annotations"_L1).toObject().value("summary"_L1).toString(),
                 alert.message);
        const auto record = delivered.first().first().value<DeliveryRecord>();
        QVERIFY(record.ok());
        QCOMPARE(record.attempts.size(), 1);
        QCOMPARE(record.attempts.first().detail, u"exit 0"_s);
        // Logged, owner-only.
        const QList<DeliveryRecord> logged = DeliveryLog().newest(10);
        QCOMPARE(logged.size(), 2);
        QCOMPARE(logged.first().state, u"resolved"_s);
        QCOMPARE(logged.last().rule, u"node_down"_s);
        QCOMPARE(QFileInfo(DeliveryLog().filePath()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void aFailingCommandIsTriedAgainAndSaysWhy()
    {
        IsolatedEnvironment environment;
        QTemporaryDir out;
        const QString counter = out.filePath(u"tries"_s);
        // Fails twice, then reads its input and succeeds.
        AlertRoute route = commandRoute(u"echo x >> %1; [ $(wc -l < %1) -ge 3 ] || { echo 'queue full' >&2; exit 75; }; cat > /dev/null"_s.arg(
            shellQuoted(counter)));
        QElapsedTimer timer;
        timer.start();
        const DeliveryRecord record = deliverWithRetries(route, firingNodeDown(), nullptr, 50);
        QVERIFY(record.ok());
        QCOMPARE(record.attempts.size(), 3);
        QCOMPARE(record.attempts[0].detail, u"exit 75: queue full"_s);
        QVERIFY(!record.attempts[0].ok);
        QVERIFY(timer.elapsed() >= 50 + 200); // 50 ms, then 4 x 50 ms between tries

        // A command that does not exist: trying again cannot help.
        const DeliveryRecord missing = deliverWithRetries(commandRoute(u"/nonexistent/notifier"_s), firingNodeDown(), nullptr, 50);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.attempts.size(), 1);
        QVERIFY(missing.attempts.first().detail.startsWith(u"exit 127"_s));

        // One that hangs is killed at its timeout.
        AlertRoute hang = commandRoute(u"sleep 30"_s);
        hang.timeoutMs = 300;
        hang.retries = 0;
        timer.restart();
        const DeliveryRecord hung = deliverWithRetries(hang, firingNodeDown(), nullptr, 50);
        QVERIFY(!hung.ok());
        QVERIFY(hung.attempts.first().detail.contains(u"timed out"_s));
        QVERIFY(timer.elapsed() < 5000);
    }

    void aWebhookGetsTheBodyAndIsRetriedOnServerErrors()
    {
        IsolatedEnvironment environment;
        WebhookReceiver receiver(2, 503);
        QVERIFY(receiver.isRunning());
        const DeliveryRecord record = deliverWithRetries(webhookRoute(receiver.url()), firingNodeDown(), nullptr, 50);
        QVERIFY2(record.ok(), qPrintable(record.attempts.isEmpty() ? QString() : record.attempts.last().detail));
        QCOMPARE(record.attempts.size(), 3);
        QVERIFY2(record.attempts[0].detail.startsWith(u"HTTP 503"_s), qPrintable(record.attempts[0].detail));
        QVERIFY(record.attempts[2].detail.startsWith(u"HTTP 200"_s));
        const QList<QJsonObject> bodies = receiver.bodies();
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.last().value("alerts"_L1).toArray().first().toObject().value("labels"_L1).toObject().value("alertname"_L1).toString(),
                 u"node_down"_s);
        const QString headers = receiver.headers(1);
        QVERIFY2(headers.startsWith(u"POST /hook"_s), qPrintable(headers));
        QVERIFY(headers.contains(u"Content-Type: application/json"_s, Qt::CaseInsensitive));
        QVERIFY(headers.contains(u"PostgresVerse/"_s));
    }

    void aPlainWebhookGetsTheAlertsJsonShape()
    {
        IsolatedEnvironment environment;
        WebhookReceiver receiver;
        QVERIFY(receiver.isRunning());
        AlertRoute route = webhookRoute(receiver.url(u"/plain?token=abc"_s));
        route.format = AlertRoute::Format::Plain;
        QCOMPARE(route.displayTarget(), receiver.url(u"/plain?…"_s)); // the token is never shown nor logged
        const DeliveryRecord record = deliverWithRetries(route, firingNodeDown(), nullptr, 50);
        QVERIFY(record.ok());
        QVERIFY(!record.toJson().value("target"_L1).toString().contains(u"abc"_s));
        const QJsonObject body = receiver.bodies().value(0);
        QCOMPARE(body.value("route"_L1).toString(), u"hook"_s);
        const QJsonObject alert = body.value("alerts"_L1).toArray().first().toObject();
        QCOMPARE(alert.value("rule"_L1).toString(), u"node_down"_s);
        QCOMPARE(alert.value("node"_L1).toString(), u"node3"_s);
        QCOMPARE(alert.value("state"_L1).toString(), u"firing"_s);
        QVERIFY(alert.value("silenced"_L1).isNull());
    }

    void aClientErrorIsNotRetriedAndAHungReceiverTimesOut()
    {
        IsolatedEnvironment environment;
        WebhookReceiver refusing(100, 400);
        QVERIFY(refusing.isRunning());
        const DeliveryRecord refused = deliverWithRetries(webhookRoute(refusing.url()), firingNodeDown(), nullptr, 50);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.attempts.size(), 1);
        QVERIFY(refused.attempts.first().detail.startsWith(u"HTTP 400"_s));

        WebhookReceiver hung(0, 503, 5000);
        QVERIFY(hung.isRunning());
        AlertRoute route = webhookRoute(hung.url());
        route.timeoutMs = 300;
        route.retries = 1;
        QElapsedTimer timer;
        timer.start();
        const DeliveryRecord slow = deliverWithRetries(route, firingNodeDown(), nullptr, 50);
        QVERIFY(!slow.ok());
        QCOMPARE(slow.attempts.size(), 2);
        QVERIFY2(slow.attempts.first().detail.contains(u"timed out"_s), qPrintable(slow.attempts.first().detail));
        QVERIFY(timer.elapsed() < 4000);

        // Nobody listens: connection refused, said so.
        AlertRoute closed = webhookRoute(u"http://127.0.0.1:9/hook"_s);
        closed.retries = 0;
        const DeliveryRecord nobody = deliverWithRetries(closed, firingNodeDown(), nullptr, 50);
        QVERIFY(!nobody.ok());
        QVERIFY2(nobody.attempts.first().detail.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(nobody.attempts.first().detail));
    }

    void routesPickTheirAlertsAndOneSlowRouteHoldsUpNoOther()
    {
        IsolatedEnvironment environment;
        WebhookReceiver slow(0, 503, 1500);
        WebhookReceiver quick;
        QVERIFY(slow.isRunning() && quick.isRunning());
        AlertRoute slowRoute = webhookRoute(slow.url());
        slowRoute.name = u"slow"_s;
        AlertRoute quickRoute = webhookRoute(quick.url());
        quickRoute.name = u"quick"_s;
        AlertRoute criticalOnly = webhookRoute(quick.url(u"/critical"_s));
        criticalOnly.name = u"critical"_s;
        criticalOnly.minimumSeverity = ProblemSeverity::Critical;
        AlertRoute otherRule = webhookRoute(quick.url(u"/lag"_s));
        otherRule.name = u"lag"_s;
        otherRule.rules = {u"replay_lag_bytes"_s};
        AlertRouter router;
        router.setRoutes({slowRoute, quickRoute, criticalOnly, otherRule});
        QSignalSpy delivered(&router, &AlertRouter::delivered);
        QElapsedTimer timer;
        timer.start();
        router.route({firingNodeDown()});
        QVERIFY(quick.waitForBodies(1, 5000));
        QVERIFY2(timer.elapsed() < 1200, qPrintable(QString::number(timer.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
        QCOMPARE(quick.bodies().size(), 1); // not to /critical (node_down is an error), not to /lag
        QCOMPARE(slow.bodies().size(), 1);
        QVERIFY(quick.headers(1).startsWith(u"POST /hook"_s));
    }

    void aRouterCancelsItsRetriesWhenItGoes()
    {
        IsolatedEnvironment environment;
        QElapsedTimer timer;
        {
            AlertRoute route = webhookRoute(u"http://127.0.0.1:9/hook"_s);
            route.retries = 10;
            AlertRouter router; // 1 s, 4 s, 16 s… between tries: minutes, unless cancelled
            router.setRoutes({route});
            router.route({firingNodeDown()});
            QTest::qWait(200);
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void theWatcherSeesSilencesOtherProcessesSet()
    {
        IsolatedEnvironment environment;
        SilenceWatcher watcher(nullptr, 100);
        QSignalSpy changed(&watcher, &SilenceWatcher::silencesChanged);
        watcher.start();
        QTRY_COMPARE(changed.size(), 1); // the first read, empty
        QVERIFY(watcher.silences().isEmpty());
        Silence silence;
        silence.cluster = u"lab"_s;
        silence.until = QDateTime::currentDateTimeUtc().addSecs(60);
        silence.reason = u"set elsewhere"_s;
        QString error;
        const auto stored = SilenceStore().add(silence, &error); // as pgversectl would, behind the watcher's back
        QVERIFY(stored);
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(watcher.silences().first().reason, u"set elsewhere"_s);
        QString endError = u"unset"_s;
        watcher.end(stored->id, [&endError](const QString &e) { endError = e; });
        QTRY_VERIFY(endError.isEmpty());
        QTRY_VERIFY(watcher.silences().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertRouting)
#include "tst_alertrouting.moc"
