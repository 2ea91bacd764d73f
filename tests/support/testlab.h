// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab/lab.h"
#include "testenvironment.h"

#include <QProcessEnvironment>
#include <optional>
#include <vector>

namespace pgv::test {

/// A real lab (a primary and \a standbys streaming standbys) in a temporary folder on free loopback ports,
/// created through the same code as `pgversectl lab up`, destroyed when the test ends.
class TestLab
{
public:
    enum class Subscriber { None, Analytics };
    /// With Subscriber::Analytics, also the lab's analytics subscriber (as `lab up --subscriber` builds it).
    explicit TestLab(int standbys = 2, bool patroni = false, Subscriber subscriber = Subscriber::None);
    ~TestLab();
    TestLab(const TestLab &) = delete;
    TestLab &operator=(const TestLab &) = delete;

    bool isValid() const { return m_lab.has_value(); }
    const QString &error() const { return m_error; }
    const Lab &lab() const { return *m_lab; }
    const LabManifest &manifest() const { return m_lab->manifest(); }
    const QString &dir() const { return m_dirPath; }
    QString conninfo(const QString &node, const QString &user = {}) const;
    /// Reads lab.json again, after a command changed the lab (`lab subscriber add`).
    bool reload();

    /// Runs \a statement on \a node as the superuser; returns the first column of the first row, or nothing on error
    /// (with the reason in \a error).
    std::optional<QString> sql(const QString &node, const QString &statement, QString *error = nullptr) const;
    /// The same in \a database; \a node may be the subscriber.
    std::optional<QString> sqlIn(const QString &node, const QString &database, const QString &statement, QString *error = nullptr) const;
    /// Stops every process of the node's server (postmaster and backends), as a hung machine would be.
    bool freeze(const QString &node) const;
    bool thaw(const QString &node) const;
    /// SIGKILL to every process of the node's server: a crash.
    bool crash(const QString &node) const;
    /// A connection string that finds whichever node accepts writes, as an application's would.
    QString writableConnInfo() const;
    /// A plain connection string to the lab's \a pooler (one host, no target_session_attrs): it never learns where
    /// the primary is.
    QString poolerConnInfo(const QString &pooler) const;

private:
    ServerReachableTempDir m_dir;
    QString m_dirPath;
    std::optional<Lab> m_lab;
    QString m_error;
};

/// How many of \a committed (the numbers a SequenceWriter saw acknowledged) are missing from seq(n) on \a node,
/// compared number by number: a count alone would hide a lost row offset by an in-flight one.
int lostCommits(const TestLab &lab, const QString &node, const std::vector<qint64> &committed);

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs build/bin/pgversectl with \a arguments and waits (up to \a timeoutMs).
CliResult runPgversectl(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                        int timeoutMs = 120000);

} // namespace pgv::test
