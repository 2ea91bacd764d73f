// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcatalogmodel.h"
#include "statecolors.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pgv {

BackupCatalogModel::BackupCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BackupCatalogModel::setBackups(QList<BackupRecord> oldestFirst)
{
    beginResetModel();
    m_backups = std::move(oldestFirst);
    std::reverse(m_backups.begin(), m_backups.end());
    endResetModel();
}

int BackupCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupRecord &backup = m_backups.at(index.row());
    const QLocale locale;
    const qint64 seconds = backup.started.isValid() && backup.stopped.isValid() ? backup.started.secsTo(backup.stopped) : -1;
    if (role == SortRole) {
        switch (index.column()) {
        case StartedColumn: return backup.started;
        case DurationColumn: return seconds;
        case SizeColumn: return backup.sizeBytes;
        case StoredColumn: return backup.storedBytes;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == VerifiedColumn && backup.verified && !*backup.verified)
        return statecolors::bad();
    if (role == Qt::TextAlignmentRole && (index.column() == SizeColumn || index.column() == StoredColumn || index.column() == DurationColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LabelColumn)
        return backup.location.isEmpty() ? tr("In the pgBackRest repository") : backup.location;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LabelColumn: return backup.label;
    case ToolColumn: return backup.tool == u"pgbackrest" ? u"pgBackRest"_s : u"pg_basebackup"_s;
    case TypeColumn: return backup.type;
    case StartedColumn: return backup.started.isValid() ? locale.toString(backup.started.toLocalTime(), QLocale::ShortFormat) : QString();
    case DurationColumn: return seconds >= 0 ? tr("%1 s").arg(seconds) : QString();
    case SizeColumn: return locale.formattedDataSize(backup.sizeBytes);
    case StoredColumn: return locale.formattedDataSize(backup.storedBytes);
    case LsnColumn: return backup.lsnStart.isEmpty() ? QString() : backup.lsnStart + u" – "_s + backup.lsnStop;
    case WalColumn: return backup.walStart.isEmpty() ? QString() : backup.walStart + u" – "_s + backup.walStop;
    case VerifiedColumn:
        if (backup.error)
            return tr("checksum errors");
        return backup.verified ? (*backup.verified ? tr("verified") : tr("FAILED")) : tr("not yet");
    }
    return {};
}

QVariant BackupCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Backup");
    case ToolColumn: return tr("Tool");
    case TypeColumn: return tr("Type");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Took");
    case SizeColumn: return tr("Size");
    case StoredColumn: return tr("Stored");
    case LsnColumn: return tr("LSN range");
    case WalColumn: return tr("WAL range");
    case VerifiedColumn: return tr("Verified");
    }
    return {};
}

QString BackupCatalogModel::toText() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << index(row, column).data().toString();
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace pgv
