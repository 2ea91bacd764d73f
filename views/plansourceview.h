// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plansourcemap.h"

#include <QPlainTextEdit>

class QTimer;

namespace pgv {

/// The plan text as it was pasted or loaded, read-only, with the selected node's lines highlighted and scrolled
/// into view. Large texts are filled in slices between events, so an 8 MB plan never freezes the window.
class PlanSourceView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PlanSourceView(QWidget *parent = nullptr);

    void setSource(const QString &text, QList<PlanSourceSpan> spans);
    void highlightNode(int node);
    bool isFilling() const { return m_filled < m_text.size(); }
    int highlightedNode() const { return m_node; }

Q_SIGNALS:
    void filled();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillSome();
    void applyHighlight();

    QString m_text;
    QList<PlanSourceSpan> m_spans;
    qsizetype m_filled = 0;
    int m_node = -1;
    QTimer *m_fillTimer;
};

} // namespace pgv
