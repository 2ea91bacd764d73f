// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action.h"
#include "actions/actionlock.h"
#include "profiles/profile.h"

#include <QCoreApplication>

#include <optional>

namespace pgv {

class PgSession;

/// ALTER SUBSCRIPTION … ENABLE, DISABLE or REFRESH PUBLICATION on the subscriber, as an audited action: the checks
/// read the subscription in its own database on its node and refuse what cannot work or would do nothing (a
/// subscription that is not there, a node in recovery, enabling what is enabled, refreshing a disabled
/// subscription); the run waits, bounded, until the apply worker has started or stopped, or reads the tables' states
/// after a refresh. It holds the publishing cluster's lock when the publisher is known: a switchover of that cluster
/// re-points the same subscription, and the two must never interleave.
class SubscriptionChange final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::SubscriptionChange)
public:
    enum class Kind { Enable, Disable, RefreshPublication };

    /// Holds the action lock of \a lockOwner (see subscriptionLockOwner), reached with \a lockPassword.
    SubscriptionChange(Kind kind, NodeEndpoint subscriber, QString database, QString subscription, Profile lockOwner, QString lockPassword);

    /// "enable-subscription", "disable-subscription", "refresh-publication": stable, in the audit log.
    QString name() const override;
    QString title() const override;
    QVariantMap parameters() const override;
    /// None of them removes anything: disabling stops the flow (the publisher keeps the changes in its slot's WAL),
    /// a refresh copies tables added to the publications and stops replicating those taken out.
    bool isDestructive() const override { return false; }
    /// Worked out when asked, on the runner's thread: a profile's lock lives in the data folder, which may be made then.
    LockScope lockScope() const override { return profileLockScope(m_lockOwner, m_lockPassword); }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    /// The statement the action runs, with the subscription's name quoted (shown in the plan and run as shown).
    static QString statement(Kind kind, const QString &quotedName);
    /// How long the run waits for the apply worker to start or stop before saying it has not.
    static constexpr int WorkerWaitMs = 20'000;

private:
    struct State
    {
        bool enabled = false;
        QString slot;
        QStringList publications;
        std::optional<qint64> workerPid;
        int tables = 0;
        int tablesNotReady = 0;
        bool inRecovery = false;
    };
    bool open(PgSession &session, QString *error) const;
    /// The subscription as its node sees it now; nothing with \a error set when it cannot be read or does not exist.
    std::optional<State> read(PgSession &session, QString *error) const;

    Kind m_kind;
    NodeEndpoint m_subscriber;
    QString m_database;
    QString m_subscription;
    Profile m_lockOwner;
    QString m_lockPassword;
    QString m_quotedName;
    std::optional<State> m_before;
};

/// Whose lock a change of a subscription holds: its publishing cluster's when \a publisher is known (whose switchover
/// re-points the same subscription, and which an interrupted switchover leaves for `recover`), else the subscriber's
/// own.
inline const Profile &subscriptionLockOwner(const Profile *publisher, const Profile &subscriber)
{
    return publisher ? *publisher : subscriber;
}

} // namespace pgv
