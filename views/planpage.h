// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterpage.h"
#include "explain/explainhistory.h"
#include "explain/statstatements.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace pgv {

class BackgroundJob;
class ExplainPane;
class PlanLoader;
class PlanViewer;
struct PlanDocument;

/// The Plans tab: a plan pasted, dropped, opened from a file or produced by the explain runner, shown by the
/// PlanViewer; compare it with another plan; save it. A plan that cannot be read leaves the shown one in place
/// and says where the input went wrong.
class PlanPage final : public ClusterPage
{
    Q_OBJECT
public:
    explicit PlanPage(QWidget *parent = nullptr);
    ~PlanPage() override;

    QString pageTitle() const override;
    /// The runner offers the cluster's nodes, with their roles from the latest snapshot.
    void setClusterContext(const ClusterContext &context) override;
    void setSnapshot(const SnapshotPtr &snapshot) override;
    QList<QKeySequence> claimedShortcuts() const override;

    /// What the runner's controller reports back.
    void setExplainRunning(bool running);
    void showStatements(const StatementStatsResult &result);
    /// The databases of the open cluster for the runner, and the one its connection names.
    void setDatabases(const QStringList &names, const QString &current);
    void setHistory(const QList<ExplainHistoryEntry> &entries);
    void addToHistory(const ExplainHistoryEntry &entry);
    void appendRunnerStatus(const QString &text);

    /// Reads the plan in the background; loaded() or failed() follows.
    void loadText(const QByteArray &text, const QString &title);
    /// Reads \a path (a plan as JSON or psql text). False with a message in the error bar when it cannot be read.
    bool loadFile(const QString &path);
    void pasteFromClipboard();
    void compareWithText(const QByteArray &text, const QString &title);
    /// A finished EXPLAIN from the runner: its plan is shown (failures only update the runner's status).
    void showOutcome(const ExplainOutcome &outcome);
    void showHistoryEntry(const ExplainHistoryEntry &entry);
    /// Writes the plan shown, as it was given, to \a path on a worker; saved() or the error bar follows.
    void saveTo(const QString &path);

    std::shared_ptr<const PlanDocument> document() const;
    ExplainPane *explainPane() const { return m_explain; }
    /// Shows the runner with \a sql in its editor, to run on \a node in \a database (Sessions: Explain in Plans).
    void prepareStatement(const QString &sql, const QString &node, const QString &database);
    PlanViewer *viewer() const { return m_viewer; }
    QString errorText() const;
    QString summaryText() const;

Q_SIGNALS:
    void loaded();
    void failed(const QString &error);
    /// A comparison window opened (tests look at it; users just see it).
    void comparisonOpened(QWidget *dialog);
    void saved(const QString &path);
    /// The user asks the runner for an EXPLAIN, to stop it, or for pg_stat_statements of a node.
    void explainRequested(const pgv::ExplainRequest &request);
    void explainCancelRequested();
    void statementsRequested(const QString &node, pgv::StatementOrder order);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void onLoaded(std::shared_ptr<const PlanDocument> document);
    void onFailed(const QString &title, const QString &error);
    void showError(const QString &message);
    void open();
    void saveAs();
    void compareWithFile();
    /// False, with the reason in the error bar, when no plan is shown to compare with.
    bool canCompare();
    void openComparison(std::shared_ptr<const PlanDocument> other);
    void showNodes();

    PlanLoader *m_loader;
    PlanLoader *m_compareLoader;
    BackgroundJob *m_saveJob;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QLabel *m_error;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    PlanViewer *m_viewer;
    ExplainPane *m_explain;
    QSplitter *m_split;
    QString m_documentSummary;
    SnapshotPtr m_snapshot = emptySnapshot();
    QAction *m_saveAction = nullptr;
    QAction *m_compareFileAction = nullptr;
    QAction *m_compareClipboardAction = nullptr;
    QAction *m_runnerAction = nullptr;
};

} // namespace pgv
