// SPDX-License-Identifier: GPL-3.0-or-later
#include "explaincommand.h"

#include "cliio.h"
#include "core/jsonnulls.h"
#include "plan/planalysis.h"
#include "plan/planparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

/// How many hotspots the summary lists.
constexpr int SummaryHotspots = 10;

QJsonValue rounded(const std::optional<double> &value, double scale = 1000)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    return std::round(*value * scale) / scale;
}

QString milliseconds(const std::optional<double> &value)
{
    if (!value)
        return u"-"_s;
    return QString::number(*value, 'f', *value < 10 ? 3 : 1) + u" ms"_s;
}

QString nodeName(const PlanNode &node)
{
    return u"#%1 %2"_s.arg(node.id).arg(node.label());
}

} // namespace

QJsonObject explainNodeToJson(const Plan &plan, const PlanAnalysis &analysis, int id)
{
    const PlanNode &node = plan.nodes.at(id);
    const NodeAnalysis &metrics = analysis.nodes.at(id);
    QJsonObject object{
        {"id"_L1, node.id},
        {"parent"_L1, node.parent < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(node.parent)},
        {"type"_L1, node.type},
        {"label"_L1, node.label()},
        {"relation"_L1, textOrNull(node.relationName)},
        {"rows_planned"_L1, rounded(node.planRows)},
        {"rows_actual"_L1, rounded(node.actualRows)},
        {"loops"_L1, rounded(node.actualLoops)},
        {"total_ms"_L1, rounded(metrics.totalMs)},
        {"exclusive_ms"_L1, rounded(metrics.exclusiveMs)},
        {"misestimate"_L1, rounded(metrics.misestimate, 100)},
        {"estimate"_L1, metrics.estimate == RowsEstimate::Under ? QJsonValue(u"under"_s)
                        : metrics.estimate == RowsEstimate::Over ? QJsonValue(u"over"_s)
                                                                 : QJsonValue(QJsonValue::Null)},
        {"share_percent"_L1, rounded(metrics.sharePercent, 100)},
        {"relationship"_L1, textOrNull(node.parentRelationship)},
        {"subplan_name"_L1, textOrNull(node.subplanName)},
    };
    if (metrics.processes > 1)
        object.insert("processes"_L1, metrics.processes);
    if (!metrics.spill.isEmpty())
        object.insert("spill"_L1, metrics.spill);
    if (!metrics.notes.isEmpty())
        object.insert("notes"_L1, QJsonArray::fromStringList(metrics.notes));
    return object;
}

QJsonObject explainToJson(const Plan &plan, const PlanAnalysis &analysis)
{
    QJsonArray warnings;
    for (const PlanWarning &warning : analysis.warnings)
        warnings.append(QJsonObject{{"kind"_L1, warningKindName(warning.kind)}, {"node"_L1, warning.node}, {"message"_L1, warning.message}});
    QJsonArray hotspots;
    for (int id : analysis.hotspots)
        hotspots.append(id);
    return QJsonObject{
        {"format"_L1, plan.format == PlanFormat::Json ? u"json"_s : u"text"_s},
        {"planning_ms"_L1, rounded(plan.planningMs)},
        {"execution_ms"_L1, rounded(plan.executionMs)},
        {"total_ms"_L1, rounded(analysis.totalMs)},
        {"unaccounted_ms"_L1, rounded(analysis.unaccountedMs)},
        {"hotspots"_L1, hotspots},
        {"warnings"_L1, warnings},
    };
}

QString formatExplainSummary(const Plan &plan, const PlanAnalysis &analysis)
{
    QString text = QCoreApplication::translate("cli", "Plan: %n node(s), %1 format, root %2\n", nullptr, int(plan.nodes.size()))
                       .arg(plan.format == PlanFormat::Json ? u"JSON"_s : u"text"_s, plan.root().label());
    text += QCoreApplication::translate("cli", "Planning time:  %1\nExecution time: %2\n").arg(milliseconds(plan.planningMs), milliseconds(plan.executionMs));
    if (!analysis.totalMs) {
        text += QCoreApplication::translate("cli", "No actual times: the plan was not run with EXPLAIN ANALYZE, or with TIMING OFF.\n");
    } else {
        text += QCoreApplication::translate("cli", "\nHotspots (time spent in the node itself):\n");
        TextTable table({QCoreApplication::translate("cli", "OWN"), QCoreApplication::translate("cli", "SHARE"),
                         QCoreApplication::translate("cli", "TOTAL"), QCoreApplication::translate("cli", "ROWS"),
                         QCoreApplication::translate("cli", "LOOPS"), QCoreApplication::translate("cli", "NODE")});
        for (qsizetype i = 0; i < analysis.hotspots.size() && i < SummaryHotspots; ++i) {
            const PlanNode &node = plan.nodes.at(analysis.hotspots.at(i));
            const NodeAnalysis &metrics = analysis.nodes.at(node.id);
            table.addRow({milliseconds(metrics.exclusiveMs), QString::number(metrics.sharePercent.value_or(0), 'f', 1) + u'%',
                          milliseconds(metrics.totalMs), QString::number(node.actualRows.value_or(0), 'f', 0),
                          QString::number(node.actualLoops.value_or(0), 'f', 0), nodeName(node)});
        }
        text += table.toString();
    }
    if (!analysis.warnings.isEmpty()) {
        text += QCoreApplication::translate("cli", "\nWarnings:\n");
        for (const PlanWarning &warning : analysis.warnings)
            text += u"  %1: %2\n"_s.arg(nodeName(plan.nodes.at(warning.node)), warning.message);
    }
    QStringList notes;
    for (const PlanNode &node : plan.nodes) {
        for (const QString &note : analysis.nodes.at(node.id).notes)
            notes << u"  %1: %2\n"_s.arg(nodeName(node), note);
    }
    if (!notes.isEmpty())
        text += QCoreApplication::translate("cli", "\nNotes:\n") + notes.join(QString());
    return text;
}

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Summarize an EXPLAIN plan (JSON or text, as psql prints it): timings, hotspots and warnings."));
    addHelpOption(parser);
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print the plan's nodes and derived metrics as JSON.")});
    parser.addOption({u"max-size"_s, QCoreApplication::translate("cli", "Largest input to read, in MiB (default 256)."), u"mib"_s});
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("cli", "The plan file; - or nothing reads standard input."),
                                 u"[FILE|-]"_s);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << commandHelp(parser);
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(QCoreApplication::translate("cli", "explain reads one plan at a time."));
    const QString path = files.value(0, u"-"_s);
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, file.errorString()));
    // A cap, so a wrong file or an endless pipe gets a clear error instead of all the memory there is.
    qint64 maxMiB = 256;
    if (parser.isSet(u"max-size"_s)) {
        bool ok = false;
        maxMiB = parser.value(u"max-size"_s).toLongLong(&ok);
        if (!ok || maxMiB <= 0 || maxMiB > 64 * 1024)
            return fail(QCoreApplication::translate("cli", "--max-size takes a number of MiB between 1 and 65536."));
    }
    const qint64 maxBytes = maxMiB * 1024 * 1024;
    // Read in pieces up to one byte past the cap: read(max) would reserve the whole cap up front.
    QByteArray input;
    if (!file.isSequential())
        input.reserve(std::min(file.size(), maxBytes + 1));
    while (input.size() <= maxBytes) {
        const QByteArray piece = file.read(std::min<qint64>(1 << 20, maxBytes + 1 - input.size()));
        if (piece.isEmpty())
            break;
        input += piece;
    }
    if (input.size() > maxBytes)
        return fail(QCoreApplication::translate("cli", "%1 is larger than %2 MiB: not read. A plan that large is unusual; if it is one, "
                                                       "raise the limit with --max-size MIB.")
                        .arg(path == u"-" ? QCoreApplication::translate("cli", "standard input") : path)
                        .arg(maxMiB));

    PlanParseError error;
    std::optional<Plan> plan = parsePlan(input, &error);
    input = QByteArray(); // a text plan keeps a compact copy of its own; a JSON plan shares this buffer
    if (!plan) {
        const QString source = path == u"-" ? QCoreApplication::translate("cli", "standard input") : path;
        return fail(QCoreApplication::translate("cli", "%1: not a readable plan: %2").arg(source, error.toString()));
    }
    if (!parser.isSet(u"json"_s)) {
        out() << formatExplainSummary(*plan, analyzePlan(*plan)) << Qt::flush;
        return ExitOk;
    }
    // The nodes are made and written one at a time: as one document they needed more memory than the plan.
    const PlanAnalysis analysis = analyzePlan(*plan);
    printJsonStreamingArray(explainToJson(*plan, analysis), "nodes"_L1, plan->nodes.size(),
                            [&](qsizetype id) { return explainNodeToJson(*plan, analysis, int(id)); });
    return ExitOk;
}

} // namespace pgv::cli
