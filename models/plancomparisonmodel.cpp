// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancomparisonmodel.h"
#include "statecolors.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', std::abs(ms) < 10 ? 3 : 1);
}

QString signedNumber(double value, int decimals)
{
    return (value > 0 ? u"+"_s : QString()) + QString::number(value, 'f', decimals);
}

} // namespace

PlanComparisonModel::PlanComparisonModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void PlanComparisonModel::setPlans(Plan left, PlanAnalysis leftAnalysis, Plan right, PlanAnalysis rightAnalysis)
{
    beginResetModel();
    m_left = std::move(left);
    m_right = std::move(right);
    m_leftAnalysis = std::move(leftAnalysis);
    m_rightAnalysis = std::move(rightAnalysis);
    m_rows = comparePlans(m_left, m_right);
    m_children = QList<QList<int>>(m_rows.size() + 1);
    m_rowInParent = QList<int>(m_rows.size(), 0);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        QList<int> &siblings = m_children[m_rows[i].parent < 0 ? m_rows.size() : m_rows[i].parent];
        m_rowInParent[i] = int(siblings.size());
        siblings.append(int(i));
    }
    endResetModel();
}

QString PlanComparisonModel::summary() const
{
    if (m_rows.isEmpty())
        return {};
    QStringList parts;
    const auto change = [](const QString &what, std::optional<double> before, std::optional<double> after) {
        if (!before || !after)
            return QString();
        const QString percent = *before > 0 ? u" (%1 %)"_s.arg(signedNumber((*after - *before) / *before * 100, 0)) : QString();
        return u"%1 %2 ms → %3 ms%4"_s.arg(what, milliseconds(*before), milliseconds(*after), percent);
    };
    parts.append(change(tr("Execution"), m_left.executionMs, m_right.executionMs));
    parts.append(change(tr("Planning"), m_left.planningMs, m_right.planningMs));
    const PlanComparisonCounts counts = countPairings(m_rows);
    parts.append(tr("%1 nodes matched, %2 only on the left, %3 only on the right").arg(counts.matched).arg(counts.leftOnly).arg(counts.rightOnly));
    parts.removeAll(QString());
    return parts.join(u" · "_s);
}

QModelIndex PlanComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const int key = parent.isValid() ? int(parent.internalId()) : int(m_rows.size());
    if (key >= m_children.size())
        return {};
    const QList<int> &children = m_children.at(key);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex PlanComparisonModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentRow = m_rows.at(int(child.internalId())).parent;
    return parentRow < 0 ? QModelIndex() : createIndex(m_rowInParent.at(parentRow), 0, quintptr(parentRow));
}

int PlanComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (m_rows.isEmpty())
        return 0;
    if (!parent.isValid())
        return int(m_children.last().size());
    return parent.column() == 0 ? int(m_children.at(int(parent.internalId())).size()) : 0;
}

int PlanComparisonModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanComparisonModel::value(int row, int column) const
{
    const PlanPairing &pairing = m_rows.at(row);
    const auto own = [](const PlanAnalysis &analysis, int id) -> QVariant {
        return id >= 0 && analysis.nodes.at(id).exclusiveMs ? QVariant(*analysis.nodes.at(id).exclusiveMs) : QVariant();
    };
    const auto rows = [](const Plan &plan, int id) -> QVariant {
        return id >= 0 && plan.nodes.at(id).actualRows ? QVariant(*plan.nodes.at(id).actualRows) : QVariant();
    };
    const auto buffers = [](const Plan &plan, const PlanAnalysis &analysis, int id) -> QVariant {
        return id >= 0 && plan.nodes.at(id).hasBuffers ? QVariant(analysis.nodes.at(id).exclusive.blocks()) : QVariant();
    };
    const auto delta = [](const QVariant &before, const QVariant &after) -> QVariant {
        return before.isValid() && after.isValid() ? QVariant(after.toDouble() - before.toDouble()) : QVariant();
    };
    switch (column) {
    case LeftColumn: return pairing.left >= 0 ? QVariant(m_left.nodes.at(pairing.left).label()) : QVariant();
    case RightColumn: return pairing.right >= 0 ? QVariant(m_right.nodes.at(pairing.right).label()) : QVariant();
    case LeftTimeColumn: return own(m_leftAnalysis, pairing.left);
    case RightTimeColumn: return own(m_rightAnalysis, pairing.right);
    case TimeDeltaColumn: return delta(own(m_leftAnalysis, pairing.left), own(m_rightAnalysis, pairing.right));
    case LeftRowsColumn: return rows(m_left, pairing.left);
    case RightRowsColumn: return rows(m_right, pairing.right);
    case LeftBuffersColumn: return buffers(m_left, m_leftAnalysis, pairing.left);
    case RightBuffersColumn: return buffers(m_right, m_rightAnalysis, pairing.right);
    case BuffersDeltaColumn:
        return delta(buffers(m_left, m_leftAnalysis, pairing.left), buffers(m_right, m_rightAnalysis, pairing.right));
    }
    return {};
}

QVariant PlanComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = int(index.internalId());
    const PlanPairing &pairing = m_rows.at(row);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant raw = value(row, column);
        if (column == LeftColumn || column == RightColumn) {
            if (raw.isValid())
                return raw;
            return tr("(not in this plan)");
        }
        if (!raw.isValid())
            return QString();
        switch (column) {
        case LeftTimeColumn:
        case RightTimeColumn: return milliseconds(raw.toDouble());
        case TimeDeltaColumn: return signedNumber(raw.toDouble(), std::abs(raw.toDouble()) < 10 ? 3 : 1);
        case BuffersDeltaColumn: return signedNumber(raw.toDouble(), 0);
        default: return QString::number(raw.toDouble(), 'f', 0);
        }
    }
    case Qt::ForegroundRole:
        if ((column == LeftColumn && pairing.left < 0) || (column == RightColumn && pairing.right < 0))
            return QColor(Qt::gray);
        if (column == TimeDeltaColumn || column == BuffersDeltaColumn) {
            const double change = value(row, column).toDouble();
            // Slower or more I/O in red, faster in green; the sign carries the same meaning in text.
            return change > 0 ? QVariant(statecolors::worse()) : change < 0 ? QVariant(statecolors::better()) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == LeftColumn || column == RightColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case LeftNodeRole: return pairing.left;
    case RightNodeRole: return pairing.right;
    case SortRole: return value(row, column);
    }
    return {};
}

QVariant PlanComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LeftColumn: return tr("Left plan");
    case RightColumn: return tr("Right plan");
    case LeftTimeColumn: return tr("Own ms (L)");
    case RightTimeColumn: return tr("Own ms (R)");
    case TimeDeltaColumn: return tr("Δ ms");
    case LeftRowsColumn: return tr("Rows (L)");
    case RightRowsColumn: return tr("Rows (R)");
    case LeftBuffersColumn: return tr("Buffers (L)");
    case RightBuffersColumn: return tr("Buffers (R)");
    case BuffersDeltaColumn: return tr("Δ buffers");
    }
    return {};
}

} // namespace pgv
