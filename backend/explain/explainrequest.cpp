// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainrequest.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

QJsonObject ExplainOptions::toJson() const
{
    return {{"analyze"_L1, analyze}, {"buffers"_L1, buffers}, {"verbose"_L1, verbose},
            {"settings"_L1, settings}, {"wal"_L1, wal},       {"timing"_L1, timing}};
}

ExplainOptions ExplainOptions::fromJson(const QJsonObject &object)
{
    ExplainOptions options;
    options.analyze = object.value("analyze"_L1).toBool(options.analyze);
    options.buffers = object.value("buffers"_L1).toBool(options.buffers);
    options.verbose = object.value("verbose"_L1).toBool(options.verbose);
    options.settings = object.value("settings"_L1).toBool(options.settings);
    options.wal = object.value("wal"_L1).toBool(options.wal);
    options.timing = object.value("timing"_L1).toBool(options.timing);
    return options;
}

QString explainCommand(const ExplainOptions &options, const QString &statement)
{
    QStringList parts{u"FORMAT JSON"_s};
    if (options.analyze)
        parts.append(u"ANALYZE"_s);
    if (options.buffers)
        parts.append(u"BUFFERS"_s);
    if (options.verbose)
        parts.append(u"VERBOSE"_s);
    if (options.settings)
        parts.append(u"SETTINGS"_s);
    if (options.analyze && options.wal)
        parts.append(u"WAL"_s);
    if (options.analyze && !options.timing)
        parts.append(u"TIMING OFF"_s);
    // A newline before the statement: a trailing "-- comment" on the user's last line cannot swallow anything.
    return u"EXPLAIN (%1)\n%2\n"_s.arg(parts.join(u", "_s), statement);
}

QString explainProblem(const ExplainOptions &options, const SqlTextFacts &facts)
{
    static const QSet<QString> explainable{u"SELECT"_s, u"WITH"_s, u"VALUES"_s, u"TABLE"_s, u"INSERT"_s, u"UPDATE"_s,
                                           u"DELETE"_s, u"MERGE"_s, u"EXECUTE"_s, u"CREATE"_s, u"DECLARE"_s};
    if (facts.statements == 0)
        return QCoreApplication::translate("pgv::Explain", "Type a statement to explain.");
    if (facts.statements > 1)
        return QCoreApplication::translate("pgv::Explain", "The editor holds %1 statements: EXPLAIN takes one. Select or keep only the statement to explain.").arg(facts.statements);
    if (facts.firstKeyword == u"EXPLAIN")
        return QCoreApplication::translate("pgv::Explain", "Remove the EXPLAIN keyword and its options from the statement: the options next to the editor set them.");
    if (!explainable.contains(facts.firstKeyword))
        return QCoreApplication::translate("pgv::Explain", "%1 statements cannot be explained. EXPLAIN works on SELECT, INSERT, UPDATE, DELETE, MERGE, VALUES, "
                  "EXECUTE, DECLARE and CREATE TABLE … AS.").arg(facts.firstKeyword);
    if (!facts.placeholders.isEmpty())
        return QCoreApplication::translate("pgv::Explain", "Replace the parameters %1 with values first: EXPLAIN needs a complete statement.")
            .arg(facts.placeholders.join(u", "_s));
    if (!options.analyze && options.wal)
        return QCoreApplication::translate("pgv::Explain", "WAL needs ANALYZE: only a statement that runs writes WAL.");
    if (!options.analyze && !options.timing)
        return QCoreApplication::translate("pgv::Explain", "Turning TIMING off only means something with ANALYZE.");
    return {};
}

QString explainStatusName(ExplainOutcome::Status status)
{
    switch (status) {
    case ExplainOutcome::Status::Ok:
        return u"ok"_s;
    case ExplainOutcome::Status::Failed:
        return u"failed"_s;
    case ExplainOutcome::Status::Cancelled:
        return u"cancelled"_s;
    case ExplainOutcome::Status::TimedOut:
        return u"timed_out"_s;
    }
    return {};
}

} // namespace pgv
