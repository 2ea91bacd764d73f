// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcommand.h"

#include "actions/auditlog.h"
#include "cliio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pgv::cli {

int runAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "verify: check that no audit entry was edited, inserted or removed (the hash chain, and the anchor kept in the "
               "config folder for the log's end)."));
    addHelpOption(parser);
    parser.addPositionalArgument(u"verify"_s, QCoreApplication::translate("cli", "The only subcommand."));
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print the result as JSON.")});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << commandHelp(parser);
        return ExitOk;
    }
    if (parser.positionalArguments() != QStringList{u"verify"_s})
        return fail(QCoreApplication::translate("cli", "audit needs a subcommand: verify."));
    const AuditLog log;
    const AuditLog::Verification result = log.verify();
    if (parser.isSet(u"json"_s)) {
        printJson(QJsonObject{{"file"_L1, log.filePath()},
                              {"anchor"_L1, log.anchorPath()},
                              {"entries"_L1, result.entries},
                              {"anchored_entries"_L1, result.anchoredEntries},
                              {"intact"_L1, result.intact},
                              {"first_broken_entry"_L1, result.firstBrokenEntry > 0 ? QJsonValue(result.firstBrokenEntry) : QJsonValue()},
                              {"problem"_L1, result.intact ? QJsonValue() : QJsonValue(result.problem)}});
    } else if (result.intact) {
        out() << QCoreApplication::translate("cli", "The audit log %1 is intact: %2 entries, chained and anchored.\n").arg(log.filePath()).arg(result.entries)
              << Qt::flush;
    } else {
        out() << QCoreApplication::translate("cli", "The audit log %1 has been tampered with or damaged: %2.\n").arg(log.filePath(), result.problem)
              << Qt::flush;
    }
    return result.intact ? ExitOk : ExitProblems;
}

} // namespace pgv::cli
