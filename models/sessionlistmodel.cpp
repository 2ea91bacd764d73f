// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlistmodel.h"

#include "core/units.h"
#include "statecolors.h"

#include <QFont>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString key(const QString &node, const SessionInfo &session)
{
    return node + u'/' + QString::number(session.pid) + u'/' + session.backendStart;
}

QString ageText(const std::optional<double> &seconds)
{
    return seconds ? formatSeconds(*seconds) : QString();
}

QString pids(const QList<int> &list)
{
    QStringList names;
    for (int pid : list)
        names << (pid == 0 ? SessionListModel::tr("prepared") : QString::number(pid));
    return names.join(u", "_s);
}

} // namespace

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SessionListModel::setSessions(const QList<NodeSessions> &nodes)
{
    QHash<QString, Row> fresh;
    QStringList order;
    QSet<QString> blockers; // node/pid of every session someone waits for
    QDateTime newest;
    for (const NodeSessions &node : nodes) {
        newest = std::max(newest, node.readAt);
        for (const SessionInfo &session : node.sessions) {
            for (int pid : session.blockedBy)
                blockers.insert(node.node + u'/' + QString::number(pid));
        }
    }
    for (const NodeSessions &node : nodes) {
        for (const SessionInfo &session : node.sessions) {
            const QString id = key(node.node, session);
            fresh.insert(id, Row{node.node, node.readAt, session, blockers.contains(node.node + u'/' + QString::number(session.pid))});
            order << id;
        }
    }
    m_now = newest;
    // Ended sessions go, from the bottom up so that the rows above keep their numbers while others are removed.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (fresh.contains(key(m_rows[row].node, m_rows[row].session)))
            continue;
        int first = row;
        while (first > 0 && !fresh.contains(key(m_rows[first - 1].node, m_rows[first - 1].session)))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    QSet<QString> kept;
    for (Row &row : m_rows) {
        const QString id = key(row.node, row.session);
        row = fresh.value(id);
        kept.insert(id);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    QList<Row> added;
    for (const QString &id : std::as_const(order)) {
        if (!kept.contains(id))
            added << fresh.value(id);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows << added;
        endInsertRows();
    }
}

void SessionListModel::setThresholds(const SessionThresholds &thresholds)
{
    m_thresholds = thresholds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SessionListModel::tick(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        // The state's mark (idle in transaction too long) depends on the time too: State through the two ages.
        Q_EMIT dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, StateAgeColumn));
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SessionInfo *SessionListModel::session(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].session : nullptr;
}

QString SessionListModel::node(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].node : QString();
}

int SessionListModel::rowOf(const QString &node, int pid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].node == node && m_rows[row].session.pid == pid)
            return row;
    }
    return -1;
}

double SessionListModel::since(const Row &row) const
{
    return row.readAt.isValid() && m_now.isValid() ? double(std::max<qint64>(0, row.readAt.msecsTo(m_now))) / 1000.0 : 0.0;
}

std::optional<double> SessionListModel::aged(const Row &row, const std::optional<double> &seconds) const
{
    return seconds ? std::optional<double>(*seconds + since(row)) : std::nullopt;
}

QVariant SessionListModel::display(const Row &row, int column) const
{
    const SessionInfo &session = row.session;
    switch (column) {
    case NodeColumn: return row.node;
    case PidColumn: return session.pid;
    case StateColumn: return session.state.isEmpty() ? session.backendType : session.state;
    case WaitColumn:
        if (session.lock)
            return session.lock->describe();
        // An idle session always waits for its client (Client: ClientRead): only a running one's wait says something.
        return session.waitEventType.isEmpty() || session.state != u"active" ? QString() : session.waitEventType + u": "_s + session.waitEvent;
    case TransactionAgeColumn: return ageText(aged(row, session.xactAgeSeconds));
    case StateAgeColumn: return ageText(aged(row, session.stateAgeSeconds));
    case UserColumn: return session.user;
    case DatabaseColumn: return session.database;
    case ApplicationColumn: return session.application;
    case ClientColumn: return session.client;
    case BlockedByColumn: return pids(session.blockedBy);
    case XminAgeColumn: return session.xminAge ? QString::number(*session.xminAge) : QString();
    case QueryColumn: return session.query.simplified().left(200);
    }
    return {};
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SessionInfo &session = row.session;
    const bool longTransaction = m_thresholds.isLongTransaction(session, since(row));
    const bool idleTooLong = m_thresholds.isIdleInTransactionTooLong(session, since(row));
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case QueryColumn: return session.query;
        case StateColumn:
            if (idleTooLong)
                return tr("Idle in transaction for over %1: it holds its locks and the xmin horizon while doing nothing.").arg(formatSeconds(m_thresholds.idleInTransactionS));
            return session.backendType;
        case TransactionAgeColumn:
            return longTransaction ? tr("Open for over %1: a long transaction holds locks and keeps VACUUM from removing dead rows.")
                                         .arg(formatSeconds(m_thresholds.longTransactionS))
                                   : QVariant();
        case BlockedByColumn:
            return session.isWaitingOnLock() ? tr("pg_blocking_pids(): the sessions holding, or queued ahead for, the lock it waits for") : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == StateColumn && idleTooLong) || (index.column() == TransactionAgeColumn && longTransaction))
            return statecolors::warning();
        if (index.column() == WaitColumn && session.isWaitingOnLock())
            return statecolors::bad();
        return {};
    case Qt::FontRole:
        if (index.column() == PidColumn && session.isWaitingOnLock()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PidColumn:
        case TransactionAgeColumn:
        case StateAgeColumn:
        case XminAgeColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case PidColumn: return session.pid;
        case TransactionAgeColumn: return aged(row, session.xactAgeSeconds).value_or(-1);
        case StateAgeColumn: return aged(row, session.stateAgeSeconds).value_or(-1);
        case XminAgeColumn: return session.xminAge ? QVariant(*session.xminAge) : QVariant(-1);
        case BlockedByColumn: return int(session.blockedBy.size());
        }
        return display(row, index.column());
    case NodeRole: return row.node;
    case PidRole: return session.pid;
    case QueryRole: return session.query;
    case QuietRole: {
        if (session.isWaitingOnLock() || row.blocksOthers)
            return false;
        const bool ours = session.application.startsWith(u"pgverse");
        return session.isIdle() || session.backendType != u"client backend" || ours;
    }
    case SearchRole:
        return QStringList{QString::number(session.pid), session.user, session.database, session.application, session.client,
                           session.state, session.backendType, session.query}.join(u'\n');
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn: return tr("Node");
    case PidColumn: return tr("PID");
    case StateColumn: return tr("State");
    case WaitColumn: return tr("Waits for");
    case TransactionAgeColumn: return tr("Transaction");
    case StateAgeColumn: return tr("In state");
    case UserColumn: return tr("User");
    case DatabaseColumn: return tr("Database");
    case ApplicationColumn: return tr("Application");
    case ClientColumn: return tr("Client");
    case BlockedByColumn: return tr("Blocked by");
    case XminAgeColumn: return tr("xmin age");
    case QueryColumn: return tr("Query");
    }
    return {};
}

QString SessionListModel::toText(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << display(m_rows[row], column).toString();
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionListModel::SortRole);
}

void SessionFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void SessionFilterModel::setState(State state)
{
    m_state = state;
    invalidateFilter();
}

void SessionFilterModel::setNode(const QString &node)
{
    m_node = node;
    invalidateFilter();
}

void SessionFilterModel::setShowQuiet(bool show)
{
    m_showQuiet = show;
    invalidateFilter();
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showQuiet && index.data(SessionListModel::QuietRole).toBool())
        return false;
    if (!m_node.isEmpty() && index.data(SessionListModel::NodeRole).toString() != m_node)
        return false;
    const QString state = sourceModel()->index(sourceRow, SessionListModel::StateColumn, sourceParent).data().toString();
    switch (m_state) {
    case State::Any: break;
    case State::Active:
        if (state != u"active")
            return false;
        break;
    case State::IdleInTransaction:
        if (!state.startsWith(u"idle in transaction"))
            return false;
        break;
    case State::WaitingOnLock:
        if (sourceModel()->index(sourceRow, SessionListModel::BlockedByColumn, sourceParent).data().toString().isEmpty())
            return false;
        break;
    }
    return m_search.isEmpty() || index.data(SessionListModel::SearchRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace pgv
