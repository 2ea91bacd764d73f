// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionwizard.h"

#include <QObject>

namespace pgv {

class ClusterSession;
class LagRecorder;

/// Starts actions on the open cluster through their wizard, and marks them on the lag chart. Knows which driver
/// applies: a lab's own driver for labs; other clusters get a reason why no action is available.
class ActionLauncher : public QObject
{
    Q_OBJECT
public:
    ActionLauncher(ClusterSession *session, LagRecorder *recorder, QWidget *window);

    /// Whether actions can run on the open cluster; otherwise \a why says what stands in the way.
    bool available(QString *why = nullptr) const;
    void launch(ActionKind kind, const QString &node = {});

Q_SIGNALS:
    void actionFinished();

private:
    ClusterSession *m_session;
    LagRecorder *m_recorder;
    QWidget *m_window;
};

} // namespace pgv
