// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"

#include "alerts/alertrule.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {
/// Writes \a data to \a file with every control character a terminal could act on written as a visible escape
/// (\a prefix and two hex digits): DEL and the C1 range always, the C0 range too unless \a keepC0 (JSON escapes
/// those itself). Newlines and tabs pass. Runs without controls are written as they are, not copied.
bool writeEscaped(FILE *file, QByteArrayView data, const char *prefix, bool keepC0)
{
    bool ok = true;
    qsizetype written = 0;
    const auto flushUpTo = [&](qsizetype end) {
        if (end > written)
            ok = std::fwrite(data.data() + written, 1, size_t(end - written), file) == size_t(end - written) && ok;
        written = end;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        // U+0080–U+009F arrive as 0xC2 followed by 0x80–0x9F in UTF-8.
        const bool c1 = byte == 0xC2 && i + 1 < data.size() && static_cast<unsigned char>(data[i + 1]) >= 0x80
                        && static_cast<unsigned char>(data[i + 1]) <= 0x9F;
        const bool c0 = !keepC0 && byte < 0x20 && byte != '\n' && byte != '\t';
        if (!c0 && !c1 && byte != 0x7F)
            continue;
        flushUpTo(i);
        const unsigned code = c1 ? static_cast<unsigned char>(data[++i]) : byte;
        const QByteArray escape = prefix + QByteArray::number(code, 16).rightJustified(2, '0');
        ok = std::fwrite(escape.constData(), 1, size_t(escape.size()), file) == size_t(escape.size()) && ok;
        written = i + 1;
    }
    flushUpTo(data.size());
    return std::fflush(file) == 0 && ok;
}

/// Standard output or error with every control character that a terminal could act on (ESC, BEL, backspace,
/// carriage return, the C1 range) written as a visible escape: object names come from servers, and a role named
/// "\x1b]0;…" must not retitle, clear or rewrite someone's terminal. Newlines and tabs pass.
class EscapingDevice final : public QIODevice
{
public:
    explicit EscapingDevice(FILE *file) : m_file(file) { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        return writeEscaped(m_file, QByteArrayView(data, size), "\\x", false) ? size : -1;
    }

private:
    FILE *m_file;
};
} // namespace

QTextStream &out()
{
    static EscapingDevice device(stdout);
    static QTextStream stream(&device);
    return stream;
}

QTextStream &err()
{
    static EscapingDevice device(stderr);
    static QTextStream stream(&device);
    return stream;
}

QTextStream &terminalControl()
{
    static QTextStream stream(stdout);
    return stream;
}

void clearScreenIf(bool clear)
{
    if (!clear)
        return;
    out().flush();
    terminalControl() << "\x1b[H\x1b[2J" << Qt::flush;
}

int fail(const QString &message, int code)
{
    err() << "pgversectl: " << message << Qt::endl;
    return code;
}

void printJson(const QJsonObject &object, bool compact)
{
    // Written as bytes, not through out(): a large document (a plan's analysis runs to megabytes) is not copied into
    // a QString and re-encoded, and its escapes stay JSON. QJsonDocument escapes C0 controls itself but writes DEL
    // and the C1 range raw, which only occur inside strings: written as \u escapes they are inert and valid JSON.
    QByteArray document = QJsonDocument(object).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
    if (compact)
        document += '\n';
    out().flush();
    writeEscaped(stdout, document, "\\u00", true);
}

void printJsonStreamingArray(const QJsonObject &object, QLatin1StringView key, qsizetype count,
                             const std::function<QJsonObject(qsizetype)> &element)
{
    if (count == 0) {
        QJsonObject whole = object;
        whole.insert(key, QJsonArray());
        printJson(whole);
        return;
    }
    // The document with a marker where the array goes (control characters keep it apart from any real value),
    // then the array written piece by piece in its place, indented as QJsonDocument indents an array's elements.
    QJsonObject shell = object;
    shell.insert(key, u"\x01pgv-streamed-array\x01"_s);
    const QByteArray document = QJsonDocument(shell).toJson(QJsonDocument::Indented);
    const QByteArrayView marker = "\"\\u0001pgv-streamed-array\\u0001\"";
    const qsizetype at = document.indexOf(marker);
    Q_ASSERT(at >= 0);
    out().flush();
    constexpr qsizetype ChunkBytes = 1 << 20; // written in pieces this large: one write per element costs seconds
    QByteArray chunk = document.first(at) + "[\n";
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray text = QJsonDocument(element(i)).toJson(QJsonDocument::Indented);
        text.chop(1); // its last newline
        text.replace("\n", "\n        ");
        chunk += "        " + text + (i + 1 < count ? ",\n" : "\n");
        if (chunk.size() >= ChunkBytes) {
            writeEscaped(stdout, chunk, "\\u00", true);
            chunk.clear();
        }
    }
    chunk += "    ]" + document.sliced(at + marker.size());
    writeEscaped(stdout, chunk, "\\u00", true);
}

namespace {
QString &commandName()
{
    static QString name;
    return name;
}

/// What each exit code means for \a command (see the README's contract).
QString exitCodesOf(const QString &command)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("pgv::cli", text); };
    if (command == u"status")
        return tr("  0  healthy\n  1  problems found (a node down is one)\n  2  usage error, or no node reachable\n");
    if (command == u"lag")
        return tr("  0  shown\n  2  usage error, or no node reachable\n");
    if (command == u"alerts")
        return tr("  0  no alert firing (or only silenced ones)\n  1  alerts firing that no silence covers\n  2  usage error, or no node reachable\n");
    if (command == u"explain")
        return tr("  0  the plan was read\n  2  usage error, or an input that is not a readable plan (stderr says where)\n");
    if (command == u"sessions")
        return tr("  0  shown\n  2  usage error, or no node could be read\n");
    if (command == u"locks")
        return tr("  0  no session waits for a lock longer than --threshold\n  1  a session waits longer\n"
                  "  2  usage error, or no node could be read\n");
    if (command == u"vacuum")
        return tr("  0  shown\n  1  a database is older than autovacuum_freeze_max_age (a vacuum to prevent wraparound is due)\n"
                  "  2  usage error, or no node could be read\n");
    if (command == u"audit")
        return tr("  0  the log is intact\n  1  the log was tampered with or damaged\n  2  usage error\n");
    if (command == u"switchover" || command == u"failover" || command == u"rejoin" || command == u"recover" || command == u"patroni" || command == u"node"
        || command == u"sessions cancel" || command == u"sessions terminate")
        return tr("  0  done (with --dry-run: the checks pass)\n  1  refused: a check failed, the profile is read-only or another "
                  "action runs (the reasons are printed)\n  2  usage error, nothing reachable, or not confirmed\n"
                  "  3  failed during execution (the message says what state the cluster is left in)\n");
    return tr("  0  done\n  1  problems found, or refused (the reason is printed)\n  2  usage error, or nothing reachable\n");
}
} // namespace

void setCommandName(const QString &command)
{
    commandName() = command;
}

void addHelpOption(QCommandLineParser &parser)
{
    parser.addOption({{u"h"_s, u"help"_s}, QCoreApplication::translate("cli", "Show this help.")});
}

QString commandHelp(const QCommandLineParser &parser)
{
    // Qt writes "Usage: /path/to/pgversectl [options] …": the program's path, without the command that was asked for.
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString usage = text.first(lineEnd < 0 ? text.size() : lineEnd);
    const qsizetype options = usage.indexOf(u" ["_s);
    const QString rest = options < 0 ? QString() : usage.mid(options);
    text.replace(0, usage.size(), QCoreApplication::translate("cli", "Usage: pgversectl %1%2").arg(commandName(), rest));
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text + QCoreApplication::translate("cli", "\nExit codes:\n") + exitCodesOf(commandName());
}

std::optional<int> parseOrAnswerHelp(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << commandHelp(parser);
        return int(ExitOk);
    }
    return std::nullopt;
}

std::optional<QStringList> alertRuleNames(const QStringList &names)
{
    for (const QString &name : names) {
        if (!ruleFromName(name)) {
            fail(QCoreApplication::translate("cli", "\"%1\" is not a rule; the rules are listed in README.md (node_down, replay_lag_bytes…).").arg(name));
            return std::nullopt;
        }
    }
    return names;
}

bool isTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    QString text;
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        text += line.trimmed() + u'\n';
    }
    return text;
}

} // namespace pgv::cli
