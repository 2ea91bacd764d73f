// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertengine.h"

#include <QAbstractTableModel>

namespace pgv {

/// Alerts of the open cluster: firing ones first (newest first), then recently resolved ones.
class AlertListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ClusterColumn, SubjectColumn, RuleColumn, StateColumn, MessageColumn, ColumnCount };
    enum Roles { SubjectRole = Qt::UserRole + 1, RuleKindRole, FiringRole, AcknowledgedRole, ClusterRole, SilenceIdRole };

    explicit AlertListModel(QObject *parent = nullptr);

    void setAlerts(const QList<Alert> &alerts);
    const QList<Alert> &alerts() const { return m_alerts; }
    int firingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_alerts;
};

} // namespace pgv
