// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/nodeprobe.h"
#include "topology/topology.h"

#include <QAbstractItemModel>

namespace pgv {

/// Everything known about one node as a property tree (sections → properties → sub-properties).
/// Values are updated in place while the set of properties stays the same, so expansion and selection survive polls.
class NodeDetailsModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { PropertyColumn, ValueColumn, ColumnCount };

    explicit NodeDetailsModel(QObject *parent = nullptr);

    /// \a probe may be null (no successful probe yet); \a node null clears the model.
    void setNode(const TopologyNode *node, const NodeProbe *probe);
    /// A pooler's card selected instead: its state, routing, databases, pools and settings.
    void setPooler(const PoolerStatus &pooler, const QString &routesTo);
    const QString &nodeName() const { return m_nodeName; }
    /// The tree as indented "property: value" lines, for the clipboard.
    QString toText() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Entry
    {
        QString label;
        QString value;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };

private:
    /// Shows the tree: values updated in place while its shape stays, else a reset.
    void apply(const QList<Entry> &entries, const QList<int> &roots, const QString &name);
    QList<int> childrenOf(int entry) const { return entry < 0 ? m_roots : m_entries[entry].children; }

    QString m_nodeName;
    QList<Entry> m_entries;
    QList<int> m_roots;
};

} // namespace pgv
