// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QTreeView;

namespace pgv {

class PlanComparisonModel;
struct PlanDocument;

/// Two plans side by side: matched nodes on one row with own time, rows and buffers of each and the change.
class PlanCompareDialog final : public QDialog
{
    Q_OBJECT
public:
    PlanCompareDialog(std::shared_ptr<const PlanDocument> left, std::shared_ptr<const PlanDocument> right, QWidget *parent = nullptr);

    PlanComparisonModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The comparison as tab-separated text, one row per line, for pasting into a spreadsheet or a ticket.
    QString toText() const;

private:
    PlanComparisonModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
};

} // namespace pgv
