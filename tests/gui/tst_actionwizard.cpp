// SPDX-License-Identifier: GPL-3.0-or-later
// The action wizard driving a real switchover on a lab: checks, typed confirmation, live steps, verification;
// a switchover killed half-way shows in the monitored topology as an interrupted action, and the wizard's
// recovery brings the lab back to one primary.
#include "actionmodels.h"
#include "actions/actionlock.h"
#include "actions/labrecover.h"
#include "actions/labswitchover.h"
#include "monitor/clustermonitor.h"
#include "actionwizard.h"
#include "testlab.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
QPushButton *button(QWidget *root, const QString &textStart)
{
    for (QPushButton *candidate : root->findChildren<QPushButton *>()) {
        if (candidate->isVisible() && candidate->text().remove(u'&').startsWith(textStart))
            return candidate;
    }
    return nullptr;
}

/// The checks the wizard shows as failed, for a message when the Run button stays disabled.
QString failedChecks(QWidget *wizard)
{
    QStringList failures;
    for (const auto *model : wizard->findChildren<ActionChecksModel *>()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ActionChecksModel::StatusColumn).data().toString() == u"FAIL")
                failures << model->index(row, ActionChecksModel::NameColumn).data().toString() + u": "_s + model->index(row, ActionChecksModel::ReasonColumn).data().toString();
        }
    }
    return failures.join(u'\n');
}

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PGV_TEST_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}
} // namespace

class TestActionWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void modelsPassTheTester()
    {
        ActionChecksModel checks;
        ActionStepsModel steps;
        QAbstractItemModelTester checksTester(&checks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester stepsTester(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        checks.setChecks({{u"a"_s, CheckStatus::Pass, u"fine"_s}, {u"b"_s, CheckStatus::Fail, u"broken"_s}});
        QCOMPARE(checks.index(1, ActionChecksModel::StatusColumn).data().toString(), u"FAIL"_s);
        steps.setPlan({{u"one"_s, u"first"_s, false}, {u"two"_s, u"second"_s, true}});
        steps.setStepStatus(0, StepStatus::Done, 12, u"ok"_s);
        QCOMPARE(steps.finishedSteps(), 1);
        QCOMPARE(steps.index(0, ActionStepsModel::TimeColumn).data().toString(), u"12 ms"_s);
        QVERIFY(steps.index(1, 0).data(ActionStepsModel::PointOfNoReturnRole).toBool());
        steps.setStepStatus(7, StepStatus::Done); // out of range: ignored
        checks.setChecks({});
        QCOMPARE(checks.rowCount(), 0);
    }

    void aSwitchoverRunsAfterTheClusterNameIsTyped()
    {
        const Lab lab = m_lab->lab();
        const ActionPolicy policy{m_lab->manifest().name, false};
        ActionWizard wizard(ActionKind::Switchover, policy.cluster, {u"node2"_s, u"node3"_s}, u"node3"_s,
                            [lab, policy](const ActionChoice &choice) {
                                return std::make_unique<ActionRunner>(std::make_shared<LabSwitchover>(lab, choice.target), policy);
                            });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        shoot(&wizard, u"wizard-choose"_s);
        QTest::mouseClick(button(&wizard, u"Check"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentPage(), 1, 20000);
        shoot(&wizard, u"wizard-review"_s);
        QPushButton *run = button(&wizard, u"Run"_s);
        QVERIFY(run);
        QVERIFY(!run->isEnabled());
        wizard.setConfirmationText(u"not the name"_s);
        QVERIFY(!run->isEnabled());
        wizard.setConfirmationText(policy.cluster);
        QVERIFY2(run->isEnabled(), qPrintable(failedChecks(&wizard)));
        QSignalSpy finished(&wizard, &ActionWizard::finishedRun);
        QTest::mouseClick(run, Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), 2);
        QVERIFY(finished.wait(60000));
        shoot(&wizard, u"wizard-done"_s);
        const auto outcome = finished.first().first().value<ActionOutcome>();
        QVERIFY2(outcome.result == ActionOutcome::Result::Succeeded, qPrintable(outcome.message));
        QVERIFY(button(&wizard, u"Close"_s)->isEnabled());
        QCOMPARE(probeLab(m_lab->lab()).node(u"node3")->role, NodeRole::Primary);
    }

    void aFailedCheckKeepsTheRunButtonDisabled()
    {
        const Lab lab = m_lab->lab();
        const ActionPolicy policy{m_lab->manifest().name, false};
        ActionWizard wizard(ActionKind::Switchover, policy.cluster, {u"node1"_s}, u"node1"_s, [lab, policy](const ActionChoice &) {
            return std::make_unique<ActionRunner>(std::make_shared<LabSwitchover>(lab, u"node9"_s), policy);
        });
        wizard.show();
        QTest::mouseClick(button(&wizard, u"Check"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentPage(), 1, 20000);
        wizard.setConfirmationText(policy.cluster);
        QVERIFY(!button(&wizard, u"Run"_s)->isEnabled());
    }

    void anInterruptedSwitchoverIsShownAndRecovered()
    {
        const Lab lab = m_lab->lab();
        const LockScope scope = labLockScope(m_lab->manifest().name, m_lab->dir());
        ProbeSettings settings;
        settings.intervalMs = 200;
        ClusterMonitor monitor(u"lab"_s, m_lab->manifest().toProfile().endpoints(), settings);
        monitor.watchInterruptedActions([scope] {
            bool held = false;
            const auto journal = readActionJournal(scope, &held);
            return journal && !held ? journal->describeInterrupted() : QString();
        });
        monitor.start();
        const auto interrupted = [&monitor] {
            const QList<Problem> &problems = monitor.snapshot().problems;
            return !problems.isEmpty() && problems.first().kind == ProblemKind::ActionInterrupted;
        };

        // A switchover to node2 killed once the old primary is fenced and the promotion asked for (step 6).
        QString primary;
        for (const TopologyNode &node : probeLab(lab).nodes) {
            if (node.role == NodeRole::Primary)
                primary = node.name;
        }
        const QString candidate = primary == u"node2" ? u"node1"_s : u"node2"_s;
        QProcess cli;
        cli.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, {u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, candidate, u"--yes"_s});
        QVERIFY(cli.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        bool reached = false;
        while (!reached && clock.elapsed() < 30000 && cli.state() == QProcess::Running) {
            const auto journal = readActionJournal(scope);
            reached = journal && journal->stepIndex >= LabSwitchover::promoteStep();
            if (!reached)
                QThread::usleep(500);
        }
        ::kill(pid_t(cli.processId()), SIGKILL);
        cli.waitForFinished();
        QVERIFY2(reached, qPrintable(QString::fromUtf8(cli.readAllStandardError())));
        QTRY_VERIFY_WITH_TIMEOUT(interrupted(), 10000);
        QVERIFY(monitor.snapshot().problems.first().message.contains(u"switchover"_s, Qt::CaseInsensitive));

        const ActionPolicy policy{m_lab->manifest().name, false};
        ActionWizard wizard(ActionKind::Recover, policy.cluster, {}, {}, [lab, policy](const ActionChoice &) {
            return std::make_unique<ActionRunner>(std::make_shared<LabRecover>(lab), policy);
        });
        wizard.resize(1024, 700);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QSignalSpy finished(&wizard, &ActionWizard::finishedRun);
        ActionOutcome outcome;
        // A promotion the killed switchover had asked for may complete after the plan was shown: then the run
        // refuses to go on with a plan the user did not read, and checking again shows the new one.
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (attempt > 0)
                QTest::mouseClick(button(&wizard, u"Check again"_s), Qt::LeftButton);
            QTest::mouseClick(button(&wizard, u"Check"_s), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentPage(), 1, 20000);
            shoot(&wizard, u"wizard-recover-review"_s);
            wizard.setConfirmationText(policy.cluster);
            QPushButton *run = button(&wizard, u"Run"_s);
            QVERIFY2(run && run->isEnabled(), qPrintable(failedChecks(&wizard)));
            QTest::mouseClick(run, Qt::LeftButton);
            QVERIFY(finished.wait(90000));
            outcome = finished.takeFirst().first().value<ActionOutcome>();
            if (outcome.result != ActionOutcome::Result::Cancelled)
                break;
        }
        shoot(&wizard, u"wizard-recover-done"_s);
        QVERIFY2(outcome.result == ActionOutcome::Result::Succeeded, qPrintable(outcome.message));
        QTRY_VERIFY_WITH_TIMEOUT(!interrupted(), 10000);
        int primaries = 0;
        for (const TopologyNode &node : probeLab(lab).nodes)
            primaries += node.role == NodeRole::Primary;
        QCOMPARE(primaries, 1);
    }

private:
    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_MAIN(TestActionWizard)
#include "tst_actionwizard.moc"
