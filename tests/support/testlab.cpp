// SPDX-License-Identifier: GPL-3.0-or-later
#include "testlab.h"

#include <QSet>

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <pqxx/pqxx>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgv::test {

TestLab::TestLab(int standbys, bool patroni, Subscriber subscriber)
{
    if (!m_dir.isValid()) {
        m_error = u"could not create a temporary folder"_s;
        return;
    }
    m_dirPath = m_dir.filePath(u"lab"_s);
    LabOptions options;
    options.dir = m_dirPath;
    options.standbys = standbys;
    options.registerProfile = false;
    options.patroni = patroni;
    options.subscriber = subscriber == Subscriber::Analytics;
    // Spread test labs over the port range so that a lab left by a crashed run does not collide.
    const int portsNeeded = (patroni ? 2 * (standbys + 1) + 2 : standbys + 1) + (options.subscriber ? 1 : 0);
    const QList<int> ports = findFreePorts(portsNeeded, 40000 + int(::getpid() % 200) * 50);
    options.basePort = ports.isEmpty() ? 0 : ports.first();
    const auto manifest = patroni ? createPatroniLab(options, {}, nullptr, &m_error) : createLab(options, {}, nullptr, &m_error);
    if (!manifest)
        return;
    m_lab = Lab::open(manifest->dir, &m_error);
}

TestLab::~TestLab()
{
    if (m_lab) {
        for (const LabNode &node : m_lab->manifest().nodes)
            thaw(node.name);
        QString error;
        if (!destroyLab(m_lab->manifest().dir, {}, &error))
            qWarning("could not destroy the test lab: %s", qPrintable(error));
    }
}

bool TestLab::reload()
{
    auto reopened = Lab::open(m_dirPath, &m_error);
    if (!reopened)
        return false;
    m_lab = std::move(reopened);
    return true;
}

QString TestLab::conninfo(const QString &node, const QString &user) const
{
    const LabNode *labNode = manifest().member(node);
    return labNode ? manifest().conninfo(*labNode, user) : QString();
}

std::optional<QString> TestLab::sql(const QString &node, const QString &statement, QString *error) const
{
    return sqlIn(node, u"postgres"_s, statement, error);
}

std::optional<QString> TestLab::sqlIn(const QString &node, const QString &database, const QString &statement, QString *error) const
{
    try {
        auto info = ConnInfo::parse(conninfo(node));
        if (!info) {
            if (error)
                *error = u"the lab has no server named "_s + node;
            return std::nullopt;
        }
        info->set(u"dbname"_s, database);
        const QString target = info->toDisplayString() + u" connect_timeout=10 target_session_attrs=any"_s;
        pqxx::connection connection(target.toStdString());
        pqxx::nontransaction transaction(connection);
        const pqxx::result result = transaction.exec(statement.toStdString());
        if (result.empty() || result.columns() == 0 || result[0][0].is_null())
            return QString();
        return QString::fromStdString(result[0][0].as<std::string>());
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

namespace {
/// The postmaster and its direct children (every backend and auxiliary process of one server).
QList<pid_t> serverProcesses(pid_t postmaster)
{
    return QList<pid_t>{postmaster} + childProcesses(postmaster);
}

bool signalServer(const Lab &lab, const QString &node, int signal)
{
    const auto pid = lab.postgresPid(node);
    if (!pid)
        return false;
    bool ok = true;
    // A child that exits between the listing and the signal (an archive_command's shell) is no failure.
    for (pid_t process : serverProcesses(static_cast<pid_t>(*pid)))
        ok = (::kill(process, signal) == 0 || errno == ESRCH) && ok;
    return ok;
}
} // namespace

bool TestLab::freeze(const QString &node) const
{
    return signalServer(*m_lab, node, SIGSTOP);
}

bool TestLab::thaw(const QString &node) const
{
    return signalServer(*m_lab, node, SIGCONT);
}

bool TestLab::crash(const QString &node) const
{
    return signalServer(*m_lab, node, SIGKILL);
}

QString TestLab::writableConnInfo() const
{
    QStringList hosts;
    QStringList ports;
    for (const LabNode &node : manifest().nodes) {
        hosts << u"127.0.0.1"_s;
        ports << QString::number(node.port);
    }
    ConnInfo info;
    info.set(u"host"_s, hosts.join(u','));
    info.set(u"port"_s, ports.join(u','));
    info.set(u"user"_s, manifest().superuser);
    info.set(u"dbname"_s, u"postgres"_s);
    info.set(u"passfile"_s, manifest().passFile());
    info.set(u"target_session_attrs"_s, u"read-write"_s);
    info.set(u"connect_timeout"_s, u"2"_s);
    info.set(u"application_name"_s, u"sequence-writer"_s);
    return info.toDisplayString();
}

QString TestLab::poolerConnInfo(const QString &pooler) const
{
    ConnInfo info;
    info.set(u"host"_s, u"127.0.0.1"_s);
    info.set(u"port"_s, QString::number(manifest().pooler(pooler) ? manifest().pooler(pooler)->port : 0));
    info.set(u"user"_s, manifest().superuser);
    info.set(u"dbname"_s, u"postgres"_s);
    info.set(u"passfile"_s, manifest().passFile());
    return info.toDisplayString();
}

int lostCommits(const TestLab &lab, const QString &node, const std::vector<qint64> &committed)
{
    if (committed.empty())
        return 0;
    const QString list = lab.sql(node, u"SELECT coalesce(string_agg(n::text, ','), '') FROM seq WHERE n BETWEEN %1 AND %2"_s
                                           .arg(committed.front())
                                           .arg(committed.back()))
                             .value_or(QString());
    QSet<qint64> stored;
    for (const QString &value : list.split(u',', Qt::SkipEmptyParts))
        stored.insert(value.toLongLong());
    return int(std::count_if(committed.cbegin(), committed.cend(), [&](qint64 n) { return !stored.contains(n); }));
}

CliResult runPgversectl(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = u"pgversectl did not finish in time"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace pgv::test
