// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenvironment.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace pgv::test {

IsolatedEnvironment::IsolatedEnvironment()
{
    QDir().mkpath(configDir());
    QDir().mkpath(dataDir());
    qputenv("PGVERSE_CONFIG_DIR", configDir().toLocal8Bit());
    qputenv("PGVERSE_DATA_DIR", dataDir().toLocal8Bit());
    for (const char *variable : {"PGSERVICE", "PGSERVICEFILE", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSFILE",
                                 "PGPASSWORD", "PGTARGETSESSIONATTRS", "PGVERSE_LAB", "PGOPTIONS"})
        qunsetenv(variable);
}

ServerReachableTempDir::ServerReachableTempDir()
    : m_dir(QDir::tempPath() + u"/pgv-test-XXXXXX"_s)
{
    if (m_dir.isValid()) {
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    }
}

QString testData(const QString &relative)
{
    return QStringLiteral(PGV_TEST_DATA_DIR) + u'/' + relative;
}

} // namespace pgv::test
