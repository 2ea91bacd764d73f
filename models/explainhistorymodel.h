// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/explainhistory.h"

#include <QAbstractTableModel>

namespace pgv {

/// Past EXPLAIN runs, newest first: when, where, how it ended, how long, and the statement's first line.
class ExplainHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, NodeColumn, StatusColumn, DurationColumn, StatementColumn, ColumnCount };

    explicit ExplainHistoryModel(QObject *parent = nullptr);

    void setEntries(QList<ExplainHistoryEntry> entries);
    void prepend(const ExplainHistoryEntry &entry);
    const ExplainHistoryEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExplainHistoryEntry> m_entries;
};

} // namespace pgv
