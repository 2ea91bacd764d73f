// SPDX-License-Identifier: GPL-3.0-or-later
#include "logicalchangecommand.h"

#include "actioncommand.h"
#include "cliio.h"
#include "clusterselection.h"
#include "estatereader.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pgv::cli", text);
}

const Profile *profileNamed(const QList<Profile> &profiles, const QString &name)
{
    for (const Profile &profile : profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

/// Read-only belongs to the cluster, however it is reached: a saved profile of that name that says so wins.
bool isReadOnly(const Profile &profile)
{
    if (profile.readOnly)
        return true;
    const auto stored = ProfileStore().find(profile.name);
    return stored && stored->readOnly;
}

} // namespace

int runLogicalChange(SubscriptionChange::Kind kind, const QStringList &arguments)
{
    QCommandLineParser parser;
    switch (kind) {
    case SubscriptionChange::Kind::Enable:
        parser.setApplicationDescription(tr("Enable a subscription (ALTER SUBSCRIPTION … ENABLE): its apply worker starts and streams what its "
                                            "slot kept meanwhile. Checked and audited; read-only profiles are refused."));
        break;
    case SubscriptionChange::Kind::Disable:
        parser.setApplicationDescription(tr("Disable a subscription (ALTER SUBSCRIPTION … DISABLE): no changes are applied until it is enabled; "
                                            "its slot on the publisher keeps them, and its WAL. Checked and audited; read-only profiles are refused."));
        break;
    case SubscriptionChange::Kind::RefreshPublication:
        parser.setApplicationDescription(tr("Refresh a subscription's publications (ALTER SUBSCRIPTION … REFRESH PUBLICATION): tables added to "
                                            "them are copied and then replicated, tables taken out stop being replicated. Checked and audited; "
                                            "read-only profiles are refused."));
        break;
    }
    addHelpOption(parser);
    ClusterSelection::addOptions(parser);
    parser.addPositionalArgument(u"subscription"_s, tr("The subscription's name (from pgversectl logical)."));
    parser.addOption({u"subscriber"_s, tr("The node the subscription is on, when the name is on several."), u"node"_s});
    parser.addOption({u"json"_s, tr("Print the run as JSON.")});
    parser.addOption({u"dry-run"_s, tr("Run the checks and print the plan; change nothing.")});
    parser.addOption({u"yes"_s, tr("Do not ask to confirm.")});
    if (const auto stop = parseOrAnswerHelp(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("Name one subscription (pgversectl logical lists them)."));
    const QString &name = positional.first();
    QString error;
    const auto selection = ClusterSelection::resolve(parser, &error);
    if (!selection)
        return fail(error);

    // Where the subscription is, and who publishes to it: one poll round of every cluster, as `logical` reads them.
    const QList<Profile> profiles = QList<Profile>{selection->profile} + besideProfiles(selection->profile);
    EstateReader reader(profiles, selection->password);
    reader.start();
    const LogicalEstate estate = assessLogical(reader.waitForRound());
    QList<const LogicalSubscription *> found;
    for (const LogicalSubscription &subscription : estate.subscriptions) {
        if (subscription.name == name && (!parser.isSet(u"subscriber"_s) || subscription.node == parser.value(u"subscriber"_s)))
            found << &subscription;
    }
    QStringList clusters;
    for (const Profile &profile : profiles)
        clusters << profile.name;
    if (found.isEmpty())
        return fail(tr("No subscription named %1 was found in %2 (or its nodes could not be reached): pgversectl logical lists them.")
                        .arg(name, clusters.join(u", "_s)));
    if (found.size() > 1)
        return fail(tr("Subscription %1 is on several nodes: say which with --subscriber NODE.").arg(name));
    const LogicalSubscription &subscription = *found.first();

    const Profile *subscriber = profileNamed(profiles, subscription.cluster);
    const Profile *publisher = profileNamed(profiles, subscription.publisherCluster);
    const NodeEndpoint *endpoint = nullptr;
    for (const ClusterEndpoints &cluster : reader.endpoints()) {
        for (const NodeEndpoint &candidate : cluster.endpoints) {
            if (cluster.cluster == subscription.cluster && candidate.name == subscription.node)
                endpoint = &candidate;
        }
    }
    if (!subscriber || !endpoint)
        return fail(tr("Subscription %1 was found on %2, which is not one of the clusters read.").arg(name, subscription.cluster));
    const QString password = publisher == &profiles.first() || (!publisher && subscriber == &profiles.first()) ? selection->password : QString();
    SubscriptionChange action(kind, *endpoint, subscription.database, name, subscriptionLockOwner(publisher, *subscriber), password);
    // Either end read-only refuses: a change of the subscription changes what the publisher keeps for it.
    const bool readOnly = isReadOnly(*subscriber) || (publisher && isReadOnly(*publisher));
    return executeAction(action, ActionPolicy{subscriber->name, readOnly},
                         {parser.isSet(u"json"_s), parser.isSet(u"dry-run"_s), parser.isSet(u"yes"_s)});
}

} // namespace pgv::cli
