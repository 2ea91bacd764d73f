// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlspolicyform.h"
#include "statecolors.h"

#include "sqlhighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// A combo box that does not grow to its longest entry, so the form fits a narrow window.
QComboBox *compactCombo()
{
    auto *combo = new QComboBox;
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

QPlainTextEdit *expressionEditor(const QString &placeholder)
{
    auto *editor = new QPlainTextEdit;
    QFont font(u"monospace"_s);
    font.setStyleHint(QFont::Monospace);
    editor->setFont(font);
    editor->setPlaceholderText(placeholder);
    editor->setTabChangesFocus(true);
    // Two lines at the least, so the form fits the window's default size with every dock open; five when there is room.
    editor->setMinimumHeight(editor->fontMetrics().lineSpacing() * 2 + 12);
    editor->setMaximumHeight(editor->fontMetrics().lineSpacing() * 5 + 12);
    new SqlHighlighter(editor->document());
    return editor;
}

/// The column a template most likely means: the first whose name contains one of \a hints.
int guessColumn(const QList<RlsColumn> &columns, std::initializer_list<QStringView> hints)
{
    for (QStringView hint : hints) {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].name.contains(hint, Qt::CaseInsensitive))
                return i;
        }
    }
    return -1;
}

} // namespace

RlsPolicyForm::RlsPolicyForm(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_name = new QLineEdit;
    m_name->setObjectName(u"policyName"_s);
    m_command = compactCombo();
    for (PolicyCommand command : {PolicyCommand::All, PolicyCommand::Select, PolicyCommand::Insert, PolicyCommand::Update, PolicyCommand::Delete})
        m_command->addItem(policyCommandKeyword(command), int(command));
    m_kind = compactCombo();
    m_kind->addItem(tr("Permissive (ORed with the other permissive policies)"), true);
    m_kind->addItem(tr("Restrictive (ANDed: every one must pass)"), false);
    m_roles = new QListWidget;
    m_roles->setObjectName(u"policyRoles"_s);
    m_roles->setMinimumHeight(m_roles->fontMetrics().lineSpacing() * 3 + 8);
    m_roles->setMaximumHeight(90);
    m_roleSummary = new QLabel;
    m_roleSummary->setWordWrap(true);
    m_using = expressionEditor(tr("rows the policy shows, updates and deletes, e.g. tenant_id = …"));
    m_using->setObjectName(u"usingEditor"_s);
    m_check = expressionEditor(tr("rows it lets in on INSERT and UPDATE; empty: the same as USING"));
    m_check->setObjectName(u"checkEditor"_s);

    auto *templates = new QToolButton;
    templates->setText(tr("Template"));
    templates->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(templates);
    menu->addAction(tr("Tenant isolation by a session setting"), this, [this] { applyTemplate(PolicyTemplate::TenantIsolation); });
    menu->addAction(tr("Owner-only rows"), this, [this] { applyTemplate(PolicyTemplate::OwnerOnly); });
    menu->addAction(tr("Read all, write own"), this, [this] { applyTemplate(PolicyTemplate::ReadAllWriteOwn); });
    templates->setMenu(menu);
    m_column = compactCombo();
    m_column->setMinimumContentsLength(5);
    m_column->setPlaceholderText(tr("column"));
    m_column->setToolTip(tr("The column the template compares: the tenant or the owner"));
    m_setting = new QLineEdit(u"app.tenant_id"_s);
    m_setting->setToolTip(tr("The session setting the application sets per request (tenant isolation)"));
    m_setting->setMinimumWidth(m_setting->fontMetrics().horizontalAdvance(u"app.tenant"_s));
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(templates);
    templateRow->addWidget(m_column, 1);
    templateRow->addWidget(new QLabel(tr("setting")));
    templateRow->addWidget(m_setting, 1);

    m_enableRowSecurity = new QCheckBox;
    m_enableRowSecurity->setObjectName(u"policyEnablesRowSecurity"_s);
    m_enableRowSecurity->setChecked(true);
    m_enableRowSecurity->hide();
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(templateRow);
    form->addRow(tr("&Name"), m_name);
    // Command and kind share a row: the form fits the window's default size with every dock open.
    m_command->setMinimumContentsLength(6);
    m_kind->setMinimumContentsLength(6);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    auto *kindLabel = new QLabel(tr("&Kind"));
    kindLabel->setBuddy(m_kind);
    commandRow->addWidget(kindLabel);
    commandRow->addWidget(m_kind, 2);
    auto *commandLabel = new QLabel(tr("&Command"));
    commandLabel->setBuddy(m_command);
    form->addRow(commandLabel, commandRow);
    form->addRow(tr("&Roles"), m_roles);
    form->addRow(QString(), m_roleSummary);
    form->addRow(tr("&USING"), m_using);
    form->addRow(tr("WITH C&HECK"), m_check);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The offer to enable row-level security shares the title's row: a row more would make the window taller than
    // 700 pixels with every dock open, and a sentence naming the table wider than 1024.
    auto *titleRow = new QHBoxLayout;
    m_title->setSizePolicy(QSizePolicy::Ignored, m_title->sizePolicy().verticalPolicy()); // a long table name is cut, never widens
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_enableRowSecurity);
    layout->addLayout(titleRow);
    layout->addLayout(form);
    layout->addWidget(m_note);

    auto edited = [this] {
        if (m_filling)
            return;
        markError(ExpressionPart::None, -1, {});
        Q_EMIT changed();
    };
    connect(m_name, &QLineEdit::textChanged, this, edited);
    connect(m_command, &QComboBox::currentIndexChanged, this, edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, edited);
    connect(m_using, &QPlainTextEdit::textChanged, this, edited);
    connect(m_check, &QPlainTextEdit::textChanged, this, edited);
    connect(m_enableRowSecurity, &QCheckBox::toggled, this, edited);
    connect(m_roles, &QListWidget::itemChanged, this, [this, edited] {
        updateRoleSummary();
        edited();
    });
    newPolicy();
}

void RlsPolicyForm::setContext(const RlsCatalog &catalog, const RlsTableRef &table)
{
    m_filling = true;
    m_table = table;
    const RlsTable *found = catalog.table(table);
    m_columns = found ? found->columns : QList<RlsColumn>();
    m_tableRowSecurity = found && found->rlsEnabled;
    m_enableRowSecurity->setText(tr("Also &enable row-level security"));
    m_enableRowSecurity->setToolTip(tr("Row-level security is off on %1: without it the policy is stored but not applied. Ticked, the "
                                       "same transaction enables it.").arg(table.displayName()));
    m_roles->clear();
    for (const RlsRole &role : catalog.roles) {
        if (role.name.startsWith(u"pg_"))
            continue; // predefined roles: nobody writes policies for them
        auto *item = new QListWidgetItem(role.canLogin ? role.name : tr("%1 (no login)").arg(role.name), m_roles);
        item->setData(Qt::UserRole, role.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (role.bypassesRls())
            item->setToolTip(tr("%1 bypasses row-level security: policies never apply to it.").arg(role.name));
    }
    fillColumns();
    m_filling = false;
    newPolicy();
}

void RlsPolicyForm::fillColumns()
{
    m_column->clear();
    for (const RlsColumn &column : std::as_const(m_columns))
        m_column->addItem(u"%1 (%2)"_s.arg(column.name, column.type), column.name);
    const int tenant = guessColumn(m_columns, {u"tenant", u"org", u"account", u"customer"});
    m_column->setCurrentIndex(std::max(0, tenant));
}

void RlsPolicyForm::newPolicy()
{
    m_editing = false;
    m_original = {};
    m_extra.clear();
    PolicyDefinition blank;
    blank.table = m_table;
    setDefinition(blank);
    m_title->setText(m_table.isValid() ? tr("New policy on %1").arg(m_table.displayName()) : tr("No table chosen"));
    m_enableRowSecurity->setVisible(m_table.isValid() && !m_tableRowSecurity);
    setEnabled(m_table.isValid());
}

bool RlsPolicyForm::alsoEnableRowSecurity() const
{
    return !m_editing && m_table.isValid() && !m_tableRowSecurity && m_enableRowSecurity->isChecked();
}

void RlsPolicyForm::editPolicy(const RlsPolicy &policy)
{
    m_editing = true;
    m_original = PolicyDefinition::fromPolicy(policy);
    m_extra.clear();
    setDefinition(m_original);
    m_title->setText(tr("Policy %1 on %2").arg(policy.name, policy.table.displayName()));
    m_enableRowSecurity->hide(); // the table's own buttons change it for existing policies
    setEnabled(true);
}

void RlsPolicyForm::setDefinition(const PolicyDefinition &definition)
{
    m_filling = true;
    m_name->setText(definition.name);
    m_command->setCurrentIndex(m_command->findData(int(definition.command)));
    m_kind->setCurrentIndex(definition.permissive ? 0 : 1);
    for (const QString &role : definition.roles) {
        bool known = false;
        for (int i = 0; i < m_roles->count(); ++i)
            known = known || m_roles->item(i)->data(Qt::UserRole).toString() == role;
        if (!known) {
            auto *item = new QListWidgetItem(role, m_roles);
            item->setData(Qt::UserRole, role);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < m_roles->count(); ++i) {
        QListWidgetItem *item = m_roles->item(i);
        item->setCheckState(definition.roles.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_using->setPlainText(definition.usingExpression);
    m_check->setPlainText(definition.checkExpression);
    updateRoleSummary();
    markError(ExpressionPart::None, -1, {});
    m_filling = false;
    Q_EMIT changed();
}

void RlsPolicyForm::updateRoleSummary()
{
    QStringList roles;
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            roles << m_roles->item(i)->data(Qt::UserRole).toString();
    }
    m_roleSummary->setText(roles.isEmpty() ? tr("Applies to PUBLIC (every role) when none is ticked.") : tr("Applies to %1.").arg(roles.join(u", "_s)));
}

void RlsPolicyForm::applyTemplate(PolicyTemplate kind)
{
    if (!m_table.isValid())
        return;
    if (kind != PolicyTemplate::TenantIsolation) {
        const int owner = guessColumn(m_columns, {u"owner", u"user", u"created_by"});
        if (owner >= 0 && !m_column->currentData().toString().contains(u"owner"_s, Qt::CaseInsensitive))
            m_column->setCurrentIndex(owner);
    }
    TemplateParameters parameters;
    parameters.table = m_table;
    parameters.column = m_column->currentData().toString();
    for (const RlsColumn &column : std::as_const(m_columns)) {
        if (column.name == parameters.column)
            parameters.columnType = column.type;
    }
    parameters.setting = m_setting->text().trimmed();
    parameters.roles = definition().roles;
    if (parameters.column.isEmpty()) {
        m_note->setText(tr("The table has no column for the template to compare."));
        return;
    }
    const QList<PolicyDefinition> policies = policiesFromTemplate(kind, parameters, SqlQuoter::standard());
    if (policies.isEmpty())
        return;
    m_editing = false;
    m_original = {};
    setDefinition(policies.first());
    m_extra = policies.mid(1);
    m_title->setText(tr("New policy on %1").arg(m_table.displayName()));
    if (!m_extra.isEmpty()) {
        QStringList names;
        for (const PolicyDefinition &extra : std::as_const(m_extra))
            names << u"%1 (%2 USING %3)"_s.arg(extra.name, policyCommandKeyword(extra.command), extra.usingExpression);
        m_note->setText(tr("The template also creates: %1").arg(names.join(u"; "_s)));
    }
}

PolicyDefinition RlsPolicyForm::definition() const
{
    PolicyDefinition result;
    result.table = m_table;
    result.name = m_name->text();
    result.command = PolicyCommand(m_command->currentData().toInt());
    result.permissive = m_kind->currentData().toBool();
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            result.roles << m_roles->item(i)->data(Qt::UserRole).toString();
    }
    result.usingExpression = m_using->toPlainText();
    result.checkExpression = m_check->toPlainText();
    return result;
}

QList<PolicyDefinition> RlsPolicyForm::definitions() const
{
    return QList<PolicyDefinition>{definition()} + m_extra;
}

void RlsPolicyForm::markError(ExpressionPart part, qsizetype offset, const QString &message)
{
    m_using->setExtraSelections({});
    m_check->setExtraSelections({});
    if (message.isEmpty()) {
        if (m_extra.isEmpty())
            m_note->clear();
        return;
    }
    m_note->setText(statecolors::colouredHtml(statecolors::bad(), message.toHtmlEscaped()));
    QPlainTextEdit *editor = part == ExpressionPart::Using ? m_using : part == ExpressionPart::Check ? m_check : nullptr;
    if (!editor || offset < 0)
        return;
    // Mark from the error to the end of its word, at least one character, so the spot is visible.
    const QString text = editor->toPlainText();
    qsizetype end = std::min(offset + 1, text.size());
    while (end < text.size() && (text[end].isLetterOrNumber() || text[end] == u'_'))
        ++end;
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(editor->document());
    mark.cursor.setPosition(int(std::min(offset, text.size())));
    mark.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    mark.format.setBackground(statecolors::errorBackground());
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(statecolors::bad());
    editor->setExtraSelections({mark});
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(std::min(offset, text.size())));
    editor->setTextCursor(cursor);
}

} // namespace pgv
