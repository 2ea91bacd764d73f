// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodereadcommand.h"

#include "cliio.h"
#include "clusterselection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv::cli {

std::optional<int> NodeReadCommand::parse(const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    addHelpOption(parser);
    ClusterSelection::addOptions(parser, ClusterSelection::NodeOption::NameOfOne);
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON.")});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << commandHelp(parser);
        return ExitOk;
    }
    QString error;
    const auto selection = ClusterSelection::resolve(parser, &error, ClusterSelection::NodeOption::NameOfOne);
    if (!selection)
        return fail(error);
    profile = selection->profile;
    endpoints = selection->profile.endpoints(selection->password);
    if (parser.isSet(u"node"_s)) {
        const QString wanted = parser.value(u"node"_s);
        endpoints.removeIf([&wanted](const NodeEndpoint &endpoint) { return endpoint.name != wanted; });
        if (endpoints.isEmpty())
            return fail(QCoreApplication::translate("cli", "%1 has no node named \"%2\".").arg(selection->profile.name, wanted));
    }
    return std::nullopt;
}

void printReadErrors(const QStringList &errors)
{
    for (const QString &error : errors)
        err() << u"pgversectl: "_s << error << u'\n';
    err() << Qt::flush;
}

} // namespace pgv::cli
