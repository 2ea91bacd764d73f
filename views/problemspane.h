// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace pgv {

class ProblemListModel;

/// The cluster's problems, worst first; activating one selects its node, and activating an interrupted action
/// asks for the recovery.
class ProblemsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPane(QWidget *parent = nullptr);

    void setModel(ProblemListModel *model);
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void nodeActivated(const QString &node);
    void recoverRequested();
    /// A no-primary problem was activated (double-click, Enter): the failover wizard, checks and plan first.
    void failoverRequested();

private:
    QTableView *m_view = nullptr;
};

} // namespace pgv
