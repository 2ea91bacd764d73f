// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace pgv::test {

/// Points PGVERSE_CONFIG_DIR and PGVERSE_DATA_DIR at fresh temporary folders, so a test never reads or writes
/// the user's profiles, and removes PG* variables that would redirect libpq.
class IsolatedEnvironment
{
public:
    IsolatedEnvironment();
    QString configDir() const { return m_root.path() + QStringLiteral("/config"); }
    QString dataDir() const { return m_root.path() + QStringLiteral("/data"); }

private:
    QTemporaryDir m_root;
};

/// A temporary folder that the servers' unprivileged user can enter (QTemporaryDir makes it 0700).
class ServerReachableTempDir
{
public:
    ServerReachableTempDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/// Path of a file under tests/data.
QString testData(const QString &relative);

} // namespace pgv::test
