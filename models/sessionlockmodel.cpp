// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlockmodel.h"

#include "core/units.h"
#include "statecolors.h"

namespace pgv {

SessionLockModel::SessionLockModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SessionLockModel::setLocks(const SessionLocks &locks)
{
    beginResetModel();
    m_locks = locks;
    endResetModel();
}

void SessionLockModel::clear()
{
    setLocks({});
}

int SessionLockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_locks.locks.size());
}

int SessionLockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionLockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SessionLock &lock = m_locks.locks.at(index.row());
    if (role == Qt::ForegroundRole)
        return lock.granted ? QVariant() : QVariant(statecolors::bad());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LockColumn: {
        // describe() reads "Mode on object": the mode has its own column here.
        const QString described = lock.lock.describe();
        const QString prefix = lock.lock.mode + QStringLiteral(" on ");
        return described.startsWith(prefix) ? described.mid(prefix.size()) : described;
    }
    case ModeColumn: return lock.lock.mode;
    case GrantedColumn: return lock.granted ? tr("held") : tr("waiting");
    case WaitingColumn: return lock.lock.waitingSeconds ? formatSeconds(*lock.lock.waitingSeconds) : QString();
    }
    return {};
}

QVariant SessionLockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LockColumn: return tr("Lock on");
    case ModeColumn: return tr("Mode");
    case GrantedColumn: return tr("Granted");
    case WaitingColumn: return tr("Waiting");
    }
    return {};
}

} // namespace pgv
