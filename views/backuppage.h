// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupoverview.h"
#include "clusterpage.h"

class QAction;
class QCustomPlot;
class QLabel;
class QTableView;
class QToolButton;

namespace pgv {

class BackupCatalogModel;

/// The backups of the open lab: a timeline of backups and of the recoverable window (click a time to restore
/// to it), the catalogue, the state of WAL archiving, and the actions — back up now, verify, restore, expire.
/// It shows and asks; the controller does the work.
class BackupPage final : public ClusterPage
{
    Q_OBJECT
public:
    enum class Tool { PgBackRestFull, PgBackRestDifferential, PgBackRestIncremental, BaseBackup };

    explicit BackupPage(QWidget *parent = nullptr);

    QString pageTitle() const override;
    /// Shown: asks for a refresh, since backups may have been taken from pgversectl meanwhile.
    void pageShown() override;

    void showOverview(const BackupOverview &overview);
    /// No lab open (or the profile is not a lab): everything off, with the reason.
    void showUnavailable(const QString &why);
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    void setReadOnly(bool readOnly);

    const BackupOverview &overview() const { return m_overview; }
    BackupCatalogModel *model() const { return m_model; }
    QCustomPlot *timeline() const { return m_timeline; }
    QWidget *timelineWidget() const;
    /// Where \a time is on the timeline (scrolling it into view first), in the timeline widget's coordinates.
    QPoint timelinePoint(const QDateTime &time);
    QTableView *table() const { return m_table; }
    /// For tests: the line that says what the page is doing or found.
    QLabel *statusLabel() const { return m_status; }
    /// Says what is under way (a verification…) until the next overview replaces it.
    void showStatus(const QString &text);
    QAction *backupAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }
    QAction *verifyAction() const { return m_verify; }
    QAction *expireAction() const { return m_expire; }

Q_SIGNALS:
    void backupRequested(pgv::BackupPage::Tool tool);
    void verifyRequested();
    void restoreRequested(const QDateTime &targetTime); ///< invalid time: no time chosen yet
    void expireRequested();
    void refreshRequested();

private:
    void plotTimeline();
    void updateActions();
    void onTimelineClicked(QMouseEvent *event);

    BackupOverview m_overview;
    BackupCatalogModel *m_model;
    QCustomPlot *m_timeline;
    QTableView *m_table;
    QLabel *m_status;
    QToolButton *m_backupButton;
    QAction *m_backupNow, *m_verify, *m_restore, *m_expire, *m_refresh, *m_copy;
    bool m_available = false;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace pgv
