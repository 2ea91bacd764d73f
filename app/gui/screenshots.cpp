// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "monitor/clustersession.h"
#include "alertspane.h"
#include "backupcontroller.h"
#include "backuppage.h"
#include "labdialog.h"
#include "restoredialog.h"
#include "lagchartview.h"
#include "lagpage.h"
#include "logicalmodels.h"
#include "logicalpage.h"
#include "poolspage.h"
#include "mainwindow.h"
#include "topologypage.h"
#include "nodedetailspane.h"
#include "planpage.h"
#include "plandocument.h"
#include "planviewer.h"
#include "problemspane.h"
#include "profiledialog.h"
#include "rlspage.h"
#include "blockingtreemodel.h"
#include "sessionspage.h"
#include "topologyview.h"

#include <memory>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
void save(QWidget *widget, const QString &dir, const QString &name)
{
    const QString path = dir + u'/' + name;
    if (!widget->grab().save(path))
        std::fprintf(stderr, "pgverse: could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

void takeAll(MainWindow *window, const QString &dir)
{
    QDir().mkpath(dir);
    window->showPage(0); // the topology, even when --plan opened the Plans page
    QApplication::processEvents();
    save(window, dir, u"main-window.png"_s);
    save(window->topologyView(), dir, u"topology.png"_s);
    save(window->detailsPane(), dir, u"node-details.png"_s);
    save(window->topologyPage()->problemsPane(), dir, u"problems.png"_s);
    save(window->alertsPane(), dir, u"alerts.png"_s);
    window->showPage(1);
    QApplication::processEvents(); // lay out and paint the page just shown
    save(window, dir, u"lag.png"_s);
    save(window->lagPage()->chart(), dir, u"lag-chart.png"_s);
    if (window->planPage()->document()) {
        window->showPage(window->pageIndex(window->planPage()));
        QApplication::processEvents();
        save(window, dir, u"plans.png"_s);
        window->planPage()->viewer()->showTab(PlanViewer::Tab::Diagram);
        QApplication::processEvents();
        save(window->planPage(), dir, u"plan-diagram.png"_s);
        window->planPage()->viewer()->showTab(PlanViewer::Tab::Text);
        QApplication::processEvents();
        save(window->planPage()->viewer(), dir, u"plan-text.png"_s);
        if (!window->planPage()->document()->psqlText.isEmpty()) {
            window->planPage()->viewer()->showTab(PlanViewer::Tab::PsqlText);
            QApplication::processEvents();
            save(window->planPage()->viewer(), dir, u"plan-psql-text.png"_s);
        }
        window->planPage()->viewer()->showTab(PlanViewer::Tab::Details);
    }
    {
        // The Backups page reads its catalogue in the background when shown: wait for it (or give up after 20 s).
        QEventLoop loop;
        QObject::connect(window->backupController(), &BackupController::refreshed, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        window->showPage(window->pageIndex(window->backupPage()));
        if (window->backupPage()->isLoading())
            loop.exec();
        QApplication::processEvents();
        save(window, dir, u"backups.png"_s);
        RestoreDialog restore(window->backupPage()->overview().window, u"/tmp/restored"_s, 55500, window);
        restore.show();
        save(&restore, dir, u"restore-dialog.png"_s);
    }
    {
        RlsPage *rls = window->rlsPage();
        window->showPage(window->pageIndex(rls));
        if (rls->workbench()->hasTarget() && !rls->workbench()->hasCatalog()) {
            // The catalogue is read off the GUI thread; a shot before it arrives would show an empty page.
            QEventLoop loop;
            QObject::connect(rls, &RlsPage::catalogShown, &loop, &QEventLoop::quit);
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QApplication::processEvents();
        save(window, dir, u"rls.png"_s);
        save(rls, dir, u"rls-page.png"_s);
    }
    {
        // The Sessions page reads when shown: wait for its sessions and its vacuum health (or give up after 20 s).
        SessionsPage *sessions = window->sessionsPage();
        QEventLoop loop;
        QEventLoop *waiting = &loop;
        auto arrived = std::make_shared<int>(0); // bit 1: sessions, bit 2: vacuum health
        QObject::connect(sessions, &SessionsPage::sessionsShown, waiting, [waiting, arrived] { if ((*arrived |= 1) == 3) waiting->quit(); });
        QObject::connect(sessions, &SessionsPage::vacuumShown, waiting, [waiting, arrived] { if ((*arrived |= 2) == 3) waiting->quit(); });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        window->showPage(window->pageIndex(sessions));
        if (window->session()->isOpen())
            loop.exec();
        // The largest tree's root blocker, as someone on call would click it first.
        if (sessions->treeModel()->rowCount() > 0) {
            const QModelIndex root = sessions->treeModel()->index(0, 0);
            sessions->treeView()->setCurrentIndex(root);
            QEventLoop locks;
            QTimer::singleShot(1500, &locks, &QEventLoop::quit);
            locks.exec();
        }
        QApplication::processEvents();
        save(window, dir, u"sessions.png"_s);
        sessions->detailTabs()->setCurrentIndex(1);
        QApplication::processEvents();
        save(window, dir, u"sessions-horizon.png"_s);
        sessions->detailTabs()->setCurrentIndex(2);
        QApplication::processEvents();
        save(window, dir, u"sessions-vacuum.png"_s);
        sessions->detailTabs()->setCurrentIndex(0);
    }
    {
        // The Logical replication page reads when shown: wait for a reading with the subscription in it (up to 20 s).
        LogicalPage *logical = window->logicalPage();
        QEventLoop loop;
        QEventLoop *waiting = &loop;
        QObject::connect(logical, &LogicalPage::estateShown, waiting, [waiting, logical] {
            if (logical->subscriptionModel()->rowCount() > 0 && logical->tableModel()->rowCount() > 0)
                waiting->quit();
            else
                QTimer::singleShot(500, logical, &LogicalPage::refreshRequested);
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        window->showPage(window->pageIndex(logical));
        if (window->session()->isOpen())
            loop.exec();
        QApplication::processEvents();
        save(window, dir, u"logical.png"_s);
        logical->detailTabs()->setCurrentIndex(1);
        QApplication::processEvents();
        save(window, dir, u"logical-slots.png"_s);
        logical->detailTabs()->setCurrentIndex(0);
    }
    {
        // The Pools page shows the monitor's polls: two, so that its rates are since the last poll.
        PoolsPage *pools = window->poolsPage();
        window->showPage(window->pageIndex(pools));
        QEventLoop loop;
        QTimer::singleShot(2500, &loop, &QEventLoop::quit);
        loop.exec();
        pools->selectPooler(u"pooler1"_s);
        QApplication::processEvents();
        save(window, dir, u"pools.png"_s);
        window->lagPage()->showPoolerWaiting();
        window->showPage(window->pageIndex(window->lagPage()));
        QApplication::processEvents();
        save(window, dir, u"lag-pooler.png"_s);
    }
    window->showPage(0);
    ProfileDialog profile(window);
    if (window->session()->isOpen())
        profile.setProfile(window->session()->profile());
    profile.show();
    save(&profile, dir, u"profile-dialog.png"_s);
    LabDialog lab(window);
    lab.show();
    save(&lab, dir, u"lab-dialog.png"_s);
    std::fflush(stdout);
    QApplication::quit();
}
} // namespace

void takeScreenshotsWhenReady(MainWindow *window, const QString &dir, int delayMs)
{
    auto done = std::make_shared<bool>(false); // shared by the two triggers, freed with the last of them
    auto shoot = [window, dir, done, delayMs] {
        if (*done)
            return;
        *done = true;
        // Let the first populated frame paint (and, with a longer delay, samples accumulate) before grabbing.
        QTimer::singleShot(delayMs, window, [window, dir] { takeAll(window, dir); });
    };
    QObject::connect(window, &MainWindow::topologyPopulated, window, shoot);
    QTimer::singleShot(10000, window, shoot);
}

QByteArray peakRssLine()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return "peak-rss-kb " + line.mid(6).trimmed().split(' ').value(0);
        }
    }
    return "peak-rss-kb -1";
}

} // namespace pgv
