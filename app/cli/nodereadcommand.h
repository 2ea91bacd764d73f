// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/nodeprober.h"
#include "profiles/profile.h"

#include <QCommandLineParser>
#include <QList>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <functional>
#include <optional>

namespace pgv::cli {

/// The shape of the commands that read something from every node of a cluster (sessions, locks, vacuum):
/// --profile|--lab, --node NAME to read one, --json; every node read at once.
struct NodeReadCommand
{
    QCommandLineParser parser;
    Profile profile; ///< the cluster's: its name and whether it is read-only
    QList<NodeEndpoint> endpoints;

    /// Parses \a arguments (options of the command's own added before); returns an exit code when the command
    /// should stop here (help printed, a usage error).
    std::optional<int> parse(const QStringList &arguments, const QString &description);
    bool json() const { return parser.isSet(QStringLiteral("json")); }

    /// Reads every node at once, so that a hung node costs its deadline once, not once per node.
    template<typename Reading>
    QList<Reading> readAll(const std::function<Reading(const NodeEndpoint &)> &read) const
    {
        return QtConcurrent::blockingMapped(endpoints, read);
    }
};

/// Whether one node of \a readings was read (each reading has an error that is empty when it was).
template<typename Reading>
bool anyRead(const QList<Reading> &readings)
{
    return std::any_of(readings.cbegin(), readings.cend(), [](const Reading &reading) { return reading.error.isEmpty(); });
}

/// Prints each node's error on stderr, "pgversectl: …".
void printReadErrors(const QStringList &errors);

template<typename Reading>
void printReadErrors(const QList<Reading> &readings)
{
    QStringList errors;
    for (const Reading &reading : readings) {
        if (!reading.error.isEmpty())
            errors << reading.error;
    }
    printReadErrors(errors);
}

} // namespace pgv::cli
