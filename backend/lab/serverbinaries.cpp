// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverbinaries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

const QStringList &requiredTools()
{
    static const QStringList tools{u"initdb"_s, u"pg_ctl"_s, u"pg_basebackup"_s, u"postgres"_s, u"pg_controldata"_s};
    return tools;
}

bool hasAllTools(const QString &dir)
{
    return std::all_of(requiredTools().cbegin(), requiredTools().cend(),
                       [&](const QString &tool) { return QFileInfo(dir + u'/' + tool).isExecutable(); });
}

int versionOf(const QString &dir)
{
    QProcess process;
    process.start(dir + u"/pg_ctl"_s, {u"--version"_s});
    if (!process.waitForFinished(5000))
        return 0;
    static const QRegularExpression pattern(u"\\(PostgreSQL\\) (\\d+)"_s);
    const auto match = pattern.match(QString::fromLocal8Bit(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QStringList candidates()
{
    QStringList dirs;
    QDir debian(u"/usr/lib/postgresql"_s);
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &version : std::as_const(versions))
        dirs << debian.filePath(version + u"/bin"_s);
    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (!pgConfig.isEmpty()) {
        QProcess process;
        process.start(pgConfig, {u"--bindir"_s});
        if (process.waitForFinished(5000))
            dirs << QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    }
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    if (!initdb.isEmpty())
        dirs << QFileInfo(initdb).canonicalPath();
    return dirs;
}

} // namespace

std::optional<ServerBinaries> ServerBinaries::locate(const QString &requested, QString *error)
{
    QString explicitDir = requested.isEmpty() ? qEnvironmentVariable("PGVERSE_PG_BINDIR") : requested;
    const QStringList dirs = explicitDir.isEmpty() ? candidates() : QStringList{explicitDir};
    for (const QString &dir : dirs) {
        if (!hasAllTools(dir))
            continue;
        ServerBinaries binaries{QFileInfo(dir).absoluteFilePath(), versionOf(dir)};
        if (binaries.majorVersion < 13) {
            if (error)
                *error = QCoreApplication::translate("ServerBinaries", "The PostgreSQL server in %1 is version %2; the lab needs 13 or newer.")
                             .arg(dir)
                             .arg(binaries.majorVersion);
            return std::nullopt;
        }
        return binaries;
    }
    if (error) {
        *error = explicitDir.isEmpty()
                     ? QCoreApplication::translate("ServerBinaries",
                                                   "PostgreSQL server programs (initdb, pg_ctl, pg_basebackup, postgres) were not found in "
                                                   "/usr/lib/postgresql/*/bin, in `pg_config --bindir` or on PATH. Install them "
                                                   "(apt-get install postgresql) or point to them with --bindir DIR.")
                     : QCoreApplication::translate("ServerBinaries", "%1 does not contain the PostgreSQL server programs (%2).")
                           .arg(explicitDir, requiredTools().join(u", "_s));
    }
    return std::nullopt;
}

} // namespace pgv
