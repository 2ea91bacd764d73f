// SPDX-License-Identifier: GPL-3.0-or-later
#include "planalysis.h"
#include "plandiagnostics.h"
#include "planfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int MetricCount = 1 + PlanCounters::Count; // time, then the counters
using Metrics = std::array<double, MetricCount>;

QString number(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'f', value < 10 ? 3 : 1);
}

void add(Metrics *to, const Metrics &from, double factor = 1)
{
    for (int k = 0; k < MetricCount; ++k)
        (*to)[k] += factor * from[k];
}

bool isGather(const PlanNode &node)
{
    return node.type == u"Gather" || node.type == u"Gather Merge";
}

/// Which nodes' expressions mention each InitPlan token.
QHash<QString, QList<int>> paramReferences(const Plan &plan)
{
    QHash<QString, QList<int>> references;
    for (const PlanNode &node : plan.nodes) {
        QStringList tokens = node.paramRefs;
        tokens.sort();
        tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
        for (const QString &token : std::as_const(tokens))
            references[token].append(node.id);
    }
    return references;
}

bool inSubtree(const PlanNode &root, int id)
{
    return id >= root.id && id < root.subtreeEnd;
}

class Analyzer
{
public:
    explicit Analyzer(const Plan &plan) : m_plan(plan), m_nodes(plan.nodes) {}

    PlanAnalysis run()
    {
        const qsizetype count = m_nodes.size();
        m_result.nodes.resize(count);
        m_inclusive.resize(count);
        m_exclusive.resize(count);
        m_tolerance.resize(count);
        m_timed = m_plan.hasTiming();
        computeTotals();
        computeExclusive();
        moveInitPlans();
        moveCtes();
        clampAndFinish();
        describeNodes();
        return std::move(m_result);
    }

private:
    void computeTotals()
    {
        QList<int> gather(m_nodes.size(), -1);
        for (const PlanNode &node : m_nodes) {
            NodeAnalysis &analysis = m_result.nodes[node.id];
            if (node.parent >= 0) {
                const PlanNode &parent = m_nodes[node.parent];
                gather[node.id] = isGather(parent) && node.parentRelationship != u"InitPlan" ? parent.id : gather[parent.id];
            }
            const double loops = node.actualLoops.value_or(0);
            if (gather[node.id] >= 0) {
                // Per-loop times are averages over every process that ran the node; wall time is their share.
                const int launched = m_nodes[gather[node.id]].workersLaunched.value_or(0);
                // Loops come from the plan text and may be absurd (1e110): compared as doubles, never converted out of range.
                analysis.processes = int(std::max(1.0, std::min({loops, double(launched) + 1.0, double(std::numeric_limits<int>::max())})));
            }
            if (node.actualTotalTime && node.actualLoops)
                analysis.totalMs = *node.actualTotalTime * loops / analysis.processes;
            else if (m_timed && node.actualLoops && loops == 0)
                analysis.totalMs = 0.0;
            analysis.inclusive = node.counters;
            Metrics &metrics = m_inclusive[node.id];
            metrics[0] = analysis.totalMs.value_or(0);
            for (int k = 0; k < PlanCounters::Count; ++k)
                metrics[1 + k] = node.counters.values[k];
            m_tolerance[node.id] = 0.0005 * std::max(1.0, loops / analysis.processes);
        }
        if (m_timed) {
            // A node without a time in a timed plan (hand-edited input): let it pass its children's time through
            // rather than inventing one, so the others still add up.
            for (qsizetype id = m_nodes.size() - 1; id >= 0; --id) {
                if (m_result.nodes[id].totalMs)
                    continue;
                double children = 0;
                for (int child : m_nodes[id].children)
                    children += m_inclusive[child][0];
                m_inclusive[id][0] = children;
                m_result.nodes[id].notes.append(QCoreApplication::translate("Plan", "PostgreSQL gave no time for this node."));
            }
        }
        m_result.totalMs = m_result.nodes.first().totalMs;
    }

    void computeExclusive()
    {
        for (const PlanNode &node : m_nodes) {
            m_exclusive[node.id] = m_inclusive[node.id];
            for (int child : node.children) {
                add(&m_exclusive[node.id], m_inclusive[child], -1);
                m_tolerance[node.id] += m_tolerance[child];
            }
        }
    }

    /// An InitPlan runs when a node first needs its result, and that node's time includes it; the node the
    /// InitPlan hangs on (an ancestor) already subtracted it once, so charge it to the consumer instead.
    void moveInitPlans()
    {
        QList<int> initPlans;
        for (const PlanNode &node : m_nodes) {
            if (node.parentRelationship == u"InitPlan" && !node.isCte() && node.parent >= 0)
                initPlans.append(node.id);
        }
        if (initPlans.isEmpty())
            return;
        const QHash<QString, QList<int>> references = paramReferences(m_plan);
        for (int id : initPlans) {
            const PlanNode &initPlan = m_nodes[id];
            const PlanNode &owner = m_nodes[initPlan.parent];
            if (m_timed && !m_result.nodes[owner.id].totalMs)
                continue; // nothing to correct in a node without a time
            QStringList tokens;
            planfields::collectParamTokens(QStringView(initPlan.subplanName), &tokens);
            QList<int> candidates;
            for (const QString &token : std::as_const(tokens)) {
                for (int user : references.value(token)) {
                    if (inSubtree(owner, user) && !inSubtree(initPlan, user) && !candidates.contains(user))
                        candidates.append(user);
                }
            }
            const QString oneTimeFilter = owner.properties().value("One-Time Filter"_L1).toString();
            if (candidates.contains(owner.id)
                && std::any_of(tokens.cbegin(), tokens.cend(), [&](const QString &token) { return oneTimeFilter.contains(token); }))
                continue; // evaluated before anything below runs
            // The first node to run an expression is the first in post-order: below before above, left before right.
            std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
                if (inSubtree(m_nodes[b], a) != inSubtree(m_nodes[a], b))
                    return inSubtree(m_nodes[b], a);
                return a < b;
            });
            for (int consumer : std::as_const(candidates)) {
                if (consumer == owner.id)
                    break;
                if (m_timed && m_exclusive[consumer][0] < m_inclusive[id][0] - m_tolerance[consumer] - m_tolerance[id])
                    continue; // its own time cannot hold the InitPlan: not the node that ran it
                add(&m_exclusive[owner.id], m_inclusive[id]);
                add(&m_exclusive[consumer], m_inclusive[id], -1);
                m_tolerance[consumer] += m_tolerance[id];
                break;
            }
        }
    }

    /// A CTE runs as the CTE Scans reading it pull rows, so its time is inside theirs: take it from them, not
    /// from the node it hangs on.
    void moveCtes()
    {
        for (const PlanNode &cte : m_nodes) {
            if (!cte.isCte() || cte.parent < 0)
                continue;
            const PlanNode &owner = m_nodes[cte.parent];
            if (m_timed && !m_result.nodes[owner.id].totalMs)
                continue;
            const QString name = cte.subplanName.mid(4);
            QList<int> scans;
            for (int id = owner.id; id < owner.subtreeEnd; ++id) {
                if (m_nodes[id].type == u"CTE Scan" && m_nodes[id].cteName == name && !inSubtree(cte, id))
                    scans.append(id);
            }
            add(&m_exclusive[owner.id], m_inclusive[cte.id]);
            if (scans.isEmpty()) {
                if (m_inclusive[cte.id][0] > 0) {
                    m_result.nodes[cte.id].notes.append(QCoreApplication::translate("Plan", "No CTE Scan reads this CTE: it runs after the query, outside the time of "
                                                                   "the node it is attached to."));
                    m_result.unaccountedMs += m_inclusive[cte.id][0];
                }
                continue;
            }
            for (int k = 0; k < MetricCount; ++k) {
                double remaining = m_inclusive[cte.id][k];
                // The scan that spent the most is the one most likely to have run the CTE.
                std::sort(scans.begin(), scans.end(), [&](int a, int b) { return m_exclusive[a][k] > m_exclusive[b][k]; });
                for (int scan : std::as_const(scans)) {
                    const double taken = std::clamp(m_exclusive[scan][k], 0.0, remaining);
                    m_exclusive[scan][k] -= taken;
                    remaining -= taken;
                }
                m_exclusive[owner.id][k] -= remaining;
                if (k == 0 && remaining > m_tolerance[cte.id] + 0.001) {
                    m_result.nodes[cte.id].notes.append(
                        QCoreApplication::translate("Plan", "%1 ms of this CTE's time is not within the CTE Scans reading it.").arg(number(remaining)));
                }
            }
        }
    }

    void clampAndFinish()
    {
        for (const PlanNode &node : m_nodes) {
            NodeAnalysis &analysis = m_result.nodes[node.id];
            Metrics &exclusive = m_exclusive[node.id];
            if (analysis.totalMs) {
                if (exclusive[0] < 0) {
                    m_result.unaccountedMs += -exclusive[0];
                    if (-exclusive[0] > m_tolerance[node.id])
                        analysis.notes.append(negativeTimeNote(node, -exclusive[0]));
                    exclusive[0] = 0;
                }
                analysis.exclusiveMs = exclusive[0];
            }
            for (int k = 0; k < PlanCounters::Count; ++k)
                analysis.exclusive.values[k] = std::max(0.0, exclusive[1 + k]);
        }
        // Shares of everything the exclusive times hold, so that they add up to 100 % even where PostgreSQL's
        // figures do not (there, the root's total alone is smaller than the sum of its parts).
        const double total = m_result.totalMs.value_or(0) + m_result.unaccountedMs;
        for (NodeAnalysis &analysis : m_result.nodes) {
            if (analysis.exclusiveMs && total > 0)
                analysis.sharePercent = *analysis.exclusiveMs / total * 100;
        }
        for (const PlanNode &node : m_nodes) {
            if (m_result.nodes[node.id].exclusiveMs.value_or(0) > 0)
                m_result.hotspots.append(node.id);
        }
        std::stable_sort(m_result.hotspots.begin(), m_result.hotspots.end(),
                         [&](int a, int b) { return *m_result.nodes[a].exclusiveMs > *m_result.nodes[b].exclusiveMs; });
    }

    QString negativeTimeNote(const PlanNode &node, double excess) const
    {
        bool parallel = isGather(node) || m_result.nodes[node.id].processes > 1;
        bool initPlan = false;
        for (int child : node.children) {
            parallel = parallel || m_result.nodes[child].processes > 1;
            initPlan = initPlan || m_nodes[child].parentRelationship == u"InitPlan";
        }
        QString note = QCoreApplication::translate("Plan", "PostgreSQL timed what runs below this node %1 ms longer than the node itself; its own time is "
                                  "shown as 0 instead of a negative time.")
                           .arg(number(excess));
        if (parallel)
            note += u' ' + QCoreApplication::translate("Plan", "Parallel workers' times are averages over the processes, and their start-up and shutdown "
                                      "fall outside the Gather's own timing.");
        else if (initPlan)
            note += u' ' + QCoreApplication::translate("Plan", "An InitPlan attached here is probably counted again in a node below that uses its result.");
        return note;
    }

    void describeNodes();

    const Plan &m_plan;
    const QList<PlanNode> &m_nodes;
    PlanAnalysis m_result;
    QList<Metrics> m_inclusive;
    QList<Metrics> m_exclusive;
    QList<double> m_tolerance; ///< rounding of PostgreSQL's 3-decimal times, scaled by loops
    bool m_timed = false;
};

} // namespace

void Analyzer::describeNodes()
{
    for (const PlanNode &node : m_nodes)
        diagnoseNode(node, m_nodes, &m_result.nodes[node.id], &m_result.warnings);
}

PlanAnalysis analyzePlan(const Plan &plan)
{
    if (plan.nodes.isEmpty())
        return {};
    return Analyzer(plan).run();
}

} // namespace pgv
