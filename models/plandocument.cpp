// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandocument.h"

#include "core/backgroundwork.h"
#include "plan/planparser.h"
#include "plan/plantextwriter.h"

#include <QDir>
#include <QFile>

namespace pgv {

namespace {

std::shared_ptr<PlanDocument> assemble(const QString &title, const QByteArray &input, Plan plan, PlanAnalysis analysis)
{
    auto document = std::make_shared<PlanDocument>();
    document->title = title;
    document->inputText = QString::fromUtf8(input);
    document->plan = std::move(plan);
    document->analysis = std::move(analysis);
    // The raw view's indexes: which text each node came from, and where each line starts.
    document->spans = mapPlanSource(document->inputText, document->plan);
    document->lines = SourceLines::of(document->inputText);
    if (!document->plan.nodes.isEmpty() && document->plan.format == PlanFormat::Json) {
        document->psqlText = writePlanText(document->plan, 0, PlanTextScope::Subtree, &document->psqlSpans);
        document->psqlLines = SourceLines::of(document->psqlText);
    }
    return document;
}

} // namespace

PlanLoader::PlanLoader(QObject *parent)
    : QObject(parent)
    , m_work(new BackgroundWork(this))
{
}

bool PlanLoader::isLoading() const
{
    return m_work->isRunning();
}

std::shared_ptr<const PlanDocument> PlanLoader::build(const QByteArray &input, const QString &title, QString *error)
{
    PlanParseError parseError;
    std::optional<Plan> plan = parsePlan(input, &parseError);
    if (!plan) {
        if (error)
            *error = parseError.toString();
        return nullptr;
    }
    PlanAnalysis analysis = analyzePlan(*plan);
    return assemble(title, input, std::move(*plan), std::move(analysis));
}

void PlanLoader::load(const QByteArray &input, const QString &title)
{
    watch([input, title] {
        Outcome outcome;
        outcome.title = title;
        outcome.document = build(input, title, &outcome.error);
        return outcome;
    });
}

void PlanLoader::loadFile(const QString &path, const QString &title)
{
    watch([path, title] {
        Outcome outcome;
        outcome.title = title;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return outcome;
        }
        outcome.document = build(file.readAll(), title, &outcome.error);
        return outcome;
    });
}

void PlanLoader::adopt(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis, const QByteArray &input,
                       const QString &title)
{
    watch([plan, analysis, input, title] { return Outcome{assemble(title, input, *plan, *analysis), title, {}}; });
}

void PlanLoader::watch(std::function<Outcome()> work)
{
    // Work captures only values, so a loader destroyed mid-parse leaves nothing dangling; an older load that
    // ends after a newer one started is dropped: the newest request wins.
    m_work->run(std::move(work), [this](const Outcome &outcome) {
        if (outcome.document)
            Q_EMIT loaded(outcome.document);
        else
            Q_EMIT failed(outcome.title, outcome.error);
    });
}

} // namespace pgv
