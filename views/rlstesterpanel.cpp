// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlstesterpanel.h"

#include "statecolors.h"

#include "rls/rlsworkbench.h"
#include "rlstestermodels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QTableView *resultView()
{
    auto *view = new QTableView;
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    return view;
}

} // namespace

RlsTesterPanel::RlsTesterPanel(RlsWorkbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_visibility(new VisibilityModel(this))
    , m_sample(new QueryResultModel(this))
    , m_matrix(new RlsMatrixModel(this))
{
    m_role = new QComboBox;
    m_role->setEditable(true);
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_role->setMinimumContentsLength(8);
    m_role->setObjectName(u"testerRole"_s);
    m_role->setToolTip(tr("SET LOCAL ROLE to this role; empty: the profile's own user"));
    m_settings = new QPlainTextEdit;
    m_settings->setObjectName(u"testerSettings"_s);
    m_settings->setPlaceholderText(tr("app.tenant_id=42\none name=value per line"));
    m_settings->setMaximumHeight(m_settings->fontMetrics().lineSpacing() * 3 + 12);
    m_tables = new QListWidget;
    m_tables->setMaximumHeight(110);
    m_run = new QPushButton(tr("&View as"));
    m_run->setObjectName(u"runViewAs"_s);
    m_viewStatus = new QLabel;
    m_viewStatus->setWordWrap(true);
    m_visibilityView = resultView();
    m_visibilityView->setModel(m_visibility);
    m_visibilityView->verticalHeader()->hide();
    m_sampleView = resultView();
    m_sampleView->setModel(m_sample);

    // Role, settings and tables are shared by the three tests below; the tables beside the role keep the box low.
    m_settings->setMinimumHeight(m_settings->fontMetrics().lineSpacing() * 2 + 12);
    m_tables->setMinimumHeight(m_tables->fontMetrics().lineSpacing() * 3 + 8);
    auto *asForm = new QFormLayout;
    asForm->addRow(tr("Role"), m_role);
    asForm->addRow(tr("Settings"), m_settings);
    auto *tablesColumn = new QVBoxLayout;
    tablesColumn->addWidget(new QLabel(tr("Tables")));
    tablesColumn->addWidget(m_tables, 1);
    auto *asRow = new QHBoxLayout;
    asRow->addLayout(asForm, 3);
    asRow->addLayout(tablesColumn, 2);
    auto *asBox = new QGroupBox(tr("As"));
    asBox->setLayout(asRow);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_viewStatus, 1);
    runRow->addWidget(m_run);
    auto *results = new QSplitter(Qt::Vertical);
    results->addWidget(m_visibilityView);
    results->addWidget(m_sampleView);
    results->setStretchFactor(1, 2);
    auto *viewAsTab = new QWidget;
    auto *viewAsLayout = new QVBoxLayout(viewAsTab);
    viewAsLayout->addLayout(runRow);
    viewAsLayout->addWidget(results, 1);

    m_matrixSetting = new QLineEdit(u"app.tenant_id"_s);
    m_values = new QLineEdit;
    m_values->setObjectName(u"matrixValues"_s);
    m_values->setPlaceholderText(tr("tenant values, comma-separated"));
    m_valuesFrom = new QComboBox;
    m_valuesFrom->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_valuesFrom->setMinimumContentsLength(8);
    m_valuesFrom->setToolTip(tr("Take the values from this column (as the profile's user sees it)"));
    m_fill = new QPushButton(tr("&Fill"));
    m_runMatrix = new QPushButton(tr("&Matrix"));
    m_runMatrix->setObjectName(u"runMatrix"_s);
    m_matrixStatus = new QLabel;
    m_matrixStatus->setWordWrap(true);
    m_matrixView = resultView();
    m_matrixView->setModel(m_matrix);
    m_matrixView->horizontalHeader()->setStretchLastSection(false);
    auto *matrixForm = new QFormLayout;
    matrixForm->addRow(tr("Setting"), m_matrixSetting);
    auto *valuesRow = new QHBoxLayout;
    valuesRow->addWidget(m_values, 2);
    valuesRow->addWidget(m_valuesFrom, 1);
    valuesRow->addWidget(m_fill);
    matrixForm->addRow(tr("Values"), valuesRow);
    auto *matrixRun = new QHBoxLayout;
    matrixRun->addWidget(m_matrixStatus, 1);
    matrixRun->addWidget(m_runMatrix);
    matrixForm->addRow(matrixRun);
    auto *matrixTab = new QWidget;
    auto *matrixLayout = new QVBoxLayout(matrixTab);
    matrixLayout->addLayout(matrixForm);
    matrixLayout->addWidget(m_matrixView, 1);

    auto *tests = new QTabWidget;
    tests->addTab(viewAsTab, tr("Rows visible (read-only, rolled back)"));
    tests->addTab(matrixTab, tr("Tenants × tables"));
    tests->addTab(createWriteBox(), tr("Try a write (rolled back)"));
    // Who to test as above the tests: the panel is a tab beside the policy lists and has more height than width.
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(asBox);
    split->addWidget(tests);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_run, &QPushButton::clicked, this, &RlsTesterPanel::runViewAs);
    connect(m_runMatrix, &QPushButton::clicked, this, &RlsTesterPanel::runMatrix);
    connect(m_fill, &QPushButton::clicked, this, &RlsTesterPanel::fillValues);
    connect(m_visibilityView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showSample(current.row()); });
    connect(m_workbench, &RlsWorkbench::viewAsFinished, this, [this](int request, const ViewAsResult &result) {
        if (request != m_viewRequest)
            return;
        m_visibility->setResult(result);
        m_viewStatus->setText(result.error.isEmpty() ? tr("%1 ms").arg(result.elapsedMs)
                                                     : statecolors::colouredHtml(statecolors::bad(), result.error.toHtmlEscaped()));
        if (!result.tables.isEmpty())
            m_visibilityView->selectRow(0);
        showSample(result.tables.isEmpty() ? -1 : 0);
        Q_EMIT viewAsShown();
    });
    connect(m_workbench, &RlsWorkbench::matrixFinished, this, [this](int request, const RlsMatrix &matrix) {
        if (request == m_matrixRequest)
            showMatrix(matrix);
    });
    connect(m_workbench, &RlsWorkbench::valuesFound, this, [this](int request, const QStringList &values, const QString &error) {
        if (request != m_valuesRequest)
            return;
        if (!error.isEmpty())
            m_matrixStatus->setText(error);
        setMatrixValues(values);
    });
}

QWidget *RlsTesterPanel::createWriteBox()
{
    auto lineEditor = [](const QString &placeholder) {
        auto *editor = new QPlainTextEdit;
        editor->setPlaceholderText(placeholder);
        editor->setTabChangesFocus(true);
        editor->setMaximumHeight(editor->fontMetrics().lineSpacing() * 3 + 12);
        return editor;
    };
    m_writeTable = new QComboBox;
    m_writeTable->setObjectName(u"writeTable"_s);
    m_writeTable->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_writeTable->setMinimumContentsLength(8);
    m_writeValues = lineEditor(tr("tenant_id=…\namount=7\n(column=value per line; NULL for null)"));
    m_writeWhere = lineEditor(tr("empty: INSERT; column=value per line: UPDATE those rows"));
    m_tryWrite = new QPushButton(tr("&Try"));
    m_writeStatus = new QLabel;
    m_writeStatus->setWordWrap(true);
    m_writeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Table"), m_writeTable);
    form->addRow(tr("Set"), m_writeValues);
    form->addRow(tr("Where"), m_writeWhere);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_writeStatus, 1);
    runRow->addWidget(m_tryWrite);
    form->addRow(runRow);
    auto *box = new QWidget;
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addStretch();

    connect(m_tryWrite, &QPushButton::clicked, this, [this] {
        const QStringList parts = m_writeTable->currentData().toStringList();
        tryWrite({parts.value(0), parts.value(1)}, m_writeValues->toPlainText(), m_writeWhere->toPlainText());
    });
    connect(m_workbench, &RlsWorkbench::writeTried, this, [this](int request, const WriteTrialOutcome &outcome) {
        if (request != m_writeRequest)
            return;
        QString text = outcome.message;
        if (outcome.policyViolation)
            text = tr("Refused by the policies' WITH CHECK: %1").arg(outcome.message);
        const QColor colour = outcome.executed ? statecolors::good() : statecolors::bad();
        m_writeStatus->setText(statecolors::colouredHtml(colour, text.toHtmlEscaped()) + u"<br><code>%1</code>"_s.arg(outcome.statement.toHtmlEscaped()));
        Q_EMIT writeTried(outcome);
    });
    return box;
}

void RlsTesterPanel::tryWrite(const RlsTableRef &table, const QString &valueLines, const QString &whereLines)
{
    WriteTrial trial;
    trial.role = m_role->currentText().trimmed();
    trial.table = table;
    QString error;
    const auto chosen = settings(&error);
    auto pairs = [&error](const QString &lines) {
        QList<SessionSetting> result;
        for (const QString &line : lines.split(u'\n')) {
            if (line.trimmed().isEmpty())
                continue;
            if (const auto pair = parseSessionSetting(line.trimmed()))
                result << *pair;
            else
                error = tr("Write column=value, not \"%1\".").arg(line.trimmed());
        }
        return result;
    };
    for (const SessionSetting &value : pairs(valueLines))
        trial.values.emplaceBack(value.name, value.value == u"NULL" ? std::nullopt : std::optional<QString>(value.value));
    for (const SessionSetting &condition : pairs(whereLines))
        trial.where.emplaceBack(condition.name, condition.value);
    trial.kind = trial.where.isEmpty() ? WriteTrial::Kind::Insert : WriteTrial::Kind::Update;
    if (!chosen || !error.isEmpty() || !table.isValid()) {
        m_writeStatus->setText(error.isEmpty() ? tr("Choose a table.") : error);
        return;
    }
    trial.settings = *chosen;
    m_writeRequest = m_workbench->tryWrite(trial);
    m_writeStatus->setText(m_writeRequest > 0 ? tr("Running…") : tr("No database is open."));
}

QString RlsTesterPanel::writeResult() const
{
    return m_writeStatus->text();
}

void RlsTesterPanel::setCatalog(const RlsCatalog &catalog)
{
    const QString role = m_role->currentText();
    m_role->clear();
    m_role->addItem(QString());
    for (const RlsRole &candidate : catalog.roles) {
        if (!candidate.name.startsWith(u"pg_"))
            m_role->addItem(candidate.name);
    }
    m_role->setCurrentText(role);
    const QString writeTable = m_writeTable->currentText();
    m_tables->clear();
    m_valuesFrom->clear();
    m_writeTable->clear();
    for (const RlsTable &table : catalog.tables) {
        auto *item = new QListWidgetItem(table.ref.displayName(), m_tables);
        item->setData(Qt::UserRole, QVariant::fromValue(QStringList{table.ref.schema, table.ref.name}));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(table.rlsEnabled ? Qt::Checked : Qt::Unchecked);
        m_writeTable->addItem(table.ref.displayName(), QVariant::fromValue(QStringList{table.ref.schema, table.ref.name}));
        for (const RlsColumn &column : table.columns) {
            if (column.name.contains(u"tenant"_s, Qt::CaseInsensitive))
                m_valuesFrom->addItem(table.ref.displayName() + u'.' + column.name,
                                      QVariant::fromValue(QStringList{table.ref.schema, table.ref.name, column.name}));
        }
    }
    m_fill->setEnabled(m_valuesFrom->count() > 0);
    int rlsTable = -1;
    for (int i = 0; rlsTable < 0 && i < catalog.tables.size(); ++i)
        rlsTable = catalog.tables[i].rlsEnabled ? i : -1;
    const int previous = m_writeTable->findText(writeTable);
    m_writeTable->setCurrentIndex(previous >= 0 ? previous : std::max(0, rlsTable));
}

void RlsTesterPanel::setSelectedTable(const RlsTableRef &table)
{
    if (!table.isValid())
        return;
    const QStringList key{table.schema, table.name};
    if (const int write = m_writeTable->findData(QVariant::fromValue(key)); write >= 0)
        m_writeTable->setCurrentIndex(write);
    for (int i = 0; i < m_valuesFrom->count(); ++i) {
        if (m_valuesFrom->itemData(i).toStringList().mid(0, 2) == key) {
            m_valuesFrom->setCurrentIndex(i);
            break;
        }
    }
}

void RlsTesterPanel::setRole(const QString &role)
{
    m_role->setCurrentText(role);
}

void RlsTesterPanel::setSettings(const QString &lines)
{
    m_settings->setPlainText(lines);
}

void RlsTesterPanel::setMatrixValues(const QStringList &values)
{
    m_values->setText(values.join(u", "_s));
}

QList<RlsTableRef> RlsTesterPanel::checkedTables() const
{
    QList<RlsTableRef> tables;
    for (int i = 0; i < m_tables->count(); ++i) {
        if (m_tables->item(i)->checkState() == Qt::Checked) {
            const QStringList parts = m_tables->item(i)->data(Qt::UserRole).toStringList();
            tables << RlsTableRef{parts.value(0), parts.value(1)};
        }
    }
    return tables;
}

std::optional<QList<SessionSetting>> RlsTesterPanel::settings(QString *error) const
{
    QList<SessionSetting> result;
    for (const QString &line : m_settings->toPlainText().split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const auto setting = parseSessionSetting(line.trimmed());
        if (!setting) {
            *error = tr("Write each setting as name=value, not \"%1\".").arg(line.trimmed());
            return std::nullopt;
        }
        result << *setting;
    }
    return result;
}

void RlsTesterPanel::runViewAs()
{
    QString error;
    const auto chosen = settings(&error);
    if (!chosen) {
        m_viewStatus->setText(error);
        return;
    }
    ViewAsRequest request;
    request.role = m_role->currentText().trimmed();
    request.settings = *chosen;
    request.tables = checkedTables();
    request.sampleRows = 50;
    if (request.tables.isEmpty()) {
        m_viewStatus->setText(tr("Tick at least one table."));
        return;
    }
    m_viewRequest = m_workbench->viewAs(request);
    m_viewStatus->setText(m_viewRequest > 0 ? tr("Running…") : tr("No database is open."));
}

void RlsTesterPanel::runMatrix()
{
    QString error;
    const auto chosen = settings(&error);
    MatrixRequest request;
    request.role = m_role->currentText().trimmed();
    request.setting = m_matrixSetting->text().trimmed();
    for (const QString &value : m_values->text().split(u',')) {
        if (!value.trimmed().isEmpty())
            request.values << value.trimmed();
    }
    request.tables = checkedTables();
    // The other settings still apply; the one the matrix varies is its own.
    for (const SessionSetting &setting : chosen.value_or(QList<SessionSetting>())) {
        if (setting.name != request.setting)
            request.otherSettings << setting;
    }
    if (request.setting.isEmpty() || request.tables.isEmpty()) {
        m_matrixStatus->setText(tr("Give the setting and tick at least one table."));
        return;
    }
    m_matrixRequest = m_workbench->matrix(request);
    m_matrixStatus->setText(m_matrixRequest > 0 ? tr("Running…") : tr("No database is open."));
}

void RlsTesterPanel::fillValues()
{
    const QStringList parts = m_valuesFrom->currentData().toStringList();
    if (parts.size() == 3)
        m_valuesRequest = m_workbench->distinctValues({parts[0], parts[1]}, parts[2]);
}

void RlsTesterPanel::showSample(int row)
{
    const QList<TableVisibility> &tables = m_visibility->result().tables;
    m_sample->setResult(row >= 0 && row < tables.size() ? tables[row].sample : QueryResult());
    m_sampleView->resizeColumnsToContents();
}

void RlsTesterPanel::showMatrix(const RlsMatrix &matrix)
{
    m_matrix->setMatrix(matrix);
    m_matrixView->resizeColumnsToContents();
    if (!matrix.error.isEmpty()) {
        m_matrixStatus->setText(statecolors::colouredHtml(statecolors::bad(), matrix.error.toHtmlEscaped()));
    } else if (const int leaks = m_matrix->leakCount(); leaks > 0) {
        m_matrixStatus->setText(statecolors::colouredHtml(
            statecolors::bad(), tr("%n cell(s) show rows another tenant, or no tenant, should not see.", nullptr, leaks).toHtmlEscaped()));
    } else {
        m_matrixStatus->setText(tr("No leak: each tenant sees its own rows only (%1 ms).").arg(matrix.elapsedMs));
    }
    Q_EMIT matrixShown();
}

} // namespace pgv
