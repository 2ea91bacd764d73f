// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterpage.h"

#include <QElapsedTimer>

#include "rls/rlsworkbench.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace pgv {

class RlsLintModel;
class RlsLintsPane;
class RlsPolicyForm;
class RlsPolicyModel;
class RlsTableModel;
class RlsTesterPanel;
struct Profile;
struct TopologySnapshot;

/// Row-level security of one database on the cluster's primary: tables and their RLS state, the policies of the
/// chosen table, a form whose DDL is shown before anything runs, Validate (rolled back) and Apply, the "view as"
/// tester and the linter's findings. Every request goes through the workbench, off the GUI thread.
class RlsPage final : public ClusterPage
{
    Q_OBJECT
public:
    explicit RlsPage(RlsWorkbench *workbench, QWidget *parent = nullptr);

    QString pageTitle() const override;
    /// The cluster the window watches. The page works on its primary; it reloads when the primary, the database,
    /// the password or the profile's read-only flag changes, not on every poll.
    void setClusterContext(const ClusterContext &context) override;
    void setSnapshot(const SnapshotPtr &snapshot) override;
    /// Reads the catalogue again when it was read over 5 s ago (the cluster's first snapshot reads it, usually long
    /// before anyone opens the page) — unless a change is proposed and not applied, which a reload would replace.
    void pageShown() override;
    /// Another database on the same primary (empty: the profile's).
    void setDatabase(const QString &name);
    void reload();
    void selectTable(const RlsTableRef &table);

    /// The change the preview shows and Validate/Apply run.
    void proposeRowSecurity(RowSecurityChange change);
    void proposeDrop();
    void proposeRename(const QString &newName);
    void validate();
    void apply();

    RlsWorkbench *workbench() const { return m_workbench; }
    RlsTableModel *tableModel() const { return m_tables; }
    RlsPolicyModel *policyModel() const { return m_policies; }
    RlsLintModel *lintModel() const { return m_lints; }
    RlsPolicyForm *form() const { return m_form; }
    RlsTesterPanel *tester() const { return m_tester; }
    RlsLintsPane *lintsPane() const { return m_lintsPane; }
    QTabWidget *tabs() const { return m_tabs; }
    QString previewText() const;
    QString resultText() const;
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void catalogShown();
    void ddlShown(const pgv::DdlOutcome &outcome, bool applied);

private:
    void retarget(const std::optional<RlsTarget> &target, const QString &error);
    void showCatalog();
    void showTable(const RlsTableRef &table);
    void formChanged();
    void setChange(const std::optional<RlsChange> &change);
    void updateButtons();
    void showOutcome(const DdlOutcome &outcome, bool applied);
    std::optional<RlsPolicy> currentPolicy() const;

    RlsWorkbench *m_workbench;
    RlsTableModel *m_tables;
    RlsPolicyModel *m_policies;
    RlsLintModel *m_lints;
    QString m_database;
    QString m_clusterKey; // what the current target was made from, to tell a real change from another poll
    std::optional<RlsChange> m_change;
    QElapsedTimer m_sinceCatalogRead;
    bool m_ddlValid = false;
    bool m_showingCatalog = false; ///< the catalogue refills the form: not an edit, so the last result stays
    int m_ddlRequest = 0;
    RlsTableRef m_shownTable;
    QString m_selectAfterReload;

    QLineEdit *m_databaseEdit = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_tableView = nullptr;
    QToolButton *m_enable = nullptr;
    QToolButton *m_disable = nullptr;
    QToolButton *m_force = nullptr;
    QToolButton *m_noForce = nullptr;
    QTableView *m_policyView = nullptr;
    QToolButton *m_new = nullptr;
    QToolButton *m_rename = nullptr;
    QToolButton *m_drop = nullptr;
    RlsPolicyForm *m_form = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_validate = nullptr;
    QPushButton *m_apply = nullptr;
    QTabWidget *m_tabs = nullptr;
    RlsLintsPane *m_lintsPane = nullptr;
    RlsTesterPanel *m_tester = nullptr;
};

} // namespace pgv
