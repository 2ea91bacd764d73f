// SPDX-License-Identifier: GPL-3.0-or-later
#include "labrejoin.h"

#include "labnodeops.h"

using namespace Qt::StringLiterals;

namespace pgv {

LabRejoin::LabRejoin(Lab lab, QString node, LabActionSettings settings)
    : m_lab(std::move(lab))
    , m_node(std::move(node))
    , m_settings(settings)
{
}

QString LabRejoin::title() const
{
    return tr("Rejoin %1 to %2").arg(m_node, m_lab.manifest().name);
}

QVariantMap LabRejoin::parameters() const
{
    return {{u"driver"_s, u"lab"_s}, {u"node"_s, m_node}, {u"primary"_s, m_primary}};
}

QList<ActionCheck> LabRejoin::preflight()
{
    QList<ActionCheck> checks;
    m_primary.clear();
    if (!m_lab.manifest().node(m_node)) {
        checks << failed(tr("Node is part of the lab"), tr("the lab has no node \"%1\"").arg(m_node));
        return checks;
    }
    const TopologySnapshot snapshot = probeLab(m_lab);
    QStringList primaries;
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.role == NodeRole::Primary && node.name != m_node)
            primaries << node.name;
    }
    if (primaries.size() != 1) {
        checks << failed(tr("One primary to follow"), primaries.isEmpty() ? tr("no other node accepts writes") : tr("%1 all accept writes").arg(primaries.join(u", "_s)));
        return checks;
    }
    m_primary = primaries.first();
    m_timeline = snapshot.node(m_primary)->timeline;
    checks << passed(tr("One primary to follow"), tr("%1, on timeline %2").arg(m_primary).arg(m_timeline));
    const TopologyNode *node = snapshot.node(m_node);
    if (node->role == NodeRole::Primary) {
        checks << warned(tr("%1 is not writable").arg(m_node),
                         tr("%1 accepts writes too (split brain): it is stopped first, and whatever was written to it alone is discarded by pg_rewind").arg(m_node));
    } else if (node->role == NodeRole::Standby && node->upstream == m_primary && node->state == u"streaming" && node->timeline == m_timeline) {
        checks << failed(tr("%1 needs rejoining").arg(m_node), tr("%1 already streams from %2 on timeline %3").arg(m_node, m_primary).arg(m_timeline));
    } else {
        checks << passed(tr("%1 needs rejoining").arg(m_node), node->isUp() ? tr("it is %1").arg(node->state) : tr("it is stopped"));
    }
    return checks;
}

QList<ActionStep> LabRejoin::plan() const
{
    return {
        {tr("Stop %1").arg(m_node), tr("fast shutdown; killed if it does not stop"), true},
        {tr("Checkpoint %1").arg(m_primary), tr("pg_rewind reads the source's timeline from its control file"), false},
        {tr("Rewind %1 from %2").arg(m_node, m_primary), tr("pg_rewind: undoes what %1 wrote after the timelines parted").arg(m_node), false},
        {tr("Configure %1 as a standby of %2").arg(m_node, m_primary), tr("standby.signal, primary_conninfo and its slot"), false},
        {tr("Start %1 and wait until it streams").arg(m_node), tr("on timeline %1").arg(m_timeline), false},
        {tr("Drop %1's leftover slots").arg(m_node), tr("inactive slots would only retain WAL"), false},
    };
}

ActionOutcome LabRejoin::execute(ActionContext &context)
{
    LabNodeOps ops(m_lab);
    QString error;
    const QString state = tr("%1 is stopped (and fenced); %2 is still the primary. Fix the cause shown above and rejoin again.").arg(m_node, m_primary);
    auto fail = [&](int step) {
        ops.fence(m_node, tr("rejoin failed"), &error);
        context.finishStep(step, StepStatus::Failed, error);
        return ActionOutcome{ActionOutcome::Result::Failed, error, state};
    };
    context.startStep(Stop);
    if (!ops.stopFast(m_node, &error, 30000) && !ops.killServer(m_node, &error))
        return fail(Stop);
    context.finishStep(Stop, StepStatus::Done);

    context.startStep(Checkpoint);
    PgSession primary;
    if (!ops.connect(m_primary, primary, &error) || !LabNodeOps::run(primary, u"CHECKPOINT"_s, &error, m_settings.stepTimeoutMs))
        return fail(Checkpoint);
    context.finishStep(Checkpoint, StepStatus::Done);

    context.startStep(Rewind);
    // Read before the rewind replaces them: the commits only this node has, which the rewind undoes.
    QString walError;
    const auto discarded = readWalDiscardedByRewind(m_lab, m_node, m_primary, &walError);
    const QString discardedText = discarded ? tr("discarded %1 that only %2 had").arg(discarded->describe(), m_node)
                                            : tr("what it discarded is unknown (%1)").arg(walError);
    if (discarded && discarded->commits > 0)
        context.log(tr("%1 committed %2 after the timelines forked at %3; pg_rewind undoes them.").arg(m_node, discarded->describe(), discarded->from.toString()));
    if (!ops.rewind(m_node, m_primary, &error))
        return fail(Rewind);
    context.finishStep(Rewind, StepStatus::Done, discardedText);
    m_discarded = discarded;

    context.startStep(Configure);
    if (!ops.configureStandby(m_node, m_primary, &error) || !LabNodeOps::ensureSlots(primary, {m_node}, &error))
        return fail(Configure);
    context.finishStep(Configure, StepStatus::Done);

    context.startStep(Start);
    ops.unfence(m_node);
    if (!m_lab.startNode(m_node, &error) || !waitUntilStreaming(m_lab, m_node, m_primary, m_timeline, 30000)) {
        if (error.isEmpty())
            error = tr("%1 started but does not stream from %2; see its log: %3").arg(m_node, m_primary, m_lab.logTail(m_node, 5));
        ops.stopFast(m_node, &error);
        return fail(Start);
    }
    context.finishStep(Start, StepStatus::Done);

    context.startStep(DropSlots);
    PgSession node;
    if (ops.connect(m_node, node, &error) && LabNodeOps::dropInactiveSlots(node, &error))
        context.finishStep(DropSlots, StepStatus::Done);
    else
        context.finishStep(DropSlots, StepStatus::Failed, error);
    return {ActionOutcome::Result::Succeeded,
            tr("%1 streams from %2 on timeline %3; the rewind %4.").arg(m_node, m_primary).arg(m_timeline).arg(discardedText), {}};
}

QList<ActionCheck> LabRejoin::verify()
{
    return verifyLabTopology(m_lab, m_primary, {m_node}, m_timeline);
}

} // namespace pgv
