// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

namespace pgv {

class TopologyModel;

/// The cluster as a tree of node cards: primary at the top, standbys below the node they stream from, edges drawn
/// by replication kind (sync, async, not streaming) and problems in colour with a readable reason.
/// Repaints from the model; nothing is rebuilt while the tree keeps its shape, so live updates do not flicker.
class TopologyView : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyView(QWidget *parent = nullptr);

    void setModel(TopologyModel *model);
    QString selectedNode() const { return m_selected; }
    void selectNode(const QString &name);
    /// Where the card of \a name is drawn, in widget coordinates (empty when there is none): for tests and tooltips.
    QRect cardRect(const QString &name) const;
    QStringList nodesInLayoutOrder() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void nodeSelected(const QString &name);
    void nodeContextMenuRequested(const QString &name, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Card
    {
        QPersistentModelIndex index;
        QString name;
        QRectF rect;
        QString upstream;
    };
    void relayout();
    const Card *cardAt(const QPointF &point) const;
    void paintEdge(QPainter &painter, const Card &from, const Card &to) const;
    void paintCard(QPainter &painter, const Card &card) const;
    void paintPlaceholder(QPainter &painter) const;

    TopologyModel *m_model = nullptr;
    QList<Card> m_cards;
    QSize m_contentSize;
    QString m_selected;
};

} // namespace pgv
