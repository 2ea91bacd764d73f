// SPDX-License-Identifier: GPL-3.0-or-later
#include "planhotspotmodel.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Nodes ranked: enough to find where the time went without listing every partition of a huge plan.
constexpr int ListedHotspots = 50;

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

PlanHotspotModel::PlanHotspotModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanHotspotModel::setPlan(const Plan &plan, const PlanAnalysis &analysis)
{
    beginResetModel();
    m_rows.clear();
    const auto rowFor = [&](int id) {
        const NodeAnalysis &metrics = analysis.nodes.at(id);
        Row row{0, id, u"#%1 %2"_s.arg(id).arg(plan.nodes.at(id).label()), metrics.exclusiveMs, metrics.sharePercent,
                metrics.misestimate, metrics.estimate == RowsEstimate::Under, {}};
        return row;
    };
    for (qsizetype i = 0; i < analysis.hotspots.size() && i < ListedHotspots; ++i) {
        Row row = rowFor(analysis.hotspots.at(i));
        row.rank = int(i) + 1;
        for (const PlanWarning &warning : analysis.warnings) {
            if (warning.node == row.node) {
                row.warning = warning.message;
                break;
            }
        }
        m_rows.append(row);
    }
    for (const PlanWarning &warning : analysis.warnings) {
        const bool listed = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &row) { return row.node == warning.node && row.warning == warning.message; });
        if (listed || warning.node < 0 || warning.node >= plan.nodes.size())
            continue;
        Row row = rowFor(warning.node);
        row.warning = warning.message;
        m_rows.append(row);
    }
    endResetModel();
}

void PlanHotspotModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int PlanHotspotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanHotspotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanHotspotModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case RankColumn: return row.rank == 0 ? QVariant(std::numeric_limits<int>::max()) : QVariant(row.rank);
    case NodeColumn: return row.node;
    case OwnTimeColumn: return optional(row.ownMs);
    case ShareColumn: return optional(row.share);
    case EstimateColumn: return optional(row.misestimate);
    case WarningColumn: return row.warning;
    }
    return {};
}

QVariant PlanHotspotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return row.rank == 0 ? QString() : QString::number(row.rank);
        case NodeColumn: return row.label;
        case OwnTimeColumn: return row.ownMs ? QString::number(*row.ownMs, 'f', *row.ownMs < 10 ? 3 : 1) : QString();
        case ShareColumn: return row.share ? QString::number(*row.share, 'f', 1) + u" %"_s : QString();
        case EstimateColumn:
            if (!row.misestimate || *row.misestimate < 1.05)
                return QString();
            return QString((row.under ? u"↓ "_s : u"↑ "_s) + QString::number(*row.misestimate, 'f', 1) + u'×');
        case WarningColumn: return row.warning;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == WarningColumn || index.column() == NodeColumn ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == NodeColumn || index.column() == WarningColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case NodeIdRole: return row.node;
    case SortRole: return sortValue(row, index.column());
    }
    return {};
}

QVariant PlanHotspotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn: return tr("#");
    case NodeColumn: return tr("Node");
    case OwnTimeColumn: return tr("Own ms");
    case ShareColumn: return tr("Share");
    case EstimateColumn: return tr("Estimate");
    case WarningColumn: return tr("Warning");
    }
    return {};
}

} // namespace pgv
