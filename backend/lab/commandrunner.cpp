// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrunner.h"

#include "core/commandtranscript.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QProcess>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgv {

QString CommandResult::failureSummary(const QString &what) const
{
    QString reason;
    if (!started)
        reason = QCoreApplication::translate("CommandRunner", "%1 could not be started").arg(what);
    else if (cancelled)
        reason = QCoreApplication::translate("CommandRunner", "%1 was cancelled").arg(what);
    else if (timedOut)
        reason = QCoreApplication::translate("CommandRunner", "%1 did not finish in time").arg(what);
    else
        reason = QCoreApplication::translate("CommandRunner", "%1 failed (exit code %2)").arg(what).arg(exitCode);
    const QStringList lines = output.trimmed().split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return reason + u'.';
    return reason + u":\n  "_s + lines.mid(std::max<qsizetype>(0, lines.size() - 8)).join(u"\n  "_s);
}

CommandRunner::CommandRunner(ServerUser user, QString workingDirectory)
    : m_user(std::move(user))
    , m_workingDirectory(std::move(workingDirectory))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    // Messages we parse and show must not depend on the user's locale.
    m_environment.insert(u"LC_MESSAGES"_s, u"C"_s);
    m_environment.remove(u"PGSERVICE"_s);
    m_environment.remove(u"PGSERVICEFILE"_s);
}

void CommandRunner::setEnvironment(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

CommandResult CommandRunner::run(const QString &program, const QStringList &arguments, int timeoutMs,
                                 const std::atomic_bool *cancel) const
{
    const auto [wrappedProgram, wrappedArguments] = m_user.wrap(program, arguments);
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    // Its own process group: Ctrl+C in the terminal reaches pgversectl, which decides what to stop, and not a
    // pg_rewind or pg_ctl half-way through its work.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start(wrappedProgram, wrappedArguments);

    CommandResult result;
    if (!process.waitForStarted(10000)) {
        result.output = process.errorString();
        return result;
    }
    result.started = true;
    QElapsedTimer startedAt;
    startedAt.start();
    const QDeadlineTimer deadline(timeoutMs);
    while (!process.waitForFinished(100)) {
        result.output += QString::fromLocal8Bit(process.readAll());
        if (process.state() == QProcess::NotRunning)
            break;
        const bool cancelled = cancel && cancel->load();
        if (cancelled || deadline.hasExpired()) {
            result.cancelled = cancelled;
            result.timedOut = !cancelled;
            process.terminate();
            if (!process.waitForFinished(3000))
                process.kill();
            process.waitForFinished(3000);
            break;
        }
    }
    result.output += QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    CommandTranscript::program(program, arguments, result.exitCode, startedAt.elapsed(), result.output);
    return result;
}

std::optional<qint64> CommandRunner::startDetached(const QString &program, const QStringList &arguments, const QString &logFile,
                                                  QString *error) const
{
    const auto [wrappedProgram, wrappedArguments] = m_user.wrapExec(program, arguments);
    QProcess process;
    process.setProgram(wrappedProgram);
    process.setArguments(wrappedArguments);
    QProcessEnvironment environment = m_environment;
    environment.insert(u"HOME"_s, m_workingDirectory);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(logFile, QIODevice::Append);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        if (error)
            *error = QCoreApplication::translate("CommandRunner", "could not start %1: %2").arg(program, process.errorString());
        return std::nullopt;
    }
    return pid;
}

} // namespace pgv
