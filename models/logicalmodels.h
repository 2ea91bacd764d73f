// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logical/logicalestate.h"

#include <QAbstractTableModel>

namespace pgv {

/// The estate's subscriptions, one row each: where it is, whom it streams from, its state, lag, tables and errors.
class LogicalSubscriptionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What on-call reads first comes first: the state and the lag stay in view on a small screen.
    enum Column { NameColumn, StateColumn, LagBytesColumn, LagSecondsColumn, TablesColumn, PublisherColumn, OnColumn, PublicationsColumn,
                  ErrorsColumn, WorkerColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, StateRole, ClusterRole, NodeRole, DatabaseRole, EnabledRole };

    explicit LogicalSubscriptionModel(QObject *parent = nullptr);

    /// Keeps rows in place when the same subscriptions come again (a refresh every few seconds must not reset the
    /// selection); resets only when the set of subscriptions changed.
    void setSubscriptions(const QList<LogicalSubscription> &subscriptions);
    const LogicalSubscription *subscription(int row) const;
    /// The row of the subscription \a name on \a node of \a cluster, -1 when there is none.
    int rowOf(const QString &cluster, const QString &node, const QString &name) const;
    /// "3 of 3 ready", "1 syncing"…
    static QString tablesText(const LogicalSubscription &subscription);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const LogicalSubscription &subscription, int column) const;

    QList<LogicalSubscription> m_rows;
};

/// One subscription's tables and how far each has synchronised (pg_subscription_rel).
class SubscriptionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TableColumn, StateColumn, ColumnCount };

    explicit SubscriptionTableModel(QObject *parent = nullptr);

    /// The tables of \a subscription; none (with why in emptyReason()) when they could not be read.
    void setSubscription(const LogicalSubscription *subscription);
    QString emptyReason() const { return m_emptyReason; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SubscriptionTable> m_tables;
    QString m_emptyReason;
};

/// The logical slots on every node of the estate, with what their consumers have confirmed and the WAL they keep.
class LogicalSlotModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OnColumn, DatabaseColumn, PluginColumn, ActiveColumn, ConfirmedColumn, LagColumn, RetainedColumn,
                  WalStatusColumn, SafeWalColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1 };

    explicit LogicalSlotModel(QObject *parent = nullptr);
    void setSlots(const QList<LogicalSlot> &logicalSlots);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const LogicalSlot &slot, int column) const;

    QList<LogicalSlot> m_rows;
};

/// The publications of the databases read, with their tables.
class PublicationModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OnColumn, DatabaseColumn, TablesColumn, ColumnCount };

    explicit PublicationModel(QObject *parent = nullptr);
    void setPublications(const QList<PublicationInfo> &publications);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PublicationInfo> m_rows;
};

/// The logical problems, worst first, each with its fix in plain words; and what could not be read.
class LogicalProblemModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, SubjectColumn, KindColumn, MessageColumn, ColumnCount };

    explicit LogicalProblemModel(QObject *parent = nullptr);
    void setEstate(const QList<LogicalProblem> &problems, const QStringList &errors);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LogicalProblem> m_rows; // the errors as problems of kind "not_read"
};

} // namespace pgv
