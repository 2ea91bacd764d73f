// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionchange.h"

#include "core/sqladvice.h"
#include "pg/pgsession.h"

#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int ConnectTimeoutMs = 5'000;
/// ALTER SUBSCRIPTION waits for the subscription's lock; a worker or a second console holding it must not hang us.
constexpr int StatementTimeoutMs = 10'000;
constexpr int PollMs = 250;

} // namespace

SubscriptionChange::SubscriptionChange(Kind kind, NodeEndpoint subscriber, QString database, QString subscription, Profile lockOwner,
                                       QString lockPassword)
    : m_kind(kind)
    , m_subscriber(std::move(subscriber))
    , m_database(std::move(database))
    , m_subscription(std::move(subscription))
    , m_lockOwner(std::move(lockOwner))
    , m_lockPassword(std::move(lockPassword))
    , m_quotedName(SqlAdvice::identifier(m_subscription))
{
}

QString SubscriptionChange::name() const
{
    switch (m_kind) {
    case Kind::Enable: return u"enable-subscription"_s;
    case Kind::Disable: return u"disable-subscription"_s;
    case Kind::RefreshPublication: return u"refresh-publication"_s;
    }
    return {};
}

QString SubscriptionChange::title() const
{
    switch (m_kind) {
    case Kind::Enable: return tr("Enable subscription %1 on %2").arg(m_subscription, m_subscriber.name);
    case Kind::Disable: return tr("Disable subscription %1 on %2").arg(m_subscription, m_subscriber.name);
    case Kind::RefreshPublication: return tr("Refresh the publications of %1 on %2").arg(m_subscription, m_subscriber.name);
    }
    return {};
}

QVariantMap SubscriptionChange::parameters() const
{
    return {{u"node"_s, m_subscriber.name}, {u"database"_s, m_database}, {u"subscription"_s, m_subscription}};
}

QString SubscriptionChange::statement(Kind kind, const QString &quotedName)
{
    switch (kind) {
    case Kind::Enable: return u"ALTER SUBSCRIPTION %1 ENABLE"_s.arg(quotedName);
    case Kind::Disable: return u"ALTER SUBSCRIPTION %1 DISABLE"_s.arg(quotedName);
    // copy_data = true is the default, said out loud: tables new to the publications get their rows first.
    case Kind::RefreshPublication: return u"ALTER SUBSCRIPTION %1 REFRESH PUBLICATION WITH (copy_data = true)"_s.arg(quotedName);
    }
    return {};
}

bool SubscriptionChange::open(PgSession &session, QString *error) const
{
    // Not the monitor's connection: that one is read-only by design. The same deadlines, though, and this node
    // whatever a service file prefers; named as PostgresVerse's, so that a terminate on the Sessions page spares it.
    ConnInfo info = directNodeConnInfo(m_subscriber.connInfo, u"pgverse-action"_s, ConnectTimeoutMs);
    info.appendOptions(u"-c statement_timeout=%1 -c lock_timeout=%2"_s.arg(StatementTimeoutMs).arg(StatementTimeoutMs / 2));
    info.set(u"dbname"_s, m_database);
    PgError pgError;
    if (session.open(info, m_subscriber.password, QDeadlineTimer(ConnectTimeoutMs), &pgError))
        return true;
    *error = tr("Could not connect to database %1 on %2: %3").arg(m_database, m_subscriber.name, pgError.message);
    return false;
}

std::optional<SubscriptionChange::State> SubscriptionChange::read(PgSession &session, QString *error) const
{
    // The subscription of this database only: pg_subscription is shared, and a name may repeat in another database.
    const QString sql = uR"(SELECT s.subenabled, s.subslotname, array_to_string(s.subpublications, ','),
       (SELECT w.pid FROM pg_stat_subscription w WHERE w.subid = s.oid AND w.relid IS NULL ORDER BY w.pid LIMIT 1),
       (SELECT count(*) FROM pg_subscription_rel r WHERE r.srsubid = s.oid),
       (SELECT count(*) FROM pg_subscription_rel r WHERE r.srsubid = s.oid AND r.srsubstate <> 'r'),
       pg_is_in_recovery()
FROM pg_subscription s
WHERE s.subname = %1 AND s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database()))"_s
                            .arg(session.quoteLiteral(m_subscription));
    PgError pgError;
    const auto rows = session.exec(sql, QDeadlineTimer(StatementTimeoutMs), &pgError);
    if (!rows) {
        *error = tr("Could not read subscription %1 on %2: %3").arg(m_subscription, m_subscriber.name, pgError.message);
        return std::nullopt;
    }
    if (rows->rows.isEmpty()) {
        *error = tr("Database %1 on %2 has no subscription %3: it was dropped or renamed, or lives in another database.")
                     .arg(m_database, m_subscriber.name, m_subscription);
        return std::nullopt;
    }
    const QList<std::optional<QString>> &row = rows->rows.first();
    State state;
    state.enabled = row.value(0).value_or(QString()) == u"t";
    state.slot = row.value(1).value_or(QString());
    state.publications = row.value(2).value_or(QString()).split(u',', Qt::SkipEmptyParts);
    if (const std::optional<QString> pid = row.value(3))
        state.workerPid = pid->toLongLong();
    state.tables = row.value(4).value_or(u"0"_s).toInt();
    state.tablesNotReady = row.value(5).value_or(u"0"_s).toInt();
    state.inRecovery = row.value(6).value_or(QString()) == u"t";
    return state;
}

QList<ActionCheck> SubscriptionChange::preflight()
{
    m_before.reset();
    const QString readCheck = tr("Subscription %1 read").arg(m_subscription);
    PgSession session;
    QString error;
    if (!open(session, &error))
        return {ActionCheck{readCheck, CheckStatus::Fail, error}};
    m_quotedName = session.quoteIdentifier(m_subscription); // as the server's libpq quotes it, whatever the name holds
    m_before = read(session, &error);
    if (!m_before)
        return {ActionCheck{readCheck, CheckStatus::Fail, error}};
    const State &state = *m_before;
    QList<ActionCheck> checks;
    checks << ActionCheck{readCheck, CheckStatus::Pass,
                          tr("%1 in %2 on %3, publications %4, slot %5, apply worker %6")
                              .arg(state.enabled ? tr("enabled") : tr("disabled"), m_database, m_subscriber.name,
                                   state.publications.join(u", "_s), state.slot.isEmpty() ? tr("(none)") : state.slot,
                                   state.workerPid ? tr("pid %1").arg(*state.workerPid) : tr("not running"))};
    if (state.inRecovery) {
        checks << ActionCheck{tr("Node accepts changes"), CheckStatus::Fail,
                              tr("%1 is in recovery: a standby's subscriptions only change on its primary.").arg(m_subscriber.name)};
        return checks;
    }
    switch (m_kind) {
    case Kind::Enable:
        if (state.enabled)
            checks << ActionCheck{tr("Subscription is disabled"), CheckStatus::Fail,
                                  tr("%1 is already enabled: nothing to do. If it does not stream, its problems on the Logical replication page say why.")
                                      .arg(m_subscription)};
        else if (state.slot.isEmpty())
            checks << ActionCheck{tr("Subscription has a slot"), CheckStatus::Fail,
                                  tr("%1 has no slot (slot_name = NONE): give it one with ALTER SUBSCRIPTION %2 SET (slot_name = '…') first.")
                                      .arg(m_subscription, m_quotedName)};
        else
            checks << ActionCheck{tr("Subscription is disabled"), CheckStatus::Pass,
                                  tr("enabling starts its apply worker, which streams what slot %1 has kept since it was disabled").arg(state.slot)};
        break;
    case Kind::Disable:
        if (!state.enabled) {
            checks << ActionCheck{tr("Subscription is enabled"), CheckStatus::Fail, tr("%1 is already disabled: nothing to do.").arg(m_subscription)};
        } else {
            checks << ActionCheck{tr("Subscription is enabled"), CheckStatus::Pass, tr("disabling stops its apply worker")};
            checks << ActionCheck{tr("WAL kept for it meanwhile"), CheckStatus::Warn,
                                  tr("While %1 is disabled its slot %2 on the publisher keeps every change for it, and the WAL grows: watch "
                                     "\"WAL retained by slots\" on the lag page, and enable it again before max_slot_wal_keep_size or the disk "
                                     "runs out.").arg(m_subscription, state.slot.isEmpty() ? tr("(none)") : state.slot)};
        }
        break;
    case Kind::RefreshPublication:
        if (!state.enabled)
            checks << ActionCheck{tr("Subscription is enabled"), CheckStatus::Fail,
                                  tr("PostgreSQL refreshes only an enabled subscription: enable %1 first.").arg(m_subscription)};
        else
            checks << ActionCheck{tr("Subscription is enabled"), CheckStatus::Pass,
                                  tr("%1 table(s) subscribed now, %2 not yet ready").arg(state.tables).arg(state.tablesNotReady)};
        break;
    }
    return checks;
}

QList<ActionStep> SubscriptionChange::plan() const
{
    const QString where = tr("in database %1 on %2").arg(m_database, m_subscriber.name);
    QList<ActionStep> steps{ActionStep{statement(m_kind, m_quotedName), where, false}};
    switch (m_kind) {
    case Kind::Enable:
        steps << ActionStep{tr("Wait for the apply worker"), tr("until it runs, up to %1 s").arg(WorkerWaitMs / 1000), false};
        break;
    case Kind::Disable:
        steps << ActionStep{tr("Wait for the apply worker to stop"), tr("up to %1 s").arg(WorkerWaitMs / 1000), false};
        break;
    case Kind::RefreshPublication:
        steps << ActionStep{tr("Read the tables' states"),
                            tr("tables new to the publications are copied first (initialize, data copy…, then ready); tables taken out of "
                               "them stop being replicated, their rows stay"),
                            false};
        break;
    }
    return steps;
}

ActionOutcome SubscriptionChange::execute(ActionContext &context)
{
    PgSession session;
    QString error;
    if (!open(session, &error))
        return {ActionOutcome::Result::Failed, error, tr("Nothing was changed.")};
    if (context.cancelRequested())
        return {ActionOutcome::Result::Cancelled, tr("Cancelled before anything ran."), tr("Nothing was changed.")};
    context.startStep(0);
    const QString sql = statement(m_kind, m_quotedName);
    context.log(sql);
    PgError pgError;
    if (!session.exec(sql, QDeadlineTimer(StatementTimeoutMs), &pgError)) {
        context.finishStep(0, StepStatus::Failed, pgError.message);
        return {ActionOutcome::Result::Failed, tr("%1 failed on %2: %3").arg(sql, m_subscriber.name, pgError.message),
                pgError.kind == PgError::Kind::TimedOut
                    ? tr("It was cancelled after %1 s waiting (another session holds the subscription?): nothing was changed.").arg(StatementTimeoutMs / 1000)
                    : tr("Nothing was changed.")};
    }
    context.finishStep(0, StepStatus::Done);

    context.startStep(1);
    if (m_kind == Kind::RefreshPublication) {
        const std::optional<State> after = read(session, &error);
        if (!after) {
            context.finishStep(1, StepStatus::Failed, error);
            return {ActionOutcome::Result::Succeeded, tr("The publications of %1 were refreshed; its tables could not be read again: %2").arg(m_subscription, error), {}};
        }
        const QString note = tr("%1 table(s), %2 not yet ready").arg(after->tables).arg(after->tablesNotReady);
        context.finishStep(1, StepStatus::Done, note);
        return {ActionOutcome::Result::Succeeded, tr("The publications of %1 were refreshed: %2.").arg(m_subscription, note), {}};
    }
    // The launcher starts a worker within wal_retrieve_retry_interval; a disabled one exits at its next message.
    const bool wantRunning = m_kind == Kind::Enable;
    const QDeadlineTimer deadline(WorkerWaitMs);
    while (true) {
        const std::optional<State> now = read(session, &error);
        if (now && now->workerPid.has_value() == wantRunning) {
            const QString note = wantRunning ? tr("pid %1").arg(*now->workerPid) : tr("stopped");
            context.finishStep(1, StepStatus::Done, note);
            return {ActionOutcome::Result::Succeeded,
                    wantRunning ? tr("Subscription %1 on %2 is enabled; its apply worker runs (%3).").arg(m_subscription, m_subscriber.name, note)
                                : tr("Subscription %1 on %2 is disabled; its apply worker has stopped.").arg(m_subscription, m_subscriber.name),
                    {}};
        }
        if (deadline.hasExpired() || context.cancelRequested() || !session.isOpen()) {
            const QString why = !now ? error
                                     : (wantRunning ? tr("no apply worker after %1 s: see the subscriber's log (the publisher unreachable, the slot missing?)")
                                                    : tr("the apply worker still runs after %1 s"))
                                           .arg(WorkerWaitMs / 1000);
            context.finishStep(1, StepStatus::Failed, why);
            // The statement itself went through: the subscription is in the state asked for, its worker is not yet.
            return {ActionOutcome::Result::Failed, tr("%1 ran, but %2").arg(sql, why),
                    wantRunning ? tr("The subscription is enabled; the Logical replication page shows when its worker runs.")
                                : tr("The subscription is disabled; its worker stops at its next message.")};
        }
        QThread::msleep(PollMs);
    }
}

QList<ActionCheck> SubscriptionChange::verify()
{
    PgSession session;
    QString error;
    std::optional<State> after;
    if (open(session, &error))
        after = read(session, &error);
    if (!after)
        return {ActionCheck{tr("Subscription read again"), CheckStatus::Warn, error}};
    switch (m_kind) {
    case Kind::Enable:
        return {ActionCheck{tr("%1 enabled").arg(m_subscription), after->enabled ? CheckStatus::Pass : CheckStatus::Fail,
                            after->enabled ? tr("apply worker %1").arg(after->workerPid ? tr("pid %1").arg(*after->workerPid) : tr("not running yet"))
                                           : tr("it is disabled again (by someone else?)")}};
    case Kind::Disable:
        return {ActionCheck{tr("%1 disabled").arg(m_subscription), after->enabled ? CheckStatus::Fail : CheckStatus::Pass,
                            after->enabled ? tr("it is enabled again (by someone else?)") : tr("no changes are applied until it is enabled")}};
    case Kind::RefreshPublication:
        return {ActionCheck{tr("%1's tables").arg(m_subscription), CheckStatus::Pass,
                            tr("%1 table(s), %2 not yet ready").arg(after->tables).arg(after->tablesNotReady)}};
    }
    return {};
}

} // namespace pgv
