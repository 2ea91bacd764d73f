// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/topology.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace pgv {

struct Alert;

/// Where an alert goes besides the screen: a command that reads it as JSON on stdin, or an HTTP webhook that
/// gets it as a JSON body; for which rules, clusters and severities; how often to try again.
struct AlertRoute
{
    enum class Kind { Command, Webhook };
    enum class Format {
        Alertmanager, ///< the body Prometheus Alertmanager posts to its webhook receivers
        Plain,        ///< {"alerts":[…]} in the `pgversectl alerts --json` shape of each alert
    };

    QString name;
    Kind kind = Kind::Command;
    QString target; ///< the command line (run by /bin/sh -c; the alert never appears in it) or the URL
    Format format = Format::Alertmanager;
    QStringList rules;    ///< rule names; empty: every rule
    QStringList clusters; ///< profile names; empty: every cluster
    ProblemSeverity minimumSeverity = ProblemSeverity::Warning;
    bool sendResolved = true;
    int retries = 3; ///< attempts after the first, 1 s, 4 s, 16 s… apart
    int timeoutMs = 10000;
    bool enabled = true;

    bool matches(const Alert &alert) const;
    /// What is wrong with this route, or an empty string: a name, a command or an http(s) URL without a password.
    QString validate() const;
    /// The target as it may be shown and logged: a URL without its query, where tokens usually are.
    QString displayTarget() const;

    QJsonObject toJson() const;
    friend bool operator==(const AlertRoute &, const AlertRoute &) = default;
};

QString routeKindName(AlertRoute::Kind kind);     // command, webhook
QString routeFormatName(AlertRoute::Format format); // alertmanager, plain
std::optional<AlertRoute::Format> routeFormatFromName(QStringView name);
std::optional<ProblemSeverity> severityFromName(QStringView name);

/// The routes in AppPaths::configDir()/alert-routes.ini (owner-only), shared by pgverse and pgversectl.
class AlertRouteStore
{
public:
    AlertRouteStore();
    explicit AlertRouteStore(QString filePath);

    QList<AlertRoute> routes() const;
    bool save(const QList<AlertRoute> &routes, QString *error);

private:
    QString m_filePath;
};

} // namespace pgv
