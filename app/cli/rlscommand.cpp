// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlscommand.h"

#include "cliio.h"
#include "clusterselection.h"
#include "core/jsonnulls.h"
#include "pg/pgsession.h"
#include "monitor/probenow.h"
#include "rls/rlscatalogloader.h"
#include "rls/rlslinter.h"
#include "rls/rlstarget.h"
#include "rls/rlstester.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate("cli", "Usage: pgversectl rls SUBCOMMAND [options]\n\n"
              "Subcommands:\n"
              "  show   tables with row-level security, their policies, roles that bypass it (--table T, --json)\n"
              "  lint   known row-level security mistakes with a fix each; exit code 1 when a warning or error is found\n"
              "  test   what a role sees with given session settings: --role R [--set name=value …] --table T\n\n"
              "Every subcommand works on the cluster's primary; --db NAME picks the database (default: the profile's).\n");
}

/// The command line after the subcommand has been taken off, parsed; the selection found.
struct Invocation
{
    QCommandLineParser parser;
    std::optional<ClusterSelection> selection;
    RlsTarget target;
    PgSession session;
    RlsCatalog catalog;
};

void addOptions(QCommandLineParser &parser, const QString &subcommand)
{
    addHelpOption(parser);
    ClusterSelection::addOptions(parser);
    parser.addOption({u"db"_s, QCoreApplication::translate("cli", "The database whose policies to read (default: the profile's)."), u"name"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON.")});
    if (subcommand == u"show") {
        parser.addOption({u"table"_s, QCoreApplication::translate("cli", "Only this table (name or schema.name)."), u"table"_s});
    } else if (subcommand == u"test") {
        parser.addOption({u"role"_s, QCoreApplication::translate("cli", "The role to test as (SET LOCAL ROLE); the connecting user when not given."), u"role"_s});
        parser.addOption({u"set"_s, QCoreApplication::translate("cli", "A session setting for the test, such as app.tenant_id=42. Repeat for more."), u"name=value"_s});
        parser.addOption({u"table"_s, QCoreApplication::translate("cli", "A table to count and sample. Repeat for more."), u"table"_s});
        parser.addOption({u"rows"_s, QCoreApplication::translate("cli", "Sample rows per table (default 10)."), u"n"_s, u"10"_s});
    }
}

/// Parses, finds the primary, connects and reads the catalogue; an exit code when the command should stop here.
std::optional<int> prepare(Invocation &run, const QString &subcommand, const QStringList &arguments)
{
    QCommandLineParser &parser = run.parser;
    parser.setApplicationDescription(usage());
    addOptions(parser, subcommand);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << commandHelp(parser);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("cli", "Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    QString error;
    run.selection = ClusterSelection::resolve(parser, &error);
    if (!run.selection)
        return fail(error);
    const Profile &profile = run.selection->profile;
    const TopologySnapshot snapshot = probeTopologyNow(profile.name, profile.endpoints(run.selection->password), profile.probeSettings());
    const auto target = rlsTargetFor(profile, snapshot, run.selection->password, parser.value(u"db"_s), &error);
    if (!target)
        return fail(error);
    run.target = *target;
    PgError pgError;
    if (!run.target.open(run.session, &pgError))
        return fail(QCoreApplication::translate("cli", "Cannot connect to %1 (database %2): %3").arg(run.target.node, run.target.database(), pgError.message));
    auto catalog = loadRlsCatalog(run.session, run.target.statementDeadline(), &pgError);
    if (!catalog)
        return fail(QCoreApplication::translate("cli", "Cannot read the row-level security catalogue of %1: %2").arg(run.target.database(), pgError.message));
    run.catalog = *catalog;
    return std::nullopt;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "no");
}

int show(Invocation &run)
{
    RlsTableRef only;
    if (run.parser.isSet(u"table"_s)) {
        const RlsTable *table = run.catalog.findTable(run.parser.value(u"table"_s));
        if (!table)
            return fail(QCoreApplication::translate("cli", "No table \"%1\" in database %2 (give schema.name when several schemas have it).")
                            .arg(run.parser.value(u"table"_s), run.target.database()));
        only = table->ref;
    }
    if (run.parser.isSet(u"json"_s)) {
        QJsonObject document = rlsCatalogToJson(run.catalog, only);
        document.insert("cluster"_L1, run.target.cluster);
        document.insert("node"_L1, run.target.node);
        printJson(document);
        return ExitOk;
    }
    TextTable tables({QCoreApplication::translate("cli", "TABLE"), QCoreApplication::translate("cli", "RLS"), QCoreApplication::translate("cli", "FORCED"), QCoreApplication::translate("cli", "OWNER"), QCoreApplication::translate("cli", "POLICIES")});
    for (const RlsTable &table : std::as_const(run.catalog.tables)) {
        if (!only.isValid() || table.ref == only)
            tables.addRow({table.ref.displayName(), yesNo(table.rlsEnabled), yesNo(table.rlsForced), table.owner,
                           QString::number(run.catalog.policiesOf(table.ref).size())});
    }
    TextTable policies({QCoreApplication::translate("cli", "TABLE"), QCoreApplication::translate("cli", "POLICY"), QCoreApplication::translate("cli", "COMMAND"), QCoreApplication::translate("cli", "KIND"), QCoreApplication::translate("cli", "ROLES"), QCoreApplication::translate("cli", "USING"), QCoreApplication::translate("cli", "WITH CHECK")});
    for (const RlsPolicy &policy : std::as_const(run.catalog.policies)) {
        if (!only.isValid() || policy.table == only)
            policies.addRow({policy.table.displayName(), policy.name, policyCommandKeyword(policy.command),
                             policy.permissive ? QCoreApplication::translate("cli", "permissive") : QCoreApplication::translate("cli", "restrictive"),
                             policy.roles.isEmpty() ? u"PUBLIC"_s : policy.roles.join(u", "_s), policy.usingExpression.isEmpty() ? u"-"_s : policy.usingExpression,
                             policy.checkExpression.isEmpty() ? u"-"_s : policy.checkExpression});
    }
    out() << QCoreApplication::translate("cli", "Database %1 on %2 (%3), PostgreSQL %4\n\n").arg(run.catalog.database, run.target.node, run.target.cluster, run.catalog.serverVersion)
          << tables.toString() << u'\n' << policies.toString();
    QStringList bypassing;
    for (const RlsRole &role : std::as_const(run.catalog.roles)) {
        if (role.bypassesRls())
            bypassing << (role.canLogin ? role.name : QCoreApplication::translate("cli", "%1 (no login)").arg(role.name));
    }
    if (!bypassing.isEmpty())
        out() << u'\n' << QCoreApplication::translate("cli", "Roles that bypass row-level security: %1").arg(bypassing.join(u", "_s)) << u'\n';
    out() << Qt::flush;
    return ExitOk;
}

int lint(Invocation &run)
{
    const QList<RlsLint> lints = lintRls(run.catalog, SqlQuoter::forSession(run.session));
    bool problems = false;
    for (const RlsLint &item : lints)
        problems = problems || item.severity != LintSeverity::Info;
    if (run.parser.isSet(u"json"_s)) {
        QJsonArray items;
        for (const RlsLint &item : lints)
            items.append(lintToJson(item));
        printJson(QJsonObject{{"cluster"_L1, run.target.cluster}, {"node"_L1, run.target.node}, {"database"_L1, run.catalog.database},
                              {"lints"_L1, items}});
    } else if (lints.isEmpty()) {
        out() << QCoreApplication::translate("cli", "No row-level security problems found in database %1.").arg(run.catalog.database) << Qt::endl;
    } else {
        for (const RlsLint &item : lints) {
            QString where = item.table.isValid() ? item.table.displayName() : QString();
            if (!item.policy.isEmpty())
                where += QCoreApplication::translate("cli", " policy %1").arg(item.policy);
            out() << lintSeverityName(item.severity) << u"  "_s << item.code << u"  "_s << where << u'\n' << u"    "_s << item.message << u'\n';
            if (!item.fix.isEmpty())
                out() << u"    "_s << QCoreApplication::translate("cli", "fix:") << u"\n        "_s << QString(item.fix).replace(u'\n', u"\n        "_s) << u'\n';
        }
        out() << Qt::flush;
    }
    return problems ? ExitProblems : ExitOk;
}

QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

int test(Invocation &run)
{
    ViewAsRequest request;
    request.role = run.parser.value(u"role"_s);
    bool rowsOk = false;
    request.sampleRows = run.parser.value(u"rows"_s).toInt(&rowsOk);
    if (!rowsOk || request.sampleRows < 0)
        return fail(QCoreApplication::translate("cli", "--rows takes a number of rows."));
    for (const QString &text : run.parser.values(u"set"_s)) {
        const auto setting = parseSessionSetting(text);
        if (!setting)
            return fail(QCoreApplication::translate("cli", "--set takes name=value, not \"%1\".").arg(text));
        if (const QString refusal = refusedSessionSetting(*setting); !refusal.isEmpty())
            return fail(refusal);
        request.settings << *setting;
    }
    if (run.parser.values(u"table"_s).isEmpty())
        return fail(QCoreApplication::translate("cli", "Which table? Give --table T."));
    for (const QString &name : run.parser.values(u"table"_s)) {
        const RlsTable *table = run.catalog.findTable(name);
        if (!table)
            return fail(QCoreApplication::translate("cli", "No table \"%1\" in database %2 (give schema.name when several schemas have it).").arg(name, run.target.database()));
        request.tables << table->ref;
    }
    const ViewAsResult result = viewAs(run.session, request, run.target.statementTimeoutMs);
    if (!result.error.isEmpty() && result.tables.isEmpty())
        return fail(QCoreApplication::translate("cli", "The test as %1 could not run: %2").arg(request.role.isEmpty() ? run.catalog.currentUser : request.role, result.error));
    bool allOk = result.error.isEmpty();
    for (const TableVisibility &table : result.tables)
        allOk = allOk && table.ok;

    if (run.parser.isSet(u"json"_s)) {
        QJsonArray settings;
        for (const SessionSetting &setting : request.settings)
            settings.append(QJsonObject{{"name"_L1, setting.name}, {"value"_L1, setting.value}});
        QJsonArray tables;
        for (const TableVisibility &table : result.tables) {
            QJsonArray rows;
            for (const auto &row : table.sample.rows) {
                QJsonArray cells;
                for (const auto &cell : row)
                    cells.append(nullable(cell));
                rows.append(cells);
            }
            tables.append(QJsonObject{{"table"_L1, table.table.displayName()},
                                      {"ok"_L1, table.ok},
                                      {"row_count"_L1, table.ok ? QJsonValue(double(table.rowCount)) : QJsonValue(QJsonValue::Null)},
                                      {"columns"_L1, QJsonArray::fromStringList(table.sample.columns)},
                                      {"rows"_L1, rows},
                                      {"error"_L1, textOrNull(table.error)}});
        }
        printJson(QJsonObject{{"cluster"_L1, run.target.cluster},
                              {"node"_L1, run.target.node},
                              {"database"_L1, run.catalog.database},
                              {"role"_L1, request.role.isEmpty() ? run.catalog.currentUser : request.role},
                              {"settings"_L1, settings},
                              {"tables"_L1, tables},
                              {"error"_L1, textOrNull(result.error)},
                              {"elapsed_ms"_L1, double(result.elapsedMs)}});
        return allOk ? ExitOk : ExitProblems;
    }
    QStringList settingTexts;
    for (const SessionSetting &setting : request.settings)
        settingTexts << setting.name + u" = "_s + setting.value;
    out() << QCoreApplication::translate("cli", "As %1 with %2 (read-only, rolled back):")
                 .arg(request.role.isEmpty() ? run.catalog.currentUser : request.role,
                      settingTexts.isEmpty() ? QCoreApplication::translate("cli", "no settings") : settingTexts.join(u", "_s))
          << u"\n\n"_s;
    for (const TableVisibility &table : result.tables) {
        if (!table.ok) {
            out() << QCoreApplication::translate("cli", "%1: %2").arg(table.table.displayName(), table.error) << u"\n\n"_s;
            continue;
        }
        out() << QCoreApplication::translate("cli", "%1: rows visible: %2").arg(table.table.displayName()).arg(table.rowCount) << u'\n';
        if (table.sample.rows.isEmpty()) {
            out() << u'\n';
            continue;
        }
        TextTable sample(table.sample.columns);
        for (const auto &row : table.sample.rows) {
            QStringList cells;
            for (const auto &cell : row)
                cells << cell.value_or(u"NULL"_s);
            sample.addRow(cells);
        }
        out() << sample.toString() << u'\n';
    }
    if (!result.error.isEmpty())
        out() << result.error << u'\n';
    out() << Qt::flush;
    return allOk ? ExitOk : ExitProblems;
}

} // namespace

int runRls(const QStringList &arguments)
{
    const QString subcommand = arguments.value(1);
    if (subcommand != u"show" && subcommand != u"lint" && subcommand != u"test") {
        if (subcommand == u"--help" || subcommand == u"-h" || subcommand == u"help") {
            out() << usage() << Qt::flush;
            return ExitOk;
        }
        err() << (subcommand.isEmpty() ? QString() : QCoreApplication::translate("cli", "Unknown rls subcommand \"%1\".\n").arg(subcommand)) << usage() << Qt::flush;
        return ExitUsageOrConnect;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    Invocation run;
    if (const auto exit = prepare(run, subcommand, rest))
        return *exit;
    if (subcommand == u"show")
        return show(run);
    if (subcommand == u"lint")
        return lint(run);
    return test(run);
}

} // namespace pgv::cli
