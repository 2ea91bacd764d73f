// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertroute.h"

#include "alertengine.h"
#include "core/apppaths.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pgv {

bool AlertRoute::matches(const Alert &alert) const
{
    if (!enabled)
        return false;
    if (!clusters.isEmpty() && !clusters.contains(alert.cluster))
        return false;
    if (!rules.isEmpty() && !rules.contains(ruleName(alert.rule.kind)))
        return false;
    if (int(alert.severity) < int(minimumSeverity))
        return false;
    return alert.isFiring() || sendResolved;
}

QString AlertRoute::validate() const
{
    if (name.trimmed().isEmpty() || name.contains(u'/') || name.contains(u'\\'))
        return QCoreApplication::translate("AlertRoute", "A route needs a name without slashes.");
    if (target.trimmed().isEmpty())
        return kind == Kind::Command ? QCoreApplication::translate("AlertRoute", "The route %1 has no command to run.").arg(name)
                                     : QCoreApplication::translate("AlertRoute", "The route %1 has no URL to post to.").arg(name);
    if (kind == Kind::Webhook) {
        const QUrl url(target, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return QCoreApplication::translate("AlertRoute", "The webhook URL \"%1\" is not an http:// or https:// URL.").arg(displayTarget());
        if (!url.password().isEmpty())
            return QCoreApplication::translate("AlertRoute", "The webhook URL carries a password: routes are kept in a settings file, "
                                                             "which must hold no secret. Let a command route read it from your keychain.");
    }
    if (retries < 0 || retries > 10)
        return QCoreApplication::translate("AlertRoute", "Retries must be between 0 and 10.");
    if (timeoutMs < 100)
        return QCoreApplication::translate("AlertRoute", "The timeout must be at least 100 ms.");
    return {};
}

QString AlertRoute::displayTarget() const
{
    if (kind == Kind::Command)
        return target;
    QUrl url(target);
    const bool hadQuery = url.hasQuery();
    url.setQuery(QString());
    url.setUserInfo(QString());
    return url.toString() + (hadQuery ? u"?…"_s : QString());
}

QJsonObject AlertRoute::toJson() const
{
    return QJsonObject{{"name"_L1, name},
                       {"kind"_L1, routeKindName(kind)},
                       {"target"_L1, displayTarget()},
                       {"format"_L1, routeFormatName(format)},
                       {"rules"_L1, QJsonArray::fromStringList(rules)},
                       {"clusters"_L1, QJsonArray::fromStringList(clusters)},
                       {"min_severity"_L1, severityName(minimumSeverity)},
                       {"send_resolved"_L1, sendResolved},
                       {"retries"_L1, retries},
                       {"timeout_ms"_L1, timeoutMs},
                       {"enabled"_L1, enabled}};
}

QString routeKindName(AlertRoute::Kind kind)
{
    return kind == AlertRoute::Kind::Command ? u"command"_s : u"webhook"_s;
}

QString routeFormatName(AlertRoute::Format format)
{
    return format == AlertRoute::Format::Alertmanager ? u"alertmanager"_s : u"plain"_s;
}

std::optional<AlertRoute::Format> routeFormatFromName(QStringView name)
{
    if (name == u"alertmanager")
        return AlertRoute::Format::Alertmanager;
    if (name == u"plain")
        return AlertRoute::Format::Plain;
    return std::nullopt;
}

std::optional<ProblemSeverity> severityFromName(QStringView name)
{
    for (const ProblemSeverity severity : {ProblemSeverity::Warning, ProblemSeverity::Error, ProblemSeverity::Critical}) {
        if (name == severityName(severity))
            return severity;
    }
    return std::nullopt;
}

AlertRouteStore::AlertRouteStore()
    : AlertRouteStore(AppPaths::configDir() + u"/alert-routes.ini"_s)
{
}

AlertRouteStore::AlertRouteStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QList<AlertRoute> AlertRouteStore::routes() const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    QList<AlertRoute> routes;
    const int count = settings.beginReadArray(u"routes"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        AlertRoute route;
        route.name = settings.value(u"name"_s).toString();
        route.kind = settings.value(u"kind"_s).toString() == u"webhook" ? AlertRoute::Kind::Webhook : AlertRoute::Kind::Command;
        route.target = settings.value(u"target"_s).toString();
        route.format = routeFormatFromName(settings.value(u"format"_s).toString()).value_or(AlertRoute::Format::Alertmanager);
        route.rules = settings.value(u"rules"_s).toStringList();
        route.clusters = settings.value(u"clusters"_s).toStringList();
        route.minimumSeverity = severityFromName(settings.value(u"minSeverity"_s).toString()).value_or(ProblemSeverity::Warning);
        route.sendResolved = settings.value(u"sendResolved"_s, true).toBool();
        route.retries = settings.value(u"retries"_s, 3).toInt();
        route.timeoutMs = settings.value(u"timeoutMs"_s, 10000).toInt();
        route.enabled = settings.value(u"enabled"_s, true).toBool();
        if (route.validate().isEmpty())
            routes << route;
    }
    settings.endArray();
    return routes;
}

bool AlertRouteStore::save(const QList<AlertRoute> &routes, QString *error)
{
    for (const AlertRoute &route : routes) {
        if (const QString problem = route.validate(); !problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
    }
    if (!AppPaths::makeFolderFor(m_filePath) || !AppPaths::makePrivateFile(m_filePath)) {
        if (error)
            *error = QCoreApplication::translate("AlertRoute", "Cannot create %1.").arg(m_filePath);
        return false;
    }
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.remove(u"routes"_s);
    settings.beginWriteArray(u"routes"_s, int(routes.size()));
    for (int i = 0; i < routes.size(); ++i) {
        const AlertRoute &route = routes[i];
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, route.name);
        settings.setValue(u"kind"_s, routeKindName(route.kind));
        settings.setValue(u"target"_s, route.target);
        settings.setValue(u"format"_s, routeFormatName(route.format));
        settings.setValue(u"rules"_s, route.rules);
        settings.setValue(u"clusters"_s, route.clusters);
        settings.setValue(u"minSeverity"_s, severityName(route.minimumSeverity));
        settings.setValue(u"sendResolved"_s, route.sendResolved);
        settings.setValue(u"retries"_s, route.retries);
        settings.setValue(u"timeoutMs"_s, route.timeoutMs);
        settings.setValue(u"enabled"_s, route.enabled);
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("AlertRoute", "Cannot write %1.").arg(m_filePath);
        return false;
    }
    return true;
}

} // namespace pgv
