// SPDX-License-Identifier: GPL-3.0-or-later
#include "apppaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgv::AppPaths {

namespace {
QString fromEnvOr(const char *variable, QStandardPaths::StandardLocation location)
{
    const QString overridden = qEnvironmentVariable(variable);
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    return QStandardPaths::writableLocation(location) + u"/PostgresVerse"_s;
}
} // namespace

QString configDir()
{
    return fromEnvOr("PGVERSE_CONFIG_DIR", QStandardPaths::GenericConfigLocation);
}

QString dataDir()
{
    return fromEnvOr("PGVERSE_DATA_DIR", QStandardPaths::GenericDataLocation);
}

QString defaultLabDir()
{
    // root's home is private, so a server running as an unprivileged user could not reach a lab there.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("PGVERSE_DATA_DIR"))
        return u"/var/tmp/pgverse/labs/lab"_s;
    return dataDir() + u"/labs/lab"_s;
}

bool makePrivateDir(const QString &dir)
{
    return QDir().mkpath(dir) && QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool makeFolderFor(const QString &file)
{
    const QString dir = QFileInfo(file).absolutePath();
    const QString clean = QDir::cleanPath(dir);
    if (clean == QDir::cleanPath(dataDir()) || clean == QDir::cleanPath(configDir()))
        return makePrivateDir(dir);
    return QDir().mkpath(dir);
}

bool makePrivateFile(const QString &file)
{
    QFile handle(file);
    if (!handle.exists() && !handle.open(QIODevice::WriteOnly))
        return false;
    handle.close();
    return QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace pgv::AppPaths
