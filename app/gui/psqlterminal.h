// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace pgv {

class BackgroundWork;

/// A program and its arguments that open psql on a node in a terminal window.
struct TerminalCommand
{
    QString program;
    QStringList arguments;
    QString problem; ///< why none can be opened (no terminal emulator found), empty when program is set
};

/// The terminal to run `psql CONNINFO` in: the one $TERMINAL names, else the first of x-terminal-emulator (Debian's
/// alternative), gnome-terminal, konsole, xfce4-terminal and xterm found on the PATH, each given `psql CONNINFO` as
/// a program and its arguments. Looks at the PATH: call it off the GUI thread.
TerminalCommand psqlTerminalCommand(const QString &conninfo);

/// Opens psql on a node in a terminal from the GUI: the terminal is looked up and started on a worker.
class PsqlTerminal final : public QObject
{
    Q_OBJECT
public:
    explicit PsqlTerminal(QObject *parent = nullptr);
    /// \a conninfo without its password: psql finds it in the passfile or .pgpass the connection names.
    void open(const QString &node, const QString &conninfo);

Q_SIGNALS:
    /// What happened, for the status bar: "psql on node2 opened in xterm" or why not.
    void message(const QString &text, int timeoutMs);

private:
    BackgroundWork *m_work;
};

} // namespace pgv
