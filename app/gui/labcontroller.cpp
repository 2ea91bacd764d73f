// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcontroller.h"

#include "core/backgroundjob.h"
#include "lab/lab.h"
#include "lab/labfiles.h"
#include "labdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>

#include <memory>

namespace pgv {

LabController::LabController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_job(new BackgroundJob(this))
    , m_createAction(new QAction(tr("&Create lab…"), this))
    , m_startAction(new QAction(tr("&Start lab servers"), this))
    , m_stopAction(new QAction(tr("S&top lab servers"), this))
    , m_copyEnvAction(new QAction(tr("Copy &shell setup (psql, pgbench)"), this))
{
    m_createAction->setShortcut(Qt::CTRL | Qt::Key_L);
    connect(m_createAction, &QAction::triggered, this, &LabController::createLab);
    connect(m_startAction, &QAction::triggered, this, [this] { runServers(true); });
    connect(m_stopAction, &QAction::triggered, this, [this] { runServers(false); });
    connect(m_copyEnvAction, &QAction::triggered, this, &LabController::copyEnvironment);
    connect(m_job, &BackgroundJob::progress, this, [this](const QString &step) { Q_EMIT message(step, 0); });
    updateActions();
}

LabController::~LabController() = default;

void LabController::setSelectedLab(const QString &dir, bool readOnly)
{
    m_dir = dir;
    m_readOnly = readOnly;
    updateActions();
}

bool LabController::isBusy() const
{
    return m_job->isRunning();
}

void LabController::cancel()
{
    m_job->cancel();
}

void LabController::updateActions()
{
    const bool idle = !m_job->isRunning();
    const bool isLab = !m_dir.isEmpty();
    m_createAction->setEnabled(idle);
    m_startAction->setEnabled(isLab && idle);
    m_stopAction->setEnabled(isLab && idle && !m_readOnly);
    m_copyEnvAction->setEnabled(isLab && idle);
}

void LabController::createLab()
{
    auto *dialog = new LabDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LabDialog::createRequested, this, [this, dialog](const LabOptions &options) {
        connect(m_job, &BackgroundJob::progress, dialog, &LabDialog::showProgress, Qt::UniqueConnection);
        connect(m_job, &BackgroundJob::finished, dialog, &LabDialog::showFinished, Qt::UniqueConnection);
        auto manifest = std::make_shared<std::optional<LabManifest>>();
        m_job->start(tr("Creating lab"), [options, manifest](const BackgroundJob::Report &report, const std::atomic_bool *cancel, QString *error) {
            *manifest = labUp(options, report, cancel, error);
            return manifest->has_value();
        });
        connect(m_job, &BackgroundJob::finished, this, [this, manifest](bool ok) {
            updateActions();
            if (ok && *manifest)
                Q_EMIT labCreated((*manifest)->dir);
        }, Qt::SingleShotConnection);
        updateActions();
    });
    connect(dialog, &LabDialog::cancelRequested, m_job, &BackgroundJob::cancel);
    dialog->open();
}

void LabController::runServers(bool start)
{
    if (m_dir.isEmpty())
        return;
    const bool started = m_job->start(start ? tr("Starting lab") : tr("Stopping lab"),
                                      [dir = m_dir, start](const BackgroundJob::Report &report, const std::atomic_bool *, QString *error) {
                                          const auto lab = Lab::open(dir, error);
                                          return lab && (start ? lab->startAll(report, error) : lab->stopAll(report, error));
                                      });
    if (!started)
        return; // another lab command runs; its actions are disabled meanwhile
    connect(m_job, &BackgroundJob::finished, this, [this](bool ok, const QString &error) {
        Q_EMIT message(ok ? tr("Done.") : error, 15000);
        if (!ok)
            QMessageBox::warning(m_window, tr("Lab"), error);
        updateActions();
        Q_EMIT serversChanged();
    }, Qt::SingleShotConnection);
    updateActions();
}

void LabController::copyEnvironment()
{
    // The manifest is a small file: read on the job's thread like the rest, the clipboard filled back here.
    auto script = std::make_shared<QString>();
    const bool started = m_job->start(tr("Reading the lab"), [dir = m_dir, script](const BackgroundJob::Report &, const std::atomic_bool *, QString *error) {
        const auto manifest = LabManifest::load(dir, error);
        if (manifest)
            *script = LabFiles::environmentScript(*manifest);
        return manifest.has_value();
    });
    if (!started)
        return;
    connect(m_job, &BackgroundJob::finished, this, [this, script](bool ok, const QString &error) {
        updateActions();
        if (!ok) {
            Q_EMIT message(error, 10000);
            return;
        }
        QApplication::clipboard()->setText(*script);
        Q_EMIT message(tr("Shell setup copied: paste it into a terminal, then run psql or pgbench."), 8000);
    }, Qt::SingleShotConnection);
    updateActions();
}

} // namespace pgv
