// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace pgv {

class NodeDetailsModel;

/// The selected node's properties as a tree, with copy to the clipboard.
class NodeDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit NodeDetailsPane(QWidget *parent = nullptr);

    void setModel(NodeDetailsModel *model);
    QTreeView *view() const { return m_view; }
    void copyToClipboard() const;
    QSize sizeHint() const override;

private:
    QLabel *m_title = nullptr;
    QTreeView *m_view = nullptr;
    NodeDetailsModel *m_model = nullptr;
};

} // namespace pgv
