// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtranscript.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pgv::CommandTranscript {

struct Scope::Recorder
{
    Sink sink;
    QString lastLine;
    int repeats = 0;

    void flushRepeats()
    {
        if (repeats > 0)
            sink(QCoreApplication::translate("CommandTranscript", "  (the line above %n more time(s))", nullptr, repeats));
        repeats = 0;
    }
    void write(const QString &line)
    {
        if (line == lastLine) {
            ++repeats;
            return;
        }
        flushRepeats();
        lastLine = line;
        sink(line);
    }
};

namespace {

constexpr int kOutputLinesKept = 12;
constexpr qsizetype kStatementChars = 2000;

thread_local Scope::Recorder *t_recorder = nullptr;

QString quoteArgument(const QString &argument)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:=,@%+-]+$"_s);
    if (!argument.isEmpty() && plain.match(argument).hasMatch())
        return argument;
    return u'\'' + QString(argument).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

} // namespace

Scope::Scope(Sink sink)
    : m_recorder(std::make_unique<Recorder>(Recorder{std::move(sink), {}, 0}))
    , m_outer(t_recorder)
{
    t_recorder = m_recorder.get();
}

Scope::~Scope()
{
    m_recorder->flushRepeats();
    t_recorder = m_outer;
}

bool isRecording()
{
    return t_recorder != nullptr;
}

QString masked(const QString &text)
{
    static const QRegularExpression conninfoPassword(u"(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|[^\\s']+)"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sqlPassword(u"(PASSWORD\\s+)('(?:[^']|'')*')"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urlPassword(u"(://[^/:@\\s]+:)([^@/\\s]+)(@)"_s);
    QString result = text;
    result.replace(conninfoPassword, u"\\1***"_s);
    result.replace(sqlPassword, u"\\1'***'"_s);
    result.replace(urlPassword, u"\\1***\\3"_s);
    return result;
}

void sql(const QString &server, const QString &statement)
{
    if (!t_recorder)
        return;
    // Comment lines explain a statement in its file; in the transcript they would push the statement itself out
    // of the kept characters.
    QStringList code;
    for (const QString &line : statement.split(u'\n')) {
        if (!line.trimmed().startsWith(u"--"))
            code << line;
    }
    QString text = code.join(u' ').simplified();
    if (text.size() > kStatementChars)
        text = text.left(kStatementChars) + u" …"_s;
    t_recorder->write(u"%1> %2"_s.arg(server, masked(text)));
}

void program(const QString &program, const QStringList &arguments, int exitCode, qint64 milliseconds, const QString &output)
{
    if (!t_recorder)
        return;
    QStringList words{QFileInfo(program).fileName()};
    for (const QString &argument : arguments)
        words << quoteArgument(argument);
    t_recorder->write(QCoreApplication::translate("CommandTranscript", "$ %1   (exit %2, %3 s)")
                          .arg(masked(words.join(u' ')))
                          .arg(exitCode)
                          .arg(double(milliseconds) / 1000.0, 0, 'f', 1));
    QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > kOutputLinesKept) {
        const qsizetype dropped = lines.size() - kOutputLinesKept;
        lines = lines.mid(dropped);
        lines.prepend(QCoreApplication::translate("CommandTranscript", "… %1 earlier lines").arg(dropped));
    }
    for (const QString &line : std::as_const(lines))
        t_recorder->write(u"    | "_s + masked(line.trimmed()));
}

void note(const QString &line)
{
    if (t_recorder)
        t_recorder->write(line);
}

} // namespace pgv::CommandTranscript
