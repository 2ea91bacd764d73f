// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantreemodel.h"

#include "statecolors.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 3 : 1);
}

} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void PlanTreeModel::setPlan(Plan plan, PlanAnalysis analysis)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_analysis = std::move(analysis);
    m_rows = QList<int>(m_plan.nodes.size(), 0);
    for (const PlanNode &node : std::as_const(m_plan.nodes)) {
        for (qsizetype row = 0; row < node.children.size(); ++row)
            m_rows[node.children[row]] = int(row);
    }
    m_warnings = QList<QStringList>(m_plan.nodes.size());
    for (const PlanWarning &warning : std::as_const(m_analysis.warnings))
        m_warnings[warning.node].append(warning.message);
    endResetModel();
}

void PlanTreeModel::clear()
{
    setPlan({}, {});
}

QModelIndex PlanTreeModel::indexOfNode(int nodeId, int column) const
{
    if (nodeId < 0 || nodeId >= m_plan.nodes.size())
        return {};
    return createIndex(m_rows[nodeId], column, quintptr(nodeId));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_plan.nodes.isEmpty())
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const PlanNode &node = m_plan.nodes[int(parent.internalId())];
    if (row >= node.children.size())
        return {};
    return createIndex(row, column, quintptr(node.children[row]));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_plan.nodes[int(child.internalId())].parent;
    return parentId < 0 ? QModelIndex() : createIndex(m_rows[parentId], 0, quintptr(parentId));
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_plan.nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(m_plan.nodes[int(parent.internalId())].children.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::rawValue(int id, int column) const
{
    const PlanNode &node = m_plan.nodes[id];
    const NodeAnalysis &metrics = m_analysis.nodes[id];
    switch (column) {
    case LabelColumn: return node.label();
    case ExclusiveColumn: return optional(metrics.exclusiveMs);
    case TotalColumn: return optional(metrics.totalMs);
    case ShareColumn: return optional(metrics.sharePercent);
    case RowsPlannedColumn: return optional(node.planRows);
    case RowsActualColumn: return optional(node.actualRows);
    case LoopsColumn: return optional(node.actualLoops);
    case MisestimateColumn: return optional(metrics.misestimate);
    case BuffersColumn: return node.hasBuffers ? QVariant(metrics.inclusive.blocks()) : QVariant();
    }
    return {};
}

QString PlanTreeModel::displayText(int id, int column) const
{
    const QVariant value = rawValue(id, column);
    if (!value.isValid())
        return {};
    const double number = value.toDouble();
    switch (column) {
    case LabelColumn: {
        const PlanNode &node = m_plan.nodes[id];
        return node.subplanName.isEmpty() ? value.toString() : node.subplanName + u": "_s + value.toString();
    }
    case ExclusiveColumn:
    case TotalColumn:
        return milliseconds(number);
    case ShareColumn:
        return QString::number(number, 'f', 1) + u'%';
    case MisestimateColumn:
        if (number < 1.05)
            return {};
        return (m_analysis.nodes[id].estimate == RowsEstimate::Under ? u"↓ "_s : u"↑ "_s) + QString::number(number, 'f', 1) + u'×';
    default:
        return QString::number(number, 'f', 0);
    }
}

QString PlanTreeModel::figuresText(int id) const
{
    // What the columns say, for a tree too narrow to show them (the label's delegate draws it under the label).
    const PlanNode &node = m_plan.nodes[id];
    const QLocale locale;
    QStringList parts;
    if (node.actualLoops && *node.actualLoops == 0)
        parts << tr("never executed");
    else if (node.actualRows && node.planRows)
        parts << tr("%1 of %2 rows").arg(locale.toString(*node.actualRows, 'f', 0), locale.toString(*node.planRows, 'f', 0));
    else if (node.planRows)
        parts << tr("%1 rows planned").arg(locale.toString(*node.planRows, 'f', 0));
    if (node.actualLoops && *node.actualLoops > 1)
        parts << tr("%1 loops").arg(locale.toString(*node.actualLoops, 'f', 0));
    if (const QString misestimate = displayText(id, MisestimateColumn); !misestimate.isEmpty())
        parts << tr("estimate %1").arg(misestimate);
    if (node.hasBuffers)
        parts << tr("%1 buffers").arg(locale.toString(m_analysis.nodes[id].inclusive.blocks(), 'f', 0));
    return parts.join(u" · "_s);
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int id = int(index.internalId());
    const PlanNode &node = m_plan.nodes[id];
    const NodeAnalysis &metrics = m_analysis.nodes[id];
    switch (role) {
    case Qt::DisplayRole: return displayText(id, index.column());
    case Qt::ToolTipRole: {
        QStringList lines = m_warnings[id] + metrics.notes;
        if (!metrics.spill.isEmpty())
            lines.prepend(metrics.spill);
        // The view elides long labels in the middle ("Index Scan using orders_…_idx on orders"): the whole one here.
        if (index.column() == LabelColumn)
            lines.prepend(displayText(id, LabelColumn));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        return index.column() == LabelColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        // Warnings stand out without a delegate; colours carry no meaning a text does not also carry.
        return index.column() == LabelColumn && !m_warnings[id].isEmpty() ? QVariant(statecolors::notice()) : QVariant();
    case NodeIdRole: return id;
    case NodeTypeRole: return node.type;
    case ExclusiveMsRole: return optional(metrics.exclusiveMs);
    case TotalMsRole: return optional(metrics.totalMs);
    case SharePercentRole: return optional(metrics.sharePercent);
    case RowsPlannedRole: return optional(node.planRows);
    case RowsActualRole: return optional(node.actualRows);
    case LoopsRole: return optional(node.actualLoops);
    case MisestimateRole: return optional(metrics.misestimate);
    case UnderestimatedRole: return metrics.estimate == RowsEstimate::Under;
    case BuffersRole: return node.hasBuffers ? QVariant(metrics.inclusive.blocks()) : QVariant();
    case ExclusiveBuffersRole: return node.hasBuffers ? QVariant(metrics.exclusive.blocks()) : QVariant();
    case RelationshipRole: return node.parentRelationship;
    case SubplanNameRole: return node.subplanName;
    case WarningsRole: return m_warnings[id];
    case NotesRole: return metrics.notes;
    case SpillRole: return metrics.spill;
    case SortRole: return rawValue(id, index.column());
    case FiguresRole: return figuresText(id);
    }
    return {};
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Node");
    case ExclusiveColumn: return tr("Own ms");
    case TotalColumn: return tr("Total ms");
    case ShareColumn: return tr("Share");
    case RowsPlannedColumn: return tr("Planned rows");
    case RowsActualColumn: return tr("Actual rows");
    case LoopsColumn: return tr("Loops");
    case MisestimateColumn: return tr("Estimate");
    case BuffersColumn: return tr("Buffers");
    }
    return {};
}

QHash<int, QByteArray> PlanTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{NodeIdRole, "nodeId"}, {NodeTypeRole, "nodeType"}, {ExclusiveMsRole, "exclusiveMs"}, {TotalMsRole, "totalMs"},
                  {SharePercentRole, "sharePercent"}, {RowsPlannedRole, "rowsPlanned"}, {RowsActualRole, "rowsActual"},
                  {LoopsRole, "loops"}, {MisestimateRole, "misestimate"}, {UnderestimatedRole, "underestimated"},
                  {BuffersRole, "buffers"}, {ExclusiveBuffersRole, "exclusiveBuffers"}, {RelationshipRole, "relationship"},
                  {SubplanNameRole, "subplanName"}, {WarningsRole, "warnings"}, {NotesRole, "notes"}, {SpillRole, "spill"},
                  {SortRole, "sortValue"}});
    return names;
}

} // namespace pgv
