// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionlock.h"

#include "core/apppaths.h"
#include "core/osuser.h"
#include "pg/pgsession.h"
#include "pg/sqlresource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>
#include <QJsonDocument>
#include <QUuid>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

// pg_try_advisory_lock(key1, key2): "pgve" and 1, a pair no application is likely to use by chance.
constexpr int kAdvisoryClass = 0x70677665;
constexpr int kAdvisoryObject = 1;
constexpr int kNodeLockTimeoutMs = 1500;

QString tr(const char *text)
{
    return QCoreApplication::translate("ActionLock", text);
}

QByteArray readAllFrom(int fd)
{
    QByteArray content;
    char buffer[4096];
    off_t offset = 0;
    for (;;) {
        const ssize_t got = ::pread(fd, buffer, sizeof buffer, offset);
        if (got <= 0)
            break;
        content.append(buffer, got);
        offset += got;
    }
    return content;
}

std::optional<ActionJournal> parseJournal(const QByteArray &content)
{
    // The journal is one line of compact JSON; what follows the first newline is the tail of a longer journal that
    // the writer is about to cut off (see writeJournal).
    const QByteArray line = content.left(content.indexOf('\n'));
    if (line.trimmed().isEmpty())
        return std::nullopt;
    return ActionJournal::fromJson(QJsonDocument::fromJson(line).object());
}

/// Opens (creating, owner-only) the lock file; close-on-exec, so that a server or tool the action starts cannot
/// inherit the descriptor and keep the lock after we are gone.
int openLockFile(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 && error)
        *error = tr("cannot open the action lock %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
    return fd;
}

} // namespace

LockScope labLockScope(const QString &cluster, const QString &labDir)
{
    return LockScope{cluster, labDir + u"/action.lock"_s, {}};
}

LockScope profileLockScope(const Profile &profile, const QString &password)
{
    // A lab's profile shares the lab's lock, whichever way the lab is opened (--lab or --profile).
    if (!profile.labDir.isEmpty())
        return LockScope{profile.name, profile.labDir + u"/action.lock"_s, profile.endpoints(password)};
    QString safeName = profile.name;
    safeName.replace(QRegularExpression(u"[^A-Za-z0-9_.-]"_s), u"_"_s);
    return LockScope{profile.name, AppPaths::dataDir() + u"/locks/"_s + safeName + u".lock"_s, profile.endpoints(password)};
}

QJsonObject ActionJournal::toJson() const
{
    return QJsonObject{
        {"run_id"_L1, runId},
        {"action"_L1, action},
        {"title"_L1, title},
        {"cluster"_L1, cluster},
        {"user"_L1, user},
        {"host"_L1, host},
        {"pid"_L1, double(pid)},
        {"started_at"_L1, startedAt.toString(Qt::ISODateWithMs)},
        {"parameters"_L1, parameters},
        {"step_index"_L1, stepIndex},
        {"step_title"_L1, stepTitle},
        {"step_status"_L1, stepStatus},
        {"past_point_of_no_return"_L1, pastPointOfNoReturn},
        {"state"_L1, state},
        {"updated_at"_L1, updatedAt.toString(Qt::ISODateWithMs)},
    };
}

std::optional<ActionJournal> ActionJournal::fromJson(const QJsonObject &object)
{
    if (object.value("action"_L1).toString().isEmpty())
        return std::nullopt;
    ActionJournal journal;
    journal.runId = object.value("run_id"_L1).toString();
    journal.action = object.value("action"_L1).toString();
    journal.title = object.value("title"_L1).toString();
    journal.cluster = object.value("cluster"_L1).toString();
    journal.user = object.value("user"_L1).toString();
    journal.host = object.value("host"_L1).toString();
    journal.pid = qint64(object.value("pid"_L1).toDouble());
    journal.startedAt = QDateTime::fromString(object.value("started_at"_L1).toString(), Qt::ISODateWithMs);
    journal.parameters = object.value("parameters"_L1).toObject();
    journal.stepIndex = object.value("step_index"_L1).toInt(-1);
    journal.stepTitle = object.value("step_title"_L1).toString();
    journal.stepStatus = object.value("step_status"_L1).toString();
    journal.pastPointOfNoReturn = object.value("past_point_of_no_return"_L1).toBool();
    journal.state = object.value("state"_L1).toString();
    journal.updatedAt = QDateTime::fromString(object.value("updated_at"_L1).toString(), Qt::ISODateWithMs);
    return journal;
}

QString ActionJournal::describe() const
{
    const QString since = startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QString text = tr("%1 by %2@%3 (pid %4) since %5").arg(title, user, host).arg(pid).arg(since);
    if (stepIndex >= 0)
        text += tr(", at step %1 (%2, %3)").arg(stepIndex + 1).arg(stepTitle, stepStatus);
    return text;
}

QString ActionJournal::describeInterrupted() const
{
    const QString where = stepIndex < 0 ? tr("before its first step")
                          : stepStatus == u"running" ? tr("during step %1 (%2)").arg(stepIndex + 1).arg(stepTitle)
                                                     : tr("after step %1 (%2, %3)").arg(stepIndex + 1).arg(stepTitle, stepStatus);
    const QString how = state == u"failed" ? tr("failed %1 and left the cluster changed").arg(where)
                                           : tr("was interrupted %1: its process (pid %2 on %3) is gone").arg(where).arg(pid).arg(host);
    return tr("%1 (started by %2 at %3) %4%5. Run pgversectl recover (in pgverse: Cluster → Recover after an interrupted action) "
              "to bring the cluster back to one primary with every other node following it.")
        .arg(title, user, startedAt.toLocalTime().toString(u"HH:mm:ss"_s), how,
             pastPointOfNoReturn ? tr("; it had passed its point of no return") : QString());
}

std::optional<ActionJournal> readActionJournal(const LockScope &scope, bool *held)
{
    if (held)
        *held = false;
    if (scope.isEmpty() || !QFile::exists(scope.lockFile))
        return std::nullopt;
    const int fd = ::open(QFile::encodeName(scope.lockFile).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    if (held) {
        // A shared lock is refused while the holder has its exclusive one: that tells a running action apart from a
        // journal left behind. Released at once.
        if (::flock(fd, LOCK_SH | LOCK_NB) == 0)
            ::flock(fd, LOCK_UN);
        else
            *held = errno == EWOULDBLOCK;
    }
    const auto journal = parseJournal(readAllFrom(fd));
    ::close(fd);
    return journal;
}

ActionLock::~ActionLock()
{
    releaseAll();
}

ActionLock::Attempt ActionLock::acquire(const LockScope &scope, ActionJournal journal, bool takeOverInterrupted, bool keepInterruptedJournal)
{
    Attempt attempt;
    if (scope.isEmpty()) {
        attempt.refusal = Refusal::Error;
        attempt.message = tr("the action names no cluster lock");
        return attempt;
    }
    std::unique_ptr<ActionLock> lock(new ActionLock);
    QString error;
    lock->m_fd = openLockFile(scope.lockFile, &error);
    if (lock->m_fd < 0) {
        attempt.refusal = Refusal::Error;
        attempt.message = error;
        return attempt;
    }
    if (::flock(lock->m_fd, LOCK_EX | LOCK_NB) != 0) {
        attempt.refusal = errno == EWOULDBLOCK ? Refusal::Busy : Refusal::Error;
        attempt.journal = parseJournal(readAllFrom(lock->m_fd));
        // The holder writes its journal a moment after taking the lock: worth a short look again, to name it.
        for (int retry = 0; retry < 20 && !attempt.journal && attempt.refusal == Refusal::Busy; ++retry) {
            ::usleep(10000);
            attempt.journal = parseJournal(readAllFrom(lock->m_fd));
        }
        attempt.message = attempt.refusal == Refusal::Busy
                              ? tr("Another action is running on %1: %2. One action at a time: wait for it to end, or cancel it where it runs.")
                                    .arg(scope.cluster, attempt.journal ? attempt.journal->describe() : tr("its holder has not written its journal yet"))
                              : tr("cannot lock %1: %2").arg(scope.lockFile, QString::fromLocal8Bit(strerror(errno)));
        return attempt;
    }
    // Ours now. A journal still in the file belongs to a run that died or failed half-way.
    if (const auto left = parseJournal(readAllFrom(lock->m_fd))) {
        attempt.journal = left;
        if (!takeOverInterrupted) {
            attempt.refusal = Refusal::Interrupted;
            attempt.message = left->describeInterrupted();
            return attempt;
        }
    }
    // Other workstations: an advisory lock on every node that answers. A node that does not answer cannot be
    // acted on by anyone else either, and must not delay a failover by more than a moment.
    for (const NodeEndpoint &node : scope.nodes) {
        auto session = std::make_unique<PgSession>();
        ConnInfo info = node.connInfo;
        info.set(u"application_name"_s, u"pgverse %1 by %2@%3"_s.arg(journal.action, osUserName(), QSysInfo::machineHostName()).left(63));
        info.set(u"target_session_attrs"_s, u"any"_s);
        info.set(u"connect_timeout"_s, u"2"_s);
        PgError pgError;
        if (!session->open(info, node.password, QDeadlineTimer(kNodeLockTimeoutMs), &pgError))
            continue;
        const auto got = session->exec(u"SELECT pg_try_advisory_lock(%1, %2)"_s.arg(kAdvisoryClass).arg(kAdvisoryObject),
                                       QDeadlineTimer(kNodeLockTimeoutMs), &pgError);
        if (!got)
            continue;
        if (got->scalar() != u"t") {
            const auto holder = session->exec(sqlResource("action_lock_holder").arg(kAdvisoryClass).arg(kAdvisoryObject),
                                              QDeadlineTimer(kNodeLockTimeoutMs), &pgError);
            attempt.refusal = Refusal::Busy;
            attempt.message = tr("Another console is acting on %1: node %2 holds its action lock for %3. One action at a time: wait "
                                 "for it to end.")
                                  .arg(scope.cluster, node.name, holder && holder->scalar() ? *holder->scalar() : tr("a session that has just ended"));
            return attempt; // lock and sessions released with it
        }
        lock->m_nodeSessions.push_back(std::move(session));
    }
    if (journal.runId.isEmpty())
        journal.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    journal.cluster = scope.cluster;
    journal.user = osUserName();
    journal.host = QSysInfo::machineHostName();
    journal.pid = QCoreApplication::applicationPid();
    journal.startedAt = QDateTime::currentDateTimeUtc();
    journal.state = u"running"_s;
    lock->m_journal = journal;
    lock->m_previous = attempt.journal;
    lock->m_keepsPrevious = keepInterruptedJournal && attempt.journal.has_value();
    if (lock->m_keepsPrevious) {
        attempt.lock = std::move(lock);
        return attempt;
    }
    if (!lock->writeJournal(&error)) {
        attempt.refusal = Refusal::Error;
        attempt.message = error;
        return attempt;
    }
    attempt.lock = std::move(lock);
    return attempt;
}

void ActionLock::setParameters(const QJsonObject &parameters)
{
    m_journal.parameters = parameters;
    if (!m_keepsPrevious)
        writeJournal();
}

void ActionLock::recordStep(int index, const QString &title, const QString &status, bool pastPointOfNoReturn)
{
    m_journal.stepIndex = index;
    m_journal.stepTitle = title;
    m_journal.stepStatus = status;
    m_journal.pastPointOfNoReturn = m_journal.pastPointOfNoReturn || pastPointOfNoReturn;
    if (!m_keepsPrevious)
        writeJournal();
}

void ActionLock::abandon()
{
    if (m_fd < 0)
        return;
    if (m_keepsPrevious) {
        releaseAll();
        return;
    }
    if (m_previous) {
        m_journal = *m_previous;
        writeJournal();
    } else {
        clearJournal();
    }
    releaseAll();
}

void ActionLock::finish(bool needsRecovery)
{
    if (m_fd < 0)
        return;
    if (m_keepsPrevious) {
        releaseAll(); // the interrupted run's journal was never touched
        return;
    }
    if (needsRecovery) {
        m_journal.state = u"failed"_s;
        writeJournal();
    } else {
        clearJournal();
    }
    releaseAll();
}

bool ActionLock::writeJournal(QString *error)
{
    m_journal.updatedAt = QDateTime::currentDateTimeUtc();
    const QByteArray content = QJsonDocument(m_journal.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // Overwrite in place, then cut off what is left of a longer journal: the file never passes through empty, so a
    // process killed between the two calls still leaves a journal that the next status or action finds (an empty
    // file means "no action"). The lock lives on this inode, so a rename into place is not an option.
    const bool written = ::pwrite(m_fd, content.constData(), size_t(content.size()), 0) == content.size()
                         && ::ftruncate(m_fd, content.size()) == 0 && ::fsync(m_fd) == 0;
    if (!written && error)
        *error = tr("cannot write the action journal: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    return written;
}

void ActionLock::clearJournal()
{
    // An empty file is "no action": what readActionJournal and the next acquire take it for.
    if (::ftruncate(m_fd, 0) == 0)
        ::fsync(m_fd);
}

void ActionLock::releaseAll()
{
    m_nodeSessions.clear(); // closing a session releases its advisory lock
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace pgv
