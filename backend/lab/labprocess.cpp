// SPDX-License-Identifier: GPL-3.0-or-later
#include "labprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace pgv {

bool isProcessAlive(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype state = line.lastIndexOf(')') + 2;
    return state >= 2 && state < line.size() && line.at(state) != 'Z';
}

QList<pid_t> childProcesses(pid_t parent)
{
    QList<pid_t> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(u"/proc/"_s + entry + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid …": comm may hold spaces, so read after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toInt() == parent)
            children << pid;
    }
    return children;
}

bool pollUntil(const std::function<bool()> &condition, int timeoutMs, const std::function<bool()> &cancelled, int intervalMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs || (cancelled && cancelled()))
            return false;
        QThread::msleep(intervalMs);
    }
    return true;
}

bool writePrivateFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    // Owner-only from the start: the temporary file, before the secret is in it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(text.toUtf8()) < 0
        || !file.commit()
        || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)) {
        if (error)
            *error = QCoreApplication::translate("pgv::Lab", "Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString randomSecret()
{
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"_s;
    QString secret;
    for (int i = 0; i < 24; ++i)
        secret += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return secret;
}

} // namespace pgv
