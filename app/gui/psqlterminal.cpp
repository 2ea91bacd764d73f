// SPDX-License-Identifier: GPL-3.0-or-later
#include "psqlterminal.h"

#include "core/backgroundwork.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pgv {

TerminalCommand psqlTerminalCommand(const QString &conninfo)
{
    TerminalCommand command;
    QStringList candidates{u"x-terminal-emulator"_s, u"gnome-terminal"_s, u"konsole"_s, u"xfce4-terminal"_s, u"xterm"_s};
    if (const QString chosen = qEnvironmentVariable("TERMINAL"); !chosen.isEmpty())
        candidates.prepend(chosen);
    for (const QString &candidate : std::as_const(candidates)) {
        const QString found = QStandardPaths::findExecutable(candidate);
        if (found.isEmpty())
            continue;
        command.program = found;
        // gnome-terminal takes what follows "--", xfce4-terminal what follows -x (its -e takes one string to split);
        // Debian's x-terminal-emulator, konsole and xterm take the program and its arguments after -e.
        const QString name = QFileInfo(candidate).fileName();
        const QString separator = name == u"gnome-terminal" ? u"--"_s : name == u"xfce4-terminal" ? u"-x"_s : u"-e"_s;
        command.arguments = {separator, u"psql"_s, conninfo};
        return command;
    }
    command.problem = QObject::tr("No terminal emulator was found (tried %1). Set TERMINAL to yours, or copy the conninfo and run psql "
                                  "yourself.").arg(candidates.join(u", "_s));
    return command;
}

PsqlTerminal::PsqlTerminal(QObject *parent)
    : QObject(parent)
    , m_work(new BackgroundWork(this, BackgroundWork::EveryResult))
{
}

void PsqlTerminal::open(const QString &node, const QString &conninfo)
{
    m_work->run(
        [conninfo] {
            TerminalCommand command = psqlTerminalCommand(conninfo);
            if (command.problem.isEmpty() && !QProcess::startDetached(command.program, command.arguments))
                command.problem = QObject::tr("%1 could not be started.").arg(command.program);
            return command;
        },
        [this, node](const TerminalCommand &command) {
            if (!command.problem.isEmpty())
                Q_EMIT message(command.problem, 10000);
            else
                Q_EMIT message(tr("psql on %1 opened in %2.").arg(node, QFileInfo(command.program).fileName()), 5000);
        });
}

} // namespace pgv
