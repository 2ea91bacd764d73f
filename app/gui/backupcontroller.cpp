// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcontroller.h"

#include "actionrundialog.h"
#include "backup/backupverification.h"
#include "backup/basebackup.h"
#include "backup/pgbackrestbackup.h"
#include "backup/pgbackrestexpire.h"
#include "backup/pitrrestore.h"
#include "backup/restoredserver.h"
#include "core/backgroundwork.h"
#include "monitor/clustersession.h"
#include "profiles/profilestore.h"
#include "restoredialog.h"
#include "topology/topology.h"

#include <QHostAddress>
#include <QMessageBox>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

int suggestPort(const Lab &lab)
{
    // Next to the lab's own ports, skipping taken ones.
    int port = 0;
    for (const LabNode &node : lab.manifest().nodes)
        port = std::max(port, node.port);
    for (int candidate = port + 10; candidate < port + 200; ++candidate) {
        QTcpServer probe;
        if (probe.listen(QHostAddress(QHostAddress::LocalHost), quint16(candidate)))
            return candidate;
    }
    return port + 10;
}

/// What a refresh reads on its worker: the lab's manifest, then its catalogue.
struct LabBackups
{
    std::optional<Lab> lab;
    QString error;
    BackupOverview overview;
};

} // namespace

BackupController::BackupController(ClusterSession *session, BackupPage *page, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_page(page)
    , m_window(window)
    , m_refreshWork(new BackgroundWork(this))
    , m_portWork(new BackgroundWork(this))
    , m_profileWork(new BackgroundWork(this))
    , m_verifyWork(new BackgroundWork(this))
{
    connect(m_page, &BackupPage::refreshRequested, this, &BackupController::refresh);
    connect(m_page, &BackupPage::backupRequested, this, &BackupController::runBackup);
    connect(m_page, &BackupPage::restoreRequested, this, &BackupController::restore);
    connect(m_page, &BackupPage::verifyRequested, this, &BackupController::verify);
    connect(m_page, &BackupPage::expireRequested, this, &BackupController::expire);
    connect(m_session, &ClusterSession::contextChanged, this, [this] {
        if (m_session->profile().name != m_profileShown)
            refresh();
    });
}

void BackupController::refresh()
{
    const Profile profile = m_session->profile();
    m_profileShown = profile.name;
    m_page->setReadOnly(profile.readOnly);
    if (profile.labDir != m_labDir) {
        m_lab.reset();
        m_labDir.clear();
    }
    if (!m_session->isOpen()) {
        m_page->showUnavailable(tr("Open a lab to see and take its backups."));
        return;
    }
    if (profile.labDir.isEmpty()) {
        m_page->showUnavailable(tr("%1 is not a lab. PostgresVerse takes and restores backups of the labs it runs; for other clusters "
                                   "use their backup tooling (pgBackRest, Barman) on their hosts.").arg(profile.name));
        return;
    }
    m_page->setLoading(true);
    // A newer refresh (another profile) supersedes this one.
    m_refreshWork->run(
        [labDir = profile.labDir] {
            LabBackups loaded;
            loaded.lab = Lab::open(labDir, &loaded.error);
            if (loaded.lab)
                loaded.overview = loadBackupOverview(*loaded.lab);
            return loaded;
        },
        [this, labDir = profile.labDir](const LabBackups &loaded) {
        m_page->setLoading(false);
        m_lab = loaded.lab;
        m_labDir = m_lab ? labDir : QString();
        if (m_lab)
            m_page->showOverview(loaded.overview);
        else
            m_page->showUnavailable(loaded.error);
        Q_EMIT refreshed();
    });
}

ActionRunDialog *BackupController::run(std::shared_ptr<Action> action)
{
    const Profile profile = m_session->profile();
    auto *dialog = new ActionRunDialog(std::make_unique<ActionRunner>(std::move(action), ActionPolicy{profile.name, profile.readOnly}), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActionRunDialog::finishedRun, this, &BackupController::refresh);
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_lastDialog == dialog)
            m_lastDialog = nullptr;
    });
    m_lastDialog = dialog;
    dialog->open();
    return dialog;
}

void BackupController::runBackup(BackupPage::Tool tool)
{
    const std::optional<Lab> lab = m_lab;
    if (!lab)
        return;
    switch (tool) {
    case BackupPage::Tool::BaseBackup:
        run(std::make_shared<LabBaseBackup>(*lab, BaseBackupOptions{}));
        break;
    case BackupPage::Tool::PgBackRestFull:
        run(std::make_shared<PgBackRestBackup>(*lab, PgBackRestBackup::Type::Full));
        break;
    case BackupPage::Tool::PgBackRestDifferential:
        run(std::make_shared<PgBackRestBackup>(*lab, PgBackRestBackup::Type::Differential));
        break;
    case BackupPage::Tool::PgBackRestIncremental:
        run(std::make_shared<PgBackRestBackup>(*lab, PgBackRestBackup::Type::Incremental));
        break;
    }
}

void BackupController::restore(const QDateTime &targetTime)
{
    if (!m_lab)
        return;
    // Finding a free port binds sockets: done on a worker, the dialog opens when it is known.
    m_portWork->run([lab = *m_lab] { return suggestPort(lab); },
                    [this, lab = *m_lab, targetTime, profileName = m_session->profile().name](int port) {
        if (profileName != m_session->profile().name)
            return; // another cluster was opened meanwhile
        const QString folder = defaultRestoreFolder(lab);
        auto *choose = new RestoreDialog(m_page->overview().window, folder, port, m_window);
        choose->setAttribute(Qt::WA_DeleteOnClose);
        if (targetTime.isValid())
            choose->setTargetTime(targetTime);
        connect(choose, &QDialog::accepted, this, [this, choose, lab] {
            const RestoreOptions options = choose->options();
            ActionRunDialog *dialog = run(std::make_shared<PgBackRestRestore>(lab, options));
            connect(dialog, &ActionRunDialog::finishedRun, this, [this, options, lab](const ActionOutcome &outcome) {
                if (outcome.result == ActionOutcome::Result::Succeeded)
                    addRestoredProfile(lab, options);
            });
        });
        choose->open();
    });
}

void BackupController::addRestoredProfile(const Lab &lab, const RestoreOptions &options)
{
    m_profileWork->run(
        [lab, port = options.port] {
            QString error;
            return registerRestoredServer(lab, port, &error) ? QString() : error;
        },
        [this](const QString &error) {
        if (!error.isEmpty()) {
            QMessageBox::warning(m_window, tr("Restored server"), tr("The restored server runs, but no profile could be saved for it: %1").arg(error));
            return;
        }
        Q_EMIT profilesChanged();
    });
}

void BackupController::verify()
{
    const std::optional<Lab> lab = m_lab;
    if (!lab)
        return;
    m_page->setLoading(true);
    m_page->showStatus(tr("Verifying every backup… (pg_verifybackup, pgbackrest verify)"));
    m_verifyWork->run([lab = *lab] { return verifyLabBackups(lab); }, [this](const QList<BackupVerification> &results) {
        m_page->setLoading(false);
        QStringList lines;
        for (const BackupVerification &result : results) {
            const QString state = result.result == BackupVerification::Result::Passed ? tr("passed")
                                  : result.result == BackupVerification::Result::Failed ? tr("FAILED: %1").arg(result.message.left(300))
                                                                                         : tr("skipped: %1").arg(result.message);
            lines << u"%1 %2: %3"_s.arg(result.tool, result.label, state);
        }
        const QString summary = lines.isEmpty() ? tr("No backups to verify.") : lines.join(u'\n');
        Q_EMIT verified(summary);
        QMessageBox::information(m_window, tr("Backup verification"), summary);
        refresh();
    });
}

void BackupController::expire()
{
    if (m_lab)
        run(std::make_shared<PgBackRestExpire>(*m_lab));
}

} // namespace pgv
