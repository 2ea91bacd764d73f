// SPDX-License-Identifier: GPL-3.0-or-later
// Probe cost per node on a real lab: latency of one poll and round trips per poll.
#include "monitor/nodeprober.h"
#include "testlab.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

class BenchProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void pollLatency_data()
    {
        QTest::addColumn<QString>("node");
        QTest::newRow("node1 (primary)") << u"node1"_s;
        QTest::newRow("node2 (standby)") << u"node2"_s;
        QTest::newRow("node3 (standby)") << u"node3"_s;
    }
    void pollLatency()
    {
        QFETCH(QString, node);
        const Profile profile = m_lab->manifest().toProfile();
        const auto endpoints = profile.endpoints();
        const auto endpoint = std::find_if(endpoints.cbegin(), endpoints.cend(), [&](const NodeEndpoint &e) { return e.name == node; });
        NodeProber prober(*endpoint, {});
        QVERIFY(prober.probe().reachable); // connect outside the measurement: it happens once per node, not per poll
        int roundTrips = 0;
        int polls = 0;
        QBENCHMARK {
            const NodeProbe probe = prober.probe();
            QVERIFY2(probe.reachable, qPrintable(probe.error));
            roundTrips += probe.roundTrips;
            ++polls;
        }
        QCOMPARE(roundTrips, polls);
    }

private:
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_GUILESS_MAIN(BenchProbe)
#include "bench_probe.moc"
