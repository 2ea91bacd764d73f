// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlstesterpanel.h"

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

    auto *asForm = new QFormLayout;
    asForm->addRow(tr("Role"), m_role);
    asForm->addRow(tr("Settings"), m_settings);
    asForm->addRow(tr("Tables"), m_tables);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_viewStatus, 1);
    runRow->addWidget(m_run);
    asForm->addRow(runRow);
    auto *results = new QSplitter(Qt::Vertical);
    results->addWidget(m_visibilityView);
    results->addWidget(m_sampleView);
    results->setStretchFactor(1, 2);
    auto *viewAsBox = new QGroupBox(tr("View as a role (read-only, rolled back)"));
    auto *viewAsLayout = new QHBoxLayout(viewAsBox);
    viewAsLayout->addLayout(asForm, 2);
    viewAsLayout->addWidget(results, 3);

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
    auto *matrixBox = new QGroupBox(tr("Tenants × tables: rows each tenant sees"));
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->addLayout(matrixForm);
    matrixLayout->addWidget(m_matrixView, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(viewAsBox);
    split->addWidget(matrixBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
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
                                                     : u"<span style=\"color:#c62828\">%1</span>"_s.arg(result.error.toHtmlEscaped()));
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
    m_tables->clear();
    m_valuesFrom->clear();
    for (const RlsTable &table : catalog.tables) {
        auto *item = new QListWidgetItem(table.ref.displayName(), m_tables);
        item->setData(Qt::UserRole, QVariant::fromValue(QStringList{table.ref.schema, table.ref.name}));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(table.rlsEnabled ? Qt::Checked : Qt::Unchecked);
        for (const RlsColumn &column : table.columns) {
            if (column.name.contains(u"tenant"_s, Qt::CaseInsensitive))
                m_valuesFrom->addItem(table.ref.displayName() + u'.' + column.name,
                                      QVariant::fromValue(QStringList{table.ref.schema, table.ref.name, column.name}));
        }
    }
    m_fill->setEnabled(m_valuesFrom->count() > 0);
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
        m_matrixStatus->setText(u"<span style=\"color:#c62828\">%1</span>"_s.arg(matrix.error.toHtmlEscaped()));
    } else if (const int leaks = m_matrix->leakCount(); leaks > 0) {
        m_matrixStatus->setText(u"<span style=\"color:#c62828\">%1</span>"_s.arg(
            tr("%n cell(s) show rows another tenant, or no tenant, should not see.", nullptr, leaks).toHtmlEscaped()));
    } else {
        m_matrixStatus->setText(tr("No leak: each tenant sees its own rows only (%1 ms).").arg(matrix.elapsedMs));
    }
    Q_EMIT matrixShown();
}

} // namespace pgv
