// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rls/rlscatalog.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace pgv {

class RlsLintModel;

/// The linter's findings: severity, what is wrong and why, and the DDL that fixes it, ready to copy.
class RlsLintsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit RlsLintsPane(QWidget *parent = nullptr);

    void setModel(RlsLintModel *model);
    QTableView *view() const { return m_view; }
    /// The fix shown for the current finding.
    QString currentFix() const;

Q_SIGNALS:
    void tableActivated(const pgv::RlsTableRef &table);

private:
    void showCurrent();

    RlsLintModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_explanation = nullptr;
    QPlainTextEdit *m_fix = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace pgv
