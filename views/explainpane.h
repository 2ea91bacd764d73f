// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/explainhistory.h"
#include "explain/statstatements.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QElapsedTimer;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace pgv {

class ExplainHistoryModel;
class StatementStatsModel;

/// The explain runner's controls: an SQL editor, the node to run on, EXPLAIN's options, statement_timeout, Run
/// and Cancel; beside them the history of runs and pg_stat_statements' top statements. It only asks: whoever
/// owns the cluster connection runs the request and reports back (showOutcome, showStatements).
class ExplainPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainPane(QWidget *parent = nullptr);
    ~ExplainPane() override;

    /// Nodes of the open cluster with a short role ("primary", "standby"); empty when no cluster is open.
    void setNodes(const QList<std::pair<QString, QString>> &nodesAndRoles);
    void setReadOnly(bool readOnly);
    /// The databases to offer (typing another name works too); \a current is chosen unless the user chose one.
    void setDatabases(const QStringList &names, const QString &current);
    void setRunning(bool running);
    void showOutcome(const ExplainOutcome &outcome);
    void showStatements(const StatementStatsResult &result);

    QString sql() const;
    void setSql(const QString &sql);
    /// Puts \a sql into the editor to run on \a node in \a database (either empty: left as chosen), as a page
    /// that found the statement elsewhere (a session's query) hands it over.
    void prepareStatement(const QString &sql, const QString &node, const QString &database);
    ExplainOptions options() const;
    QString node() const;
    int statementTimeoutMs() const;
    /// The database to run in; empty: the one the node's connection names.
    QString database() const;
    /// Why Run is not possible right now (no cluster, bad statement…), empty when it is.
    QString runProblem() const;

    ExplainHistoryModel *historyModel() const { return m_historyModel; }
    StatementStatsModel *statementsModel() const { return m_statementsModel; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// For tests: the line under the editor that says how the last run went.
    QLabel *statusLabel() const { return m_status; }
    /// Adds a remark to that line (the history could not be saved…).
    void appendStatus(const QString &text);
    QLabel *warningLabel() const { return m_warning; }
    QComboBox *databaseBox() const { return m_database; }
    /// The question asked before ANALYZE runs a statement that writes, while it is open; null otherwise.
    QMessageBox *writeConfirmation() const { return m_confirmation; }

Q_SIGNALS:
    void runRequested(const pgv::ExplainRequest &request);
    void cancelRequested();
    void statementsRequested(const QString &node, pgv::StatementOrder order);
    /// A past run chosen in the history: show its plan.
    void historyPlanRequested(const pgv::ExplainHistoryEntry &entry);

private:
    void requestRun();
    void emitRunRequest();
    void updateWarnings();
    void updateElapsed();
    QWidget *createHistoryTab();
    QWidget *createStatementsTab();

    QPlainTextEdit *m_editor;
    QComboBox *m_nodes;
    QComboBox *m_database;
    QPointer<QMessageBox> m_confirmation;
    QCheckBox *m_analyze, *m_buffers, *m_verbose, *m_settings, *m_wal, *m_timing;
    QSpinBox *m_timeout;
    QPushButton *m_run, *m_cancel;
    QLabel *m_status, *m_warning;
    QComboBox *m_statementOrder;
    QLabel *m_statementsStatus;
    QTableView *m_historyView, *m_statementsView;
    ExplainHistoryModel *m_historyModel;
    StatementStatsModel *m_statementsModel;
    QTimer *m_elapsedTimer;
    std::unique_ptr<QElapsedTimer> m_runClock;
    bool m_running = false;
    bool m_readOnly = false;
};

} // namespace pgv
