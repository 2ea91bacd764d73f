// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionwizard.h"
#include "lab/lab.h"

#include <QObject>
#include <QSet>

#include <optional>

namespace pgv {

class BackgroundWork;
class ClusterSession;
class LagRecorder;
struct Profile;

/// Starts actions on the open cluster through their wizard, and marks them on the lag chart. Knows which driver
/// applies: a lab's own driver for labs; other clusters get a reason why no action is available.
class ActionLauncher : public QObject
{
    Q_OBJECT
public:
    ActionLauncher(ClusterSession *session, LagRecorder *recorder, QWidget *window);

    /// Whether actions can run on the open cluster; otherwise \a why says what stands in the way.
    bool available(QString *why = nullptr) const;
    /// Opens the action's wizard once the lab is read (off the GUI thread).
    void launch(ActionKind kind, const QString &node = {});

Q_SIGNALS:
    void actionFinished();

private:
    void openWizard(ActionKind kind, const QString &node, const Profile &profile, const std::optional<Lab> &lab, const QSet<QString> &fenced);

    ClusterSession *m_session;
    LagRecorder *m_recorder;
    QWidget *m_window;
    BackgroundWork *m_openWork;
};

} // namespace pgv
