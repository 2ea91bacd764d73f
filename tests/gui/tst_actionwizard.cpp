// SPDX-License-Identifier: GPL-3.0-or-later
// The action wizard driving a real switchover on a lab: checks, typed confirmation, live steps, verification.
#include "actionmodels.h"
#include "actions/labswitchover.h"
#include "actionwizard.h"
#include "testlab.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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

private:
    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_MAIN(TestActionWizard)
#include "tst_actionwizard.moc"
