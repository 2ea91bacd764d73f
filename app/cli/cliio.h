// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace pgv::cli {

/// Exit codes are part of the command-line contract: scripts rely on them.
enum ExitCode {
    ExitOk = 0,
    ExitProblems = 1,       // the command ran and found problems (or refused an action for a stated reason)
    ExitUsageOrConnect = 2, // bad arguments, or nothing could be reached at all
};

/// Text for people: control characters in it (from object names, messages) are shown escaped, never acted on.
QTextStream &out();
QTextStream &err();
/// Standard output as is, for our own terminal control (the clear-screen of --watch); flush out() first.
QTextStream &terminalControl();
/// Clears the terminal (cursor home, erase) for the next --watch update when \a clear.
void clearScreenIf(bool clear);

/// Prints "pgversectl: message" on stderr and returns \a code, so commands can `return fail(...)`.
int fail(const QString &message, int code = ExitUsageOrConnect);
void printJson(const QJsonObject &object, bool compact = false);

/// The command being run ("switchover", "lab"…), for its help: main() sets it.
void setCommandName(const QString &command);
/// -h/--help for a command. Qt's own help option also offers --help-all, which lists Qt's options: not ours.
void addHelpOption(QCommandLineParser &parser);
/// A command's help: "Usage: pgversectl COMMAND [options] …", its options, and the exit codes it returns.
QString commandHelp(const QCommandLineParser &parser);
/// Parses \a arguments; returns the exit code when the command stops here: a usage error (said on stderr), or
/// -h/--help (its help printed).
std::optional<int> parseOrAnswerHelp(QCommandLineParser &parser, const QStringList &arguments);
/// Checks that each of \a names is an alert rule's name (node_down…); nothing, with the reason said, when one is not.
std::optional<QStringList> alertRuleNames(const QStringList &names);
/// Prints \a object as printJson() does, with an array under the top-level \a key whose \a count elements are
/// made and written one at a time by \a element: a large plan's nodes, as one document, would need several
/// times the plan's own memory.
void printJsonStreamingArray(const QJsonObject &object, QLatin1StringView key, qsizetype count,
                             const std::function<QJsonObject(qsizetype)> &element);
bool isTerminal();

/// A plain-text table with columns sized to their widest cell.
class TextTable
{
public:
    explicit TextTable(QStringList headers) : m_rows{std::move(headers)} {}
    void addRow(QStringList cells) { m_rows << std::move(cells); }
    QString toString() const;

private:
    QList<QStringList> m_rows;
};

} // namespace pgv::cli
