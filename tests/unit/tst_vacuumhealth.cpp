// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the vacuum-health documents a node returns, and the `vacuum --json` contract, without a server (the
// integration suite tst_sessions reads them from a real lab).
#include "sessions/vacuumjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

QByteArray nodeDocument()
{
    return R"({"in_recovery": false, "freeze_max_age": 200000000, "multixact_freeze_max_age": 400000000,
      "sessions": [{"pid": 4242, "user": "app", "database": "shop", "application": "billing", "state": "idle in transaction",
                    "backend_type": "client backend", "xmin": "1000", "age_xids": 5000, "age_s": 3600.5}],
      "prepared": [{"gid": "forgotten", "owner": "app", "database": "shop", "xmin": "900", "age_xids": 5100, "age_s": 7200}],
      "slots": [{"slot": "node2", "slot_type": "physical", "active": true, "database": null, "xmin": "1200", "age_xids": 4800,
                 "catalog_xmin": null, "catalog_age_xids": null},
                {"slot": "cdc", "slot_type": "logical", "active": false, "database": "shop", "xmin": null, "age_xids": null,
                 "catalog_xmin": "100", "catalog_age_xids": 5900}],
      "feedback": [{"pid": 555, "standby": "node3", "client": "127.0.0.1", "xmin": "1100", "age_xids": 4900}],
      "databases": [{"database": "shop", "xid_age": 250000000, "mxid_age": 3, "connectable": true},
                    {"database": "template0", "xid_age": 1000, "mxid_age": 0, "connectable": false}],
      "running": [{"pid": 777, "database": "shop", "relid": 16384, "table": null, "phase": "scanning heap",
                   "progress": {"heap_blks_total": 100, "heap_blks_scanned": 40, "heap_blks_vacuumed": 0, "index_vacuum_count": 0},
                   "autovacuum": true, "to_prevent_wraparound": true, "age_s": 12.5}],
      "conflicts": [{"database": "shop", "tablespace": 0, "lock": 2, "snapshot": 3, "bufferpin": 0, "deadlock": 0, "logical_slot": null}]})";
}

QByteArray tablesDocument()
{
    return R"({"tables": [{"table": "public.orders", "dead_tuples": 10, "live_tuples": 90, "last_vacuum": null,
                            "last_autovacuum": 1764806400.25, "last_analyze": null, "last_autoanalyze": null, "vacuum_count": 0,
                            "autovacuum_count": 4, "analyze_count": 0, "autoanalyze_count": 1, "xid_age": 10, "mxid_age": 0,
                            "autovacuum_enabled": true, "autovacuum_threshold": 68},
                           {"table": "public.events", "dead_tuples": 5000, "live_tuples": 100, "last_vacuum": null,
                            "last_autovacuum": null, "last_analyze": null, "last_autoanalyze": null, "vacuum_count": 0,
                            "autovacuum_count": 0, "analyze_count": 0, "autoanalyze_count": 0, "xid_age": 20, "mxid_age": 0,
                            "autovacuum_enabled": false, "autovacuum_threshold": 70}],
               "running": {"16384": "public.events"}})";
}

} // namespace

class TestVacuumHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindOfHolderOldestFirst()
    {
        const NodeVacuum node = parseVacuumNodeDocument(u"node1"_s, nodeDocument());
        QVERIFY(node.error.isEmpty());
        QCOMPARE(node.horizon.size(), 5);
        QList<qint64> ages;
        for (const HorizonHolder &holder : node.horizon)
            ages << holder.ageXids;
        QCOMPARE(ages, QList<qint64>({5900, 5100, 5000, 4900, 4800}));
        // The logical slot's catalog_xmin is the oldest, but it holds back only the catalogs: the prepared transaction
        // sets the horizon of the tables.
        QVERIFY(node.horizon[0].catalogOnly);
        QCOMPARE(node.oldest()->kind, HorizonHolder::Kind::Prepared);
        QVERIFY2(node.oldest()->holder.contains(u"forgotten"_s), qPrintable(node.oldest()->holder));
        const HorizonHolder &session = node.horizon[2];
        QCOMPARE(session.pid, 4242);
        QCOMPARE(session.ageSeconds.value_or(0), 3600.5);
        QVERIFY2(session.holder.contains(u"billing"_s) && session.holder.contains(u"idle in transaction"_s), qPrintable(session.holder));
        QCOMPARE(node.horizon[3].kind, HorizonHolder::Kind::StandbyFeedback);
        QCOMPARE(node.horizon[3].pid, 555);
        QCOMPARE(node.horizon[4].kind, HorizonHolder::Kind::Slot);
    }

    void theFreezeAgeTheRunningVacuumAndConflicts()
    {
        NodeVacuum node = parseVacuumNodeDocument(u"node1"_s, nodeDocument());
        QCOMPARE(node.databasesPastFreezeMaxAge(), QStringList{u"shop"_s});
        QCOMPARE(node.running.size(), 1);
        QCOMPARE(node.running[0].table, u"relation 16384"_s); // not yet named: another database
        QCOMPARE(node.running[0].heapBlocksScanned.value_or(0), 40);
        QVERIFY(node.running[0].toPreventWraparound);
        QCOMPARE(node.conflicts[0].total(), 5);
        QVERIFY(!node.conflicts[0].logicalSlot);

        QVERIFY(addDatabaseTables(node, u"shop"_s, tablesDocument()));
        QCOMPARE(node.running[0].table, u"public.events"_s);
        QCOMPARE(node.tables.size(), 2);
        QCOMPARE(node.tables[0].table, u"public.events"_s); // most dead tuples first
        QVERIFY(!node.tables[0].autovacuumEnabled);
        QCOMPARE(node.tables[1].lastAutovacuum, QDateTime::fromMSecsSinceEpoch(1764806400250, QTimeZone::utc()));
        QVERIFY(!node.tables[1].lastVacuum.isValid());
        QVERIFY(!addDatabaseTables(node, u"other"_s, "not json"));
    }

    void somethingElseIsAnErrorNotAnEmptyNode()
    {
        const NodeVacuum node = parseVacuumNodeDocument(u"node1"_s, "[1,2]");
        QVERIFY(!node.error.isEmpty());
        QVERIFY(!node.oldest());
    }

    void theJsonContract()
    {
        NodeVacuum first = parseVacuumNodeDocument(u"node1"_s, nodeDocument());
        QVERIFY(addDatabaseTables(first, u"shop"_s, tablesDocument()));
        NodeVacuum standby = parseVacuumNodeDocument(u"node2"_s, R"({"in_recovery": true, "freeze_max_age": 200000000,
            "sessions": [{"pid": 9, "user": "report", "state": "active", "xmin": "800", "age_xids": 6000, "age_s": 60}]})");
        NodeVacuum down;
        down.node = u"node3"_s;
        down.error = u"Could not connect to node3: refused"_s;
        const QJsonObject document = vacuumToJson({first, standby, down});

        for (const char *key : {"horizon", "tables", "databases", "running", "conflicts", "errors", "warnings"})
            QVERIFY2(document.value(QLatin1StringView(key)).isArray(), key);
        const QJsonArray horizon = document.value("horizon"_L1).toArray();
        QCOMPARE(horizon.size(), 6);
        const QJsonObject row = horizon[0].toObject();
        for (const char *key : {"node", "kind", "holder", "xmin", "age_xids", "age_s"})
            QVERIFY2(row.contains(QLatin1StringView(key)), key);
        QStringList kinds;
        for (const QJsonValue &value : horizon)
            kinds << value.toObject().value("kind"_L1).toString();
        QCOMPARE(kinds, QStringList({u"slot"_s, u"prepared"_s, u"session"_s, u"standby_feedback"_s, u"slot"_s, u"session"_s}));
        QVERIFY(horizon[1].toObject().value("oldest"_L1).toBool()); // node1's: the prepared transaction
        QVERIFY(horizon[5].toObject().value("oldest"_L1).toBool());  // node2's only holder
        QVERIFY(horizon[0].toObject().value("age_s"_L1).isNull());
        // The cluster's oldest: node2's session (6000) is older than anything of node1's but the catalog-only slot.
        const QJsonObject oldest = document.value("cluster_oldest"_L1).toObject();
        QCOMPARE(oldest.value("node"_L1).toString(), u"node2"_s);
        QCOMPARE(oldest.value("age_xids"_L1).toInt(), 6000);

        const QJsonObject table = document.value("tables"_L1).toArray().at(1).toObject();
        for (const char *key : {"node", "database", "table", "dead_tuples", "live_tuples", "last_autovacuum", "last_vacuum", "xid_age"})
            QVERIFY2(table.contains(QLatin1StringView(key)), key);
        QCOMPARE(table.value("last_autovacuum"_L1).toString(), u"2025-12-04T00:00:00Z"_s);
        QVERIFY(table.value("last_vacuum"_L1).isNull());
        const QJsonObject database = document.value("databases"_L1).toArray().at(0).toObject();
        for (const char *key : {"node", "database", "xid_age", "freeze_max_age"})
            QVERIFY2(database.contains(QLatin1StringView(key)), key);
        QCOMPARE(database.value("freeze_max_age"_L1).toInt(), 200000000);
        QCOMPARE(database.value("wraparound_percent"_L1).toDouble(), 11.64);
        QCOMPARE(document.value("running"_L1).toArray().at(0).toObject().value("table"_L1).toString(), u"public.events"_s);
        QCOMPARE(document.value("conflicts"_L1).toArray().at(0).toObject().value("total"_L1).toInt(), 5);
        const QJsonArray errors = document.value("errors"_L1).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].toObject().value("node"_L1).toString(), u"node3"_s);
    }
};

QTEST_GUILESS_MAIN(TestVacuumHealth)
#include "tst_vacuumhealth.moc"
