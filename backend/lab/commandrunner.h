// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveruser.h"

#include <QProcessEnvironment>
#include <atomic>
#include <optional>

namespace pgv {

struct CommandResult
{
    bool started = false;
    bool timedOut = false;
    bool cancelled = false;
    int exitCode = -1;
    QString output; // stdout and stderr, interleaved as the program wrote them

    bool ok() const { return started && !timedOut && !cancelled && exitCode == 0; }
    /// One line for an error message: why it failed and the last lines the program printed.
    QString failureSummary(const QString &what) const;
};

/// Runs server tools (initdb, pg_ctl, pg_basebackup…) as the server user, from a folder that user can enter.
/// Blocking: call it from a worker thread or the command-line tool, never from the GUI thread.
class CommandRunner
{
public:
    CommandRunner(ServerUser user, QString workingDirectory);

    void setEnvironment(const QString &name, const QString &value);

    CommandResult run(const QString &program, const QStringList &arguments, int timeoutMs,
                      const std::atomic_bool *cancel = nullptr) const;
    /// Starts a daemon that outlives us, appending its output to \a logFile; returns its PID.
    std::optional<qint64> startDetached(const QString &program, const QStringList &arguments, const QString &logFile, QString *error) const;

private:
    ServerUser m_user;
    QString m_workingDirectory;
    QProcessEnvironment m_environment;
};

} // namespace pgv
