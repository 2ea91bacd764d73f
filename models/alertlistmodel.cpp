// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlistmodel.h"

#include "problemlistmodel.h"
#include "core/units.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace pgv {

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlertListModel::setAlerts(const QList<Alert> &alerts)
{
    const bool sameRows = alerts.size() == m_alerts.size()
                          && std::equal(alerts.cbegin(), alerts.cend(), m_alerts.cbegin(), [](const Alert &a, const Alert &b) {
                                 return a.cluster == b.cluster && a.subject == b.subject && a.rule.kind == b.rule.kind && a.state == b.state
                                    && a.firedAt == b.firedAt;
                             });
    if (sameRows) {
        m_alerts = alerts;
        if (!m_alerts.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_alerts.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

int AlertListModel::firingCount() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                             [](const Alert &alert) { return alert.isFiring() && !alert.unwatchedSince.isValid(); }));
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return (alert.isFiring() ? alert.firedAt : alert.resolvedAt).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case ClusterColumn:
            return alert.cluster;
        case SubjectColumn:
            return alert.subject;
        case RuleColumn:
            return describeRule(alert.rule);
        case StateColumn:
            if (!alert.isFiring())
                return tr("resolved");
            if (alert.unwatchedSince.isValid())
                return tr("firing when last watched (%1)").arg(alert.unwatchedSince.toLocalTime().toString(u"HH:mm:ss"_s));
            if (alert.isSilenced())
                return alert.silence.byAction ? tr("firing (silenced: planned action)") : tr("firing (silenced)");
            return alert.acknowledged ? tr("firing (acknowledged)") : tr("firing");
        case MessageColumn:
            return alert.message;
        }
        return {};
    case Qt::ToolTipRole:
    {
        const auto time = [](const QDateTime &at) { return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s); };
        QString text = tr("%1\nSeverity: %2\nCondition held since %3\nFired at %4").arg(alert.message, severityName(alert.severity), time(alert.since), time(alert.firedAt));
        if (!alert.isFiring())
            text += tr("\nCleared at %1, after %2").arg(time(alert.resolvedAt), formatSeconds(double(alert.firedAt.secsTo(alert.resolvedAt))));
        if (alert.isSilenced())
            text += tr("\nSilenced, not sent anywhere: %1").arg(alert.silence.describe());
        return text;
    }
    case Qt::ForegroundRole:
        if (!alert.isFiring())
            return QColor(Qt::gray);
        return alert.acknowledged || alert.isSilenced() || alert.unwatchedSince.isValid() ? QVariant() : QVariant(severityColor(alert.severity));
    case Qt::FontRole:
        if (alert.isFiring() && !alert.acknowledged && !alert.isSilenced() && !alert.unwatchedSince.isValid()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SubjectRole:
        return alert.subject;
    case RuleKindRole:
        return int(alert.rule.kind);
    case FiringRole:
        return alert.isFiring();
    case AcknowledgedRole:
        return alert.acknowledged;
    case ClusterRole:
        return alert.cluster;
    case SilenceIdRole:
        return alert.silence.id;
    }
    return {};
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ClusterColumn:
        return tr("Cluster");
    case SubjectColumn:
        return tr("Node");
    case RuleColumn:
        return tr("Rule");
    case StateColumn:
        return tr("State");
    case MessageColumn:
        return tr("Details");
    }
    return {};
}

} // namespace pgv
