// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rls/policyddl.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pgv {

/// The form for one policy: name, command, permissive/restrictive, roles picked from the server's, USING and
/// WITH CHECK with SQL highlighting, and templates. It only edits a definition; the page turns it into DDL.
class RlsPolicyForm final : public QWidget
{
    Q_OBJECT
public:
    explicit RlsPolicyForm(QWidget *parent = nullptr);

    /// The roles offered, and the table's columns for the templates.
    void setContext(const RlsCatalog &catalog, const RlsTableRef &table);
    /// An empty form for a new policy on the context's table.
    void newPolicy();
    /// The form filled with \a policy; changes become ALTER POLICY (or a drop and create when they must).
    void editPolicy(const RlsPolicy &policy);
    void applyTemplate(PolicyTemplate kind);

    bool isEditing() const { return m_editing; }
    const PolicyDefinition &original() const { return m_original; }
    PolicyDefinition definition() const;
    /// The definition plus what a template added beside it (read-all/write-own makes two policies).
    QList<PolicyDefinition> definitions() const;
    /// A new policy on a table whose row-level security is off: whether to enable it too (ticked by default, since
    /// policies on such a table are stored and ignored).
    bool alsoEnableRowSecurity() const;
    QCheckBox *enableRowSecurityBox() const { return m_enableRowSecurity; }

    /// Puts the cursor where the server's error is and says what it is; an empty \a message clears the mark.
    void markError(ExpressionPart part, qsizetype offset, const QString &message);

Q_SIGNALS:
    void changed();

private:
    void setDefinition(const PolicyDefinition &definition);
    void fillColumns();
    void updateRoleSummary();

    RlsTableRef m_table;
    QList<RlsColumn> m_columns;
    bool m_editing = false;
    bool m_filling = false;
    PolicyDefinition m_original;
    QList<PolicyDefinition> m_extra;

    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_command = nullptr;
    QComboBox *m_kind = nullptr;
    QListWidget *m_roles = nullptr;
    QLabel *m_roleSummary = nullptr;
    QPlainTextEdit *m_using = nullptr;
    QPlainTextEdit *m_check = nullptr;
    QComboBox *m_column = nullptr;
    QLineEdit *m_setting = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_enableRowSecurity = nullptr;
    bool m_tableRowSecurity = false; ///< whether the context's table has row-level security on
};

} // namespace pgv
