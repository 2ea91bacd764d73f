// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labactionsupport.h"

#include <optional>

namespace pgv {

/// One operation on one server of a lab, from a node card's menu or `pgversectl node`: pause or resume WAL replay
/// on a standby, reload the configuration, restart, stop or start. Small, but audited, checked and refused by
/// read-only profiles like every other action: a stop at 3 a.m. is as much part of the story as a switchover.
class LabNodeOperation final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::LabNodeOperation)
public:
    enum class Kind { PauseReplay, ResumeReplay, Reload, Restart, Stop, Start };
    /// "pause-replay", "resume-replay", "reload", "restart", "stop", "start": the action's name and the CLI's word.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QList<Kind> allKinds();

    LabNodeOperation(Lab lab, Kind kind, QString node, int timeoutMs = 60000);

    QString name() const override { return kindName(m_kind); }
    QString title() const override;
    QVariantMap parameters() const override;
    /// A stop or restart ends the node's sessions and, on a primary, every write: typed confirmation.
    bool isDestructive() const override { return m_kind == Kind::Stop || m_kind == Kind::Restart; }
    LockScope lockScope() const override { return labLockScope(m_lab.manifest().name, m_lab.manifest().dir); }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

private:
    /// pg_get_wal_replay_pause_state() on the node: "paused", "pause requested", "not paused"; empty on error.
    QString replayPauseState(QString *error) const;

    Lab m_lab;
    Kind m_kind;
    QString m_node;
    int m_timeoutMs;
    bool m_isStandby = false;
    QString m_state; // the node's state at the checks
};

} // namespace pgv
