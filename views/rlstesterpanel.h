// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rls/rlscatalog.h"
#include "rls/rlstester.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace pgv {

class QueryResultModel;
class RlsMatrixModel;
class RlsWorkbench;
class VisibilityModel;

/// "View as": what a role sees with given session settings (counts and sample rows per table), and the
/// tenants × tables matrix where a leak stands out. The workbench runs the queries off the GUI thread.
class RlsTesterPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit RlsTesterPanel(RlsWorkbench *workbench, QWidget *parent = nullptr);

    /// Offers the catalogue's roles and tables (the RLS ones ticked); keeps what the user typed.
    void setCatalog(const RlsCatalog &catalog);
    /// The table chosen on the page: the write trial and the matrix's values default to it.
    void setSelectedTable(const RlsTableRef &table);

    void setRole(const QString &role);
    /// One name=value per line.
    void setSettings(const QString &lines);
    void setMatrixValues(const QStringList &values);
    void runViewAs();
    void runMatrix();
    /// Fills the matrix's values with the distinct values of the chosen column.
    void fillValues();
    /// Tries an INSERT (or UPDATE when \a whereLines is not empty) as the role, rolled back. Lines are column=value;
    /// a bare NULL is SQL NULL.
    void tryWrite(const RlsTableRef &table, const QString &valueLines, const QString &whereLines);
    QString writeResult() const;

    VisibilityModel *visibilityModel() const { return m_visibility; }
    QueryResultModel *sampleModel() const { return m_sample; }
    RlsMatrixModel *matrixModel() const { return m_matrix; }

Q_SIGNALS:
    void viewAsShown();
    void matrixShown();
    void writeTried(const pgv::WriteTrialOutcome &outcome);

private:
    QList<RlsTableRef> checkedTables() const;
    std::optional<QList<SessionSetting>> settings(QString *error) const;
    void showSample(int row);
    void showMatrix(const RlsMatrix &matrix);
    QWidget *createWriteBox();

    RlsWorkbench *m_workbench;
    int m_viewRequest = 0;
    int m_matrixRequest = 0;
    int m_valuesRequest = 0;
    int m_writeRequest = 0;
    VisibilityModel *m_visibility;
    QueryResultModel *m_sample;
    RlsMatrixModel *m_matrix;

    QComboBox *m_role = nullptr;
    QPlainTextEdit *m_settings = nullptr;
    QListWidget *m_tables = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_viewStatus = nullptr;
    QTableView *m_visibilityView = nullptr;
    QTableView *m_sampleView = nullptr;
    QLineEdit *m_matrixSetting = nullptr;
    QLineEdit *m_values = nullptr;
    QComboBox *m_valuesFrom = nullptr;
    QPushButton *m_fill = nullptr;
    QPushButton *m_runMatrix = nullptr;
    QLabel *m_matrixStatus = nullptr;
    QTableView *m_matrixView = nullptr;
    QComboBox *m_writeTable = nullptr;
    QPlainTextEdit *m_writeValues = nullptr;
    QPlainTextEdit *m_writeWhere = nullptr;
    QPushButton *m_tryWrite = nullptr;
    QLabel *m_writeStatus = nullptr;
};

} // namespace pgv
