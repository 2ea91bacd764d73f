// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

namespace pgv {

class TopologyEdgeModel;
class TopologyModel;

/// The workspace as a graph of node cards: one frame per cluster, side by side; in each a primary at the top,
/// standbys below the node they stream from, poolers above their server; edges from the edge models (physical by
/// replication kind, sync, async or not streaming; logical subscriptions; poolers), within and between clusters,
/// routed around the cards; problems in colour with a readable reason. The layout is layoutTopology()'s; this
/// widget only paints it. Nothing is rebuilt while the graph keeps its shape, so live updates do not flicker.
class TopologyView : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyView(QWidget *parent = nullptr);

    /// One cluster: the usual window.
    void setModel(TopologyModel *model);
    /// Several clusters at once, left to right, and the edges between them (subscriptions across clusters…).
    void setClusters(const QList<TopologyModel *> &clusters, TopologyEdgeModel *between = nullptr);
    QString selectedNode() const { return m_selected; }
    QString selectedCluster() const { return m_selectedCluster; }
    /// Selects the first card named \a name (the one of \a cluster when given).
    void selectNode(const QString &name, const QString &cluster = {});
    /// Where the card of \a name is drawn, in widget coordinates (empty when there is none): for tests and tooltips.
    QRect cardRect(const QString &name, const QString &cluster = {}) const;
    /// Where a cluster's frame is drawn (empty when there is none).
    QRect clusterRect(const QString &cluster) const;
    QStringList nodesInLayoutOrder() const;
    /// The edges drawn, as "upstream -> standby (kind)", cluster-qualified ("a/node1") when several are shown.
    QStringList edgesDrawn() const;

    /// Scale of the drawing: 1 is full size. Fitting (the default) shrinks the graph to the widget when it would not
    /// fit, never enlarges it; Ctrl+wheel, Ctrl++ and Ctrl+- zoom by hand (the scroll area then scrolls), Ctrl+0 fits.
    qreal zoom() const { return m_zoom; }
    bool isFitting() const { return m_fit; }
    /// Cards drawn small (name, role and one line of figures; the tooltip and the details pane hold the rest):
    /// while fitting, when full cards would be drawn at under 80 % of their size.
    bool isCompact() const { return m_compact; }
    void setZoom(qreal zoom);
    /// A streaming edge whose replay lag reaches \a bytes or \a seconds is drawn in the warning colour, its label
    /// saying so: the alert rules' thresholds, so the graph and the alerts agree (0: no threshold).
    void setLagThresholds(qint64 bytes, double seconds);
    void zoomToFit();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void nodeSelected(const QString &name);
    void nodeContextMenuRequested(const QString &name, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Card
    {
        QPersistentModelIndex index;
        QString cluster;
        QString name;
        QRectF rect;
    };
    struct Edge
    {
        QPersistentModelIndex index; ///< the row in its edge model
        QString label;               ///< for edgesDrawn()
        QList<QPointF> points;
    };
    struct Frame
    {
        QString cluster;
        QRectF rect;
    };
    void watch(QAbstractItemModel *model);
    void relayout();
    /// The zoom when fitting, and where the drawing sits in the widget (centred, a little above the middle).
    void placeDrawing();
    QRectF toWidget(const QRectF &content) const;
    const Card *cardAt(const QPointF &widgetPoint) const;
    /// The edge's line, or (\a labelOnly) the label that sits on it.
    bool lagsBehind(const QModelIndex &edge) const;
    void paintEdge(QPainter &painter, const Edge &edge, bool labelOnly) const;
    void paintCard(QPainter &painter, const Card &card) const;
    void paintFrame(QPainter &painter, const Frame &frame) const;
    void paintPlaceholder(QPainter &painter) const;
    bool wantsCompactCards() const;

    QList<QPointer<TopologyModel>> m_clusters;
    QPointer<TopologyEdgeModel> m_between;
    QList<Card> m_cards;
    QList<Edge> m_edges;
    QList<Frame> m_frames;
    QSize m_contentSize; ///< of the drawing at zoom 1
    QSize m_fullContentSize; ///< of the drawing with full cards at zoom 1: decides whether cards go compact
    bool m_compact = false;
    qreal m_zoom = 1;
    qint64 m_lagThresholdBytes = 0;
    double m_lagThresholdSeconds = 0;
    bool m_fit = true;
    QPointF m_offset; ///< where the drawing's origin is in the widget
    QString m_selected;
    QString m_selectedCluster;
};

} // namespace pgv
