// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/nodeprobe.h"
#include "testenvironment.h"
#include "topology/topologyassembler.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace pgv::test {

/// A probe document recorded from a real lab (tests/data/probes), editable before it is parsed.
inline QJsonObject recordedProbe(const QString &name)
{
    QFile file(testData(QStringLiteral("probes/") + name + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing probe fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline NodeProbe reachableProbe(const QString &node, const QJsonObject &document)
{
    NodeProbe probe;
    probe.node = node;
    probe.reachable = true;
    probe.probedAt = QDateTime::currentDateTimeUtc();
    probe.host = QStringLiteral("127.0.0.1");
    QString error;
    if (!parseProbeDocument(QJsonDocument(document).toJson(), &probe, &error))
        qFatal("fixture does not parse: %s", qPrintable(error));
    return probe;
}

inline NodeProbe failedProbe(const QString &node, PgError::Kind kind, const QString &error)
{
    NodeProbe probe;
    probe.node = node;
    probe.failure = kind;
    probe.error = error;
    probe.probedAt = QDateTime::currentDateTimeUtc();
    return probe;
}

/// The recorded lab: node1 (primary, port 55432), node2 (55433) and node3 (55434) streaming from it.
inline TopologyInput labInput(const QHash<QString, NodeProbe> &probes)
{
    TopologyInput input;
    input.cluster = QStringLiteral("lab");
    input.nodes = {{QStringLiteral("node1"), QStringLiteral("127.0.0.1"), 55432},
                   {QStringLiteral("node2"), QStringLiteral("127.0.0.1"), 55433},
                   {QStringLiteral("node3"), QStringLiteral("127.0.0.1"), 55434}};
    input.probes = probes;
    return input;
}

inline QHash<QString, NodeProbe> healthyProbes()
{
    return {{QStringLiteral("node1"), reachableProbe(QStringLiteral("node1"), recordedProbe(QStringLiteral("healthy-node1")))},
            {QStringLiteral("node2"), reachableProbe(QStringLiteral("node2"), recordedProbe(QStringLiteral("healthy-node2")))},
            {QStringLiteral("node3"), reachableProbe(QStringLiteral("node3"), recordedProbe(QStringLiteral("healthy-node3")))}};
}

/// "kind:node" for every problem, sorted: compact to compare.
/// The recorded lab with node3 cascading from node2 instead of streaming from node1.
inline QHash<QString, NodeProbe> cascadedProbes()
{
    QHash<QString, NodeProbe> probes = healthyProbes();
    QJsonObject primary = recordedProbe(QStringLiteral("healthy-node1"));
    QJsonArray primaryClients = primary.value(QLatin1StringView("replication")).toArray();
    QJsonObject cascadeRow;
    QJsonArray kept;
    for (const QJsonValue &row : primaryClients) {
        if (row.toObject().value(QLatin1StringView("application_name")).toString() == QStringLiteral("node3"))
            cascadeRow = row.toObject();
        else
            kept.append(row);
    }
    primary.insert(QLatin1StringView("replication"), kept);
    QJsonObject middle = recordedProbe(QStringLiteral("healthy-node2"));
    cascadeRow.insert(QLatin1StringView("replay_lsn"), QStringLiteral("0/4253F00")); // 0xB8 bytes behind node2's received position
    middle.insert(QLatin1StringView("replication"), QJsonArray{cascadeRow});
    QJsonObject leaf = recordedProbe(QStringLiteral("healthy-node3"));
    QJsonObject receiver = leaf.value(QLatin1StringView("wal_receiver")).toObject();
    receiver.insert(QLatin1StringView("sender_port"), 55433);
    leaf.insert(QLatin1StringView("wal_receiver"), receiver);
    leaf.insert(QLatin1StringView("receive_lsn"), QStringLiteral("0/4253F00")); // node3's own account agrees
    leaf.insert(QLatin1StringView("replay_lsn"), QStringLiteral("0/4253F00"));
    probes.insert(QStringLiteral("node1"), reachableProbe(QStringLiteral("node1"), primary));
    probes.insert(QStringLiteral("node2"), reachableProbe(QStringLiteral("node2"), middle));
    probes.insert(QStringLiteral("node3"), reachableProbe(QStringLiteral("node3"), leaf));
    return probes;
}

inline QStringList problemKeys(const TopologySnapshot &snapshot)
{
    QStringList keys;
    for (const Problem &problem : snapshot.problems)
        keys << problemKindName(problem.kind) + u':' + problem.node;
    keys.sort();
    return keys;
}

} // namespace pgv::test
