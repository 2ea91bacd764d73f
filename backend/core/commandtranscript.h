// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace pgv::CommandTranscript {

/// While a Scope lives, the SQL statements (PgSession::exec) and programs (CommandRunner) this thread runs are
/// written to its sink, one readable line each: an action's run log shows what it did, for people learning the
/// commands and for post-mortems. Threads without a Scope (the monitors) record nothing. Passwords in SQL and
/// arguments are masked. A line repeated back to back (a poll) is written once, with how often it ran.
/// Scopes nest: an inner one (an action run inside another's step) takes the lines while it lives, and the outer
/// one records again after it.
class Scope
{
public:
    using Sink = std::function<void(const QString &line)>;
    explicit Scope(Sink sink);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

    struct Recorder;

private:
    std::unique_ptr<Recorder> m_recorder;
    Recorder *m_outer = nullptr;
};

bool isRecording();
/// "127.0.0.1:55433> SELECT pg_promote(true, 60)".
void sql(const QString &server, const QString &statement);
/// "$ pg_rewind --target-pgdata … (exit 0, 1.3 s)" and the last lines of its output, indented.
void program(const QString &program, const QStringList &arguments, int exitCode, qint64 milliseconds, const QString &output);
/// Anything else the action does to a server by hand: "kill -INT 12345 (the postmaster of node1)".
void note(const QString &line);

/// password=…, PASSWORD '…' and the like replaced by ***.
QString masked(const QString &text);

} // namespace pgv::CommandTranscript
