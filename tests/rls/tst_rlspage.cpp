// SPDX-License-Identifier: GPL-3.0-or-later
// The RLS page on a real multi-tenant database, driven as a user would: a template's DDL shown, validated (nothing
// changes) and applied, a broken expression marked where the server says, read-only profiles kept from applying,
// the "view as" tester and the tenant matrix counting from the server, a lint's fix copied.
#include "monitor/probenow.h"
#include "profiles/profile.h"
#include "rlslintspane.h"
#include "rlsmodels.h"
#include "rlspage.h"
#include "rlspolicyform.h"
#include "rlstestermodels.h"
#include "rlstesterpanel.h"
#include "rlstestschema.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QComboBox>
#include <QCheckBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {

const RlsTableRef kInvoices{u"public"_s, u"invoices"_s};

} // namespace

class TestRlsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<TestLab>(0);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QString error;
        QVERIFY2(createSaasSchema(*m_lab, &error), qPrintable(error));
        m_profile = m_lab->manifest().toProfile();
        m_snapshot = probeTopologyNow(m_profile.name, m_profile.endpoints());

        m_page = std::make_unique<RlsPage>(new RlsWorkbench(this));
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_page->tableModel(), m_page->policyModel(), m_page->lintModel(), m_page->tester()->visibilityModel(),
                 m_page->tester()->sampleModel(), m_page->tester()->matrixModel()})
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        m_page->resize(1300, 850);
        m_page->show();
        m_page->setDatabase(kDatabase);
        QSignalSpy shown(m_page.get(), &RlsPage::catalogShown);
        showCluster(*m_page, m_profile);
        QVERIFY(shown.wait(20000));
        // Another poll of the same cluster does not read the catalogue again.
        m_page->setSnapshot(shareSnapshot(m_snapshot));
        QVERIFY(!shown.wait(500));
    }
    void cleanupTestCase()
    {
        m_page.reset();
        m_lab.reset();
    }

    void templateIsShownValidatedAndApplied()
    {
        QVERIFY(m_page->tableModel()->rowOf(kInvoices) >= 0);
        m_page->selectTable(kInvoices);
        QCOMPARE(m_page->policyModel()->rowCount(), 0);
        // The testers follow the table chosen.
        QCOMPARE(m_page->tester()->findChild<QComboBox *>(u"writeTable"_s)->currentText(), kInvoices.displayName());
        m_page->form()->applyTemplate(PolicyTemplate::TenantIsolation);
        // Row-level security is off on the table: the form offers to enable it too, ticked, in the same transaction.
        QVERIFY(m_page->form()->enableRowSecurityBox()->isVisibleTo(m_page.get()));
        QVERIFY(m_page->form()->alsoEnableRowSecurity());
        QString preview = m_page->previewText();
        QVERIFY2(preview.endsWith(u"ALTER TABLE \"public\".\"invoices\" ENABLE ROW LEVEL SECURITY;\n"_s), qPrintable(preview));
        m_page->form()->enableRowSecurityBox()->setChecked(false); // this run keeps it apart, enabled below
        preview = m_page->previewText();
        QVERIFY2(!preview.contains(u"ENABLE ROW LEVEL SECURITY"_s), qPrintable(preview));
        QVERIFY2(preview.startsWith(u"CREATE POLICY \"tenant_isolation\" ON \"public\".\"invoices\""_s), qPrintable(preview));
        QVERIFY(preview.contains(u"NULLIF(current_setting('app.tenant_id', true), '')"_s));
        QVERIFY(m_page->validateButton()->isEnabled());
        QVERIFY(m_page->applyButton()->isEnabled());

        QSignalSpy ddl(m_page.get(), &RlsPage::ddlShown);
        QTest::mouseClick(m_page->validateButton(), Qt::LeftButton);
        QVERIFY(ddl.wait(20000));
        QVERIFY(ddl.last().at(0).value<DdlOutcome>().succeeded());
        QVERIFY(!ddl.last().at(1).toBool());
        QVERIFY(m_page->resultText().contains(u"rolled back"_s));
        QCOMPARE(policyCount(), 0);

        QSignalSpy shown(m_page.get(), &RlsPage::catalogShown);
        QTest::mouseClick(m_page->applyButton(), Qt::LeftButton);
        QVERIFY(ddl.wait(20000));
        QVERIFY(ddl.last().at(0).value<DdlOutcome>().succeeded());
        QVERIFY(shown.wait(20000));
        QCOMPARE(policyCount(), 1);
        QCOMPARE(m_page->policyModel()->rowCount(), 1);
        QCOMPARE(m_page->form()->isEditing(), true); // the new policy is selected for editing
        QVERIFY(!m_page->form()->enableRowSecurityBox()->isVisibleTo(m_page.get()));
        QVERIFY2(m_page->resultText().contains(u"Applied and committed"_s), qPrintable(m_page->resultText()));

        m_page->proposeRowSecurity(RowSecurityChange::Enable);
        QCOMPARE(m_page->previewText(), u"ALTER TABLE \"public\".\"invoices\" ENABLE ROW LEVEL SECURITY;\n"_s);
        m_page->apply();
        QVERIFY(shown.wait(20000));
        const int row = m_page->tableModel()->rowOf(kInvoices);
        QCOMPARE(m_page->tableModel()->index(row, RlsTableModel::EnabledColumn).data(Qt::CheckStateRole), QVariant(Qt::Checked));
    }

    void brokenExpressionIsMarked()
    {
        m_page->selectTable(kInvoices);
        m_page->form()->editPolicy(m_page->policyModel()->policies().first());
        auto *usingEditor = m_page->form()->findChild<QPlainTextEdit *>(u"usingEditor"_s);
        QVERIFY(usingEditor);
        const QString broken = u"tenant_id = no_such_column"_s;
        usingEditor->setPlainText(broken);
        QVERIFY(m_page->previewText().startsWith(u"ALTER POLICY \"tenant_isolation\""_s));
        QSignalSpy ddl(m_page.get(), &RlsPage::ddlShown);
        m_page->validate();
        QVERIFY(ddl.wait(20000));
        const DdlOutcome outcome = ddl.last().at(0).value<DdlOutcome>();
        QVERIFY(!outcome.succeeded());
        QVERIFY(m_page->resultText().contains(u"no_such_column"_s));
        const QList<QTextEdit::ExtraSelection> marks = usingEditor->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectionStart(), broken.indexOf(u"no_such_column"_s));
        QCOMPARE(marks.first().cursor.selectedText(), u"no_such_column"_s);
        QCOMPARE(policyCount(), 1);
    }

    void readOnlyProfileCannotApply()
    {
        Profile readOnly = m_profile;
        readOnly.readOnly = true;
        RlsPage page(new RlsWorkbench(this));
        page.setDatabase(kDatabase);
        QSignalSpy shown(&page, &RlsPage::catalogShown);
        showCluster(page, readOnly);
        QVERIFY(shown.wait(20000));
        page.selectTable(kInvoices);
        page.proposeRowSecurity(RowSecurityChange::Force);
        QVERIFY(page.validateButton()->isEnabled());
        QVERIFY(!page.applyButton()->isEnabled());
        QVERIFY(page.applyButton()->toolTip().contains(u"read-only"_s));
        page.apply(); // even called directly, nothing runs
        QCOMPARE(page.workbench()->pendingRequests(), 0);
    }

    void viewAsCountsAndSamples()
    {
        RlsTesterPanel *tester = m_page->tester();
        m_page->tabs()->setCurrentWidget(tester);
        tester->setRole(kAppRole);
        tester->setSettings(u"app.tenant_id="_s + kTenantB);
        QSignalSpy viewed(tester, &RlsTesterPanel::viewAsShown);
        QTest::mouseClick(tester->findChild<QPushButton *>(u"runViewAs"_s), Qt::LeftButton);
        QVERIFY(viewed.wait(20000));
        VisibilityModel *visibility = tester->visibilityModel();
        QCOMPARE(visibility->rowCount(), 1); // only the RLS table is ticked by default
        QCOMPARE(visibility->index(0, VisibilityModel::TableColumn).data().toString(), u"public.invoices"_s);
        QCOMPARE(visibility->index(0, VisibilityModel::RowsColumn).data().toLongLong(), 2);
        QCOMPARE(tester->sampleModel()->rowCount(), 2);
        const int tenantColumn = int(tester->sampleModel()->result().columns.indexOf(u"tenant_id"_s));
        for (int row = 0; row < 2; ++row)
            QCOMPARE(tester->sampleModel()->index(row, tenantColumn).data().toString(), kTenantB);
    }

    void writeTrialShowsWhatWithCheckAccepts()
    {
        RlsTesterPanel *tester = m_page->tester();
        tester->setRole(kAppRole);
        tester->setSettings(u"app.tenant_id="_s + kTenantA);
        QSignalSpy tried(tester, &RlsTesterPanel::writeTried);
        tester->tryWrite(kInvoices, u"tenant_id="_s + kTenantA + u"\namount=7\nowner_name=NULL"_s, {});
        QVERIFY(tried.wait(20000));
        WriteTrialOutcome outcome = tried.last().at(0).value<WriteTrialOutcome>();
        QVERIFY2(outcome.executed, qPrintable(outcome.message));
        QCOMPARE(outcome.affectedRows, 1);
        QVERIFY(outcome.statement.contains(u"\"owner_name\") VALUES ('"_s + kTenantA + u"', '7', NULL)"_s));

        tester->tryWrite(kInvoices, u"tenant_id="_s + kTenantB + u"\namount=7"_s, {});
        QVERIFY(tried.wait(20000));
        outcome = tried.last().at(0).value<WriteTrialOutcome>();
        QVERIFY(!outcome.executed);
        QVERIFY(outcome.policyViolation);
        QVERIFY(tester->writeResult().contains(u"WITH CHECK"_s));

        tester->tryWrite(kInvoices, u"tenant_id="_s + kTenantB, u"tenant_id="_s + kTenantA); // moving A's rows to B
        QVERIFY(tried.wait(20000));
        QVERIFY(tried.last().at(0).value<WriteTrialOutcome>().policyViolation);
        QCOMPARE(execSaas(*m_lab, u"SELECT count(*) || ':' || sum(amount) FROM invoices"_s)->scalar(), std::optional<QString>(u"5:1500"_s));
    }

    void matrixShowsALeak()
    {
        RlsTesterPanel *tester = m_page->tester();
        tester->setRole(kAppRole);
        tester->setSettings({});
        tester->setMatrixValues({kTenantA, kTenantB, kTenantC});
        QSignalSpy shown(tester, &RlsTesterPanel::matrixShown);
        tester->runMatrix();
        QVERIFY(shown.wait(20000));
        RlsMatrixModel *matrix = tester->matrixModel();
        QCOMPARE(matrix->rowCount(), 5); // three tenants, "not set", the totals
        QList<qint64> counts;
        for (int row = 0; row < 4; ++row)
            counts << matrix->index(row, 0).data().toLongLong();
        QCOMPARE(counts, (QList<qint64>{3, 2, 0, 0}));
        QCOMPARE(matrix->leakCount(), 0);

        QVERIFY(execSaas(*m_lab, u"CREATE POLICY oops ON invoices FOR SELECT USING (true)"_s));
        tester->runMatrix();
        QVERIFY(shown.wait(20000));
        QCOMPARE(matrix->index(2, 0).data().toLongLong(), 5); // tenant C sees everything
        QVERIFY(matrix->leakCount() >= 3);
        if (auto *tabs = tester->findChild<QTabWidget *>())
            tabs->setCurrentIndex(1);
        saveScreenshot(u"rls-matrix.png"_s);
        QVERIFY(execSaas(*m_lab, u"DROP POLICY oops ON invoices"_s));
    }

    void lintFixIsCopied()
    {
        QVERIFY(execSaas(*m_lab, u"CREATE VIEW all_invoices AS SELECT * FROM invoices"_s));
        QSignalSpy shown(m_page.get(), &RlsPage::catalogShown);
        m_page->reload();
        QVERIFY(shown.wait(20000));
        m_page->tabs()->setCurrentWidget(m_page->lintsPane());
        RlsLintModel *lints = m_page->lintModel();
        int row = -1;
        for (int i = 0; i < lints->rowCount(); ++i) {
            if (lints->lints()[i].code == u"view_not_security_invoker")
                row = i;
        }
        QVERIFY(row >= 0);
        QVERIFY(m_page->tabs()->tabText(m_page->tabs()->indexOf(m_page->lintsPane())).startsWith(u"Lints ("_s));
        m_page->lintsPane()->view()->selectRow(row);
        const QString fix = lints->lints()[row].fix;
        QCOMPARE(fix, u"ALTER VIEW \"public\".\"all_invoices\" SET (security_invoker = true);"_s);
        QCOMPARE(m_page->lintsPane()->currentFix(), fix);
        QTest::mouseClick(m_page->lintsPane()->findChild<QPushButton *>(u"copyFix"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), fix);
        saveScreenshot(u"rls-lints.png"_s);
    }

    void thePageShownLaterReadsTheCatalogueAgain()
    {
        // The cluster's first snapshot reads the catalogue, usually long before the page is opened; a table made
        // meanwhile must be there when it is, without Reload.
        QSignalSpy shown(m_page.get(), &RlsPage::catalogShown);
        m_page->reload();
        QVERIFY(shown.wait(20000));
        const auto hasTable = [this](const QString &name) {
            for (int row = 0; row < m_page->tableModel()->rowCount(); ++row) {
                if (m_page->tableModel()->tableAt(row).name == name)
                    return true;
            }
            return false;
        };
        QVERIFY(execSaas(*m_lab, u"CREATE TABLE made_while_away (id int)"_s));
        m_page->pageShown(); // read a moment ago: not again
        QVERIFY(!shown.wait(500));
        QVERIFY(!hasTable(u"made_while_away"_s));
        QTest::qWait(5000);
        m_page->pageShown();
        QVERIFY(shown.wait(20000));
        QVERIFY(hasTable(u"made_while_away"_s));
    }

private:
    /// What the window does when it opens a cluster: the context once, then a poll's snapshot.
    void showCluster(RlsPage &page, const Profile &profile)
    {
        page.setClusterContext(ClusterContext{profile, profile.endpoints(), {}});
        page.setSnapshot(shareSnapshot(m_snapshot));
    }

    int policyCount()
    {
        return execSaas(*m_lab, u"SELECT count(*) FROM pg_policy"_s).value_or(QueryResult()).scalar().value_or(u"-1"_s).toInt();
    }
    /// With PGV_SCREENSHOT_DIR set, keeps a picture of the page for a person to look at.
    void saveScreenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PGV_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        QVERIFY(m_page->grab().save(dir + u'/' + name));
    }

    // Apply writes the audit log: into a temporary data folder, never the user's.
    IsolatedEnvironment m_environment;
    std::unique_ptr<TestLab> m_lab;
    Profile m_profile;
    TopologySnapshot m_snapshot;
    std::unique_ptr<RlsPage> m_page;
};

QTEST_MAIN(TestRlsPage)
#include "tst_rlspage.moc"
