// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policyddl.h"
#include "rlscatalog.h"

#include <QJsonObject>
#include <QMetaType>

namespace pgv {

enum class LintSeverity { Info, Warning, Error };

/// "info", "warning", "error": stable, used in JSON.
QString lintSeverityName(LintSeverity severity);

/// One finding: what is wrong, why it matters, and DDL that fixes it.
struct RlsLint
{
    LintSeverity severity = LintSeverity::Warning;
    QString code; // stable: rls_enabled_no_policy, leaky_function… (see lintRls)
    RlsTableRef table;  // may be empty (roles, server)
    QString policy;
    QString message;
    QString fix; // DDL, with -- comments where a person has to decide

    friend bool operator==(const RlsLint &, const RlsLint &) = default;
};

/// A known vulnerability of the server that weakens row-level security, for one version.
struct KnownCve
{
    QString id;
    QString fixedIn; // the minor release of this major that fixes it; empty when the major never got a fix
    QString summary;
};

/// The RLS-related CVEs that affect \a serverVersionNum (150002 for 15.2): CVE-2023-2455 (fixed in 15.3, 14.8,
/// 13.11, 12.15, 11.20) and CVE-2025-8713 (fixed in 17.6, 16.10, 15.14, 14.19, 13.22).
QList<KnownCve> rlsCvesAffecting(int serverVersionNum);

/// Checks the catalogue for the known row-level security pitfalls. A pure function: no connection, so it is
/// tested on hand-built catalogues; \a quoter quotes the names in the fixes. Codes:
///   rls_enabled_no_policy, policies_rls_disabled, owner_not_forced, login_role_bypasses_rls, permissive_using_true,
///   update_check_differs, current_setting_unsafe, leaky_function, view_not_security_invoker, policy_column_unindexed,
///   server_cve.
/// Sorted worst first.
QList<RlsLint> lintRls(const RlsCatalog &catalog, const SqlQuoter &quoter);

/// The `pgversectl rls lint --json` item: {"severity","code","table","policy","message","fix"}.
QJsonObject lintToJson(const RlsLint &lint);

/// \a printed (a USING or WITH CHECK as the server prints it) with current_setting() made safe: missing_ok = true,
/// and NULLIF(…, '') before a cast to a type that does not take ''. Unchanged when it has no such call.
QString safeSettingExpression(const QString &printed);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::RlsLint)
