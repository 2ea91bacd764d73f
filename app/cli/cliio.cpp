// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgv::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
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
