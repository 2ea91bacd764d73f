// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionlocks.h"

#include <QAbstractTableModel>

namespace pgv {

/// The locks of the selected session: what each is on, its mode, granted or waited for (and for how long).
class SessionLockModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModeColumn, LockColumn, GrantedColumn, WaitingColumn, ColumnCount };

    explicit SessionLockModel(QObject *parent = nullptr);

    void setLocks(const SessionLocks &locks);
    void clear();
    const SessionLocks &locks() const { return m_locks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SessionLocks m_locks;
};

} // namespace pgv
