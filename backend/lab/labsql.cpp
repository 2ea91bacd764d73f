// SPDX-License-Identifier: GPL-3.0-or-later
#include "labsql.h"

#include "pg/conninfo.h"

#include <QCoreApplication>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace pgv {

bool runLabSql(const LabManifest &lab, const LabNode &node, const QString &database,
               const std::function<void(pqxx::nontransaction &)> &statements, QString *error)
{
    try {
        auto info = ConnInfo::parse(lab.conninfo(node));
        info->set(u"dbname"_s, database);
        info->set(u"connect_timeout"_s, u"10"_s);
        info->set(u"target_session_attrs"_s, u"any"_s);
        info->set(u"application_name"_s, u"pgverse-lab"_s);
        pqxx::connection connection(info->toDisplayString().toStdString());
        pqxx::nontransaction transaction(connection);
        statements(transaction);
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QCoreApplication::translate("pgv::Lab", "SQL on %1 failed: %2").arg(node.name, QString::fromUtf8(e.what()).trimmed());
        return false;
    }
}

} // namespace pgv
