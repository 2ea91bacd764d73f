// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupcatalog.h"

#include <QAbstractTableModel>

namespace pgv {

/// The lab's backups, newest first: label, tool, type, when, sizes, LSN and WAL ranges, verification.
class BackupCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, ToolColumn, TypeColumn, StartedColumn, DurationColumn, SizeColumn, StoredColumn, LsnColumn, WalColumn,
                  VerifiedColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1 };

    explicit BackupCatalogModel(QObject *parent = nullptr);

    void setBackups(QList<BackupRecord> oldestFirst);
    const BackupRecord &backup(int row) const { return m_backups.at(row); }
    /// Tab-separated, with a header line: for the clipboard or a spreadsheet.
    QString toText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BackupRecord> m_backups; ///< newest first
};

} // namespace pgv
