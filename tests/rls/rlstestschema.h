// SPDX-License-Identifier: GPL-3.0-or-later
// The multi-tenant schema the RLS integration tests share: tenants, invoices with tenant_id, an application role
// that is not a superuser (superusers bypass RLS), and the lab's primary as the RLS target.
#pragma once

#include "pg/pgsession.h"
#include "rls/rlstarget.h"
#include "testlab.h"

#include <optional>

namespace pgv::test {

inline const QString kTenantA = QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000a");
inline const QString kTenantB = QStringLiteral("bbbbbbbb-0000-4000-8000-00000000000b");
inline const QString kTenantC = QStringLiteral("cccccccc-0000-4000-8000-00000000000c");
inline const QString kDatabase = QStringLiteral("saas");
inline const QString kAppRole = QStringLiteral("app");
inline const QString kAppPassword = QStringLiteral("app-password-for-tests");

/// Creates database saas with roles saas_owner (NOLOGIN, owns the tables) and app (LOGIN, not a superuser),
/// tables tenants and invoices (3 rows for tenant A, 2 for B, none for C) and an index on invoices.tenant_id.
/// No policy yet: the tests create them through the code under test.
bool createSaasSchema(const TestLab &lab, QString *error);

/// The RLS target for the lab's primary, database saas, found the way the page and the CLI find it.
std::optional<RlsTarget> saasTarget(const TestLab &lab, QString *error);

/// Runs \a sql in database saas as the lab's superuser (a fresh connection each time).
std::optional<QueryResult> execSaas(const TestLab &lab, const QString &sql, QString *error = nullptr);

} // namespace pgv::test
