// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"

#include <QIODevice>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {
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
        QByteArray escaped;
        escaped.reserve(size);
        for (qint64 i = 0; i < size; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            // U+0080–U+009F arrive as 0xC2 followed by 0x80–0x9F in UTF-8.
            const bool c1 = byte == 0xC2 && i + 1 < size && static_cast<unsigned char>(data[i + 1]) >= 0x80
                            && static_cast<unsigned char>(data[i + 1]) <= 0x9F;
            if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F || c1) {
                const unsigned code = c1 ? static_cast<unsigned char>(data[++i]) : byte;
                escaped += "\\x" + QByteArray::number(code, 16).rightJustified(2, '0');
            } else {
                escaped += char(byte);
            }
        }
        const bool written = std::fwrite(escaped.constData(), 1, size_t(escaped.size()), m_file) == size_t(escaped.size());
        std::fflush(m_file);
        return written ? size : -1;
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
    out() << QString::fromUtf8(QJsonDocument(object).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        out() << '\n';
    out().flush();
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
