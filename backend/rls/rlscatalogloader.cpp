// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlscatalogloader.h"

#include "pg/pgsession.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace pgv {

const QString &rlsCatalogSql()
{
    static const QString sql = [] {
        QFile file(u":/sql/rls_catalog.sql"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the RLS catalogue query resource :/sql/rls_catalog.sql is missing from the build");
        return QString::fromUtf8(file.readAll());
    }();
    return sql;
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
