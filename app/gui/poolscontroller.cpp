// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolscontroller.h"

#include "actionlauncher.h"
#include "monitor/clustersession.h"
#include "pooler/poolercontrol.h"
#include "poolspage.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace pgv {

PoolsController::PoolsController(ClusterSession *session, PoolsPage *page, ActionLauncher *launcher, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_launcher(launcher)
{
    connect(page, &PoolsPage::commandRequested, this, &PoolsController::run);
}

void PoolsController::addPoolerActions(QMenu *menu, const QString &pooler)
{
    const PoolerStatus *status = m_session->snapshot().pooler(pooler);
    if (!status || !m_session->isOpen())
        return;
    if (status->reachable) {
        // A database paused on its own (PAUSE db) leaves the pooler half paused: both are offered then.
        const QList<PoolerDatabase> databases = status->routedDatabases();
        const bool anyPaused = std::any_of(databases.cbegin(), databases.cend(), [](const PoolerDatabase &database) { return database.paused; });
        if (!status->paused())
            menu->addAction(tr("Pause %1…").arg(pooler), this, [this, pooler] { run(u"pause"_s, pooler); });
        if (anyPaused)
            menu->addAction(tr("Resume %1…").arg(pooler), this, [this, pooler] { run(u"resume"_s, pooler); });
        menu->addAction(tr("Reconnect %1's servers…").arg(pooler), this, [this, pooler] { run(u"reconnect"_s, pooler); });
        menu->addAction(tr("Reload %1's configuration…").arg(pooler), this, [this, pooler] { run(u"reload"_s, pooler); });
        menu->addSeparator();
    }
}

void PoolsController::run(const QString &command, const QString &pooler)
{
    static const QHash<QString, PoolerControl::Command> commands{{u"pause"_s, PoolerControl::Command::Pause},
                                                                 {u"resume"_s, PoolerControl::Command::Resume},
                                                                 {u"reconnect"_s, PoolerControl::Command::Reconnect},
                                                                 {u"reload"_s, PoolerControl::Command::Reload}};
    if (!commands.contains(command) || !m_session->isOpen())
        return;
    const Profile &profile = m_session->profile();
    QList<PoolerEndpoint> poolers = m_session->poolerEndpoints();
    if (!pooler.isEmpty())
        poolers.removeIf([&](const PoolerEndpoint &endpoint) { return endpoint.name != pooler; });
    if (poolers.isEmpty())
        return;
    m_launcher->runAction(std::make_shared<PoolerControl>(commands.value(command), poolers, QString(), profile, m_session->password()), pooler, profile);
}

} // namespace pgv
