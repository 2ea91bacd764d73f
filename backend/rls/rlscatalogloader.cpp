// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlscatalogloader.h"

#include "pg/pgsession.h"
#include "pg/sqlresource.h"


using namespace Qt::StringLiterals;

namespace pgv {

const QString &rlsCatalogSql()
{
    return sqlResource("rls_catalog");
}

std::optional<RlsCatalog> loadRlsCatalog(PgSession &session, QDeadlineTimer deadline, PgError *error)
{
    const auto result = session.exec(rlsCatalogSql(), deadline, error);
    if (!result)
        return std::nullopt;
    RlsCatalog catalog;
    QString parseError;
    if (!parseRlsCatalog(result->scalar().value_or(QString()).toUtf8(), &catalog, &parseError)) {
        if (error)
            *error = PgError{PgError::Kind::QueryFailed, parseError, {}};
        return std::nullopt;
    }
    return catalog;
}

} // namespace pgv
