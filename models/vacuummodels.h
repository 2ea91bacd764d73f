// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/vacuumhealth.h"

#include <QAbstractTableModel>

namespace pgv {

/// What holds the xmin horizon back on every node read, oldest first per node; the holder that sets each node's
/// horizon is bold, the cluster's oldest is marked.
class HorizonModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NodeColumn, KindColumn, HolderColumn, XminColumn, AgeXidsColumn, AgeTimeColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, NodeRole, PidRole };

    explicit HorizonModel(QObject *parent = nullptr);

    void setVacuum(const QList<NodeVacuum> &nodes);
    /// "Oldest xmin of the cluster: … held by …", or why nothing holds it.
    QString clusterSummary() const { return m_summary; }
    QString toText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString node;
        HorizonHolder holder;
        bool nodeOldest = false;
        bool clusterOldest = false;
    };
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
    QString m_summary;
};

/// The tables VACUUM should look at on every node read: most dead tuples first, with live tuples, the dead tuples
/// at which autovacuum takes the table, the last (auto)vacuum and (auto)analyze with their counts, and the
/// transaction-ID age of the table.
class VacuumTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NodeColumn, DatabaseColumn, TableColumn, DeadColumn, LiveColumn, ThresholdColumn, LastAutovacuumColumn,
                  LastVacuumColumn, AutovacuumCountColumn, LastAnalyzeColumn, XidAgeColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1 };

    explicit VacuumTableModel(QObject *parent = nullptr);

    void setVacuum(const QList<NodeVacuum> &nodes);
    QString toText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString node;
        TableVacuum table;
        qint64 freezeMaxAge = 0;
    };
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace pgv
