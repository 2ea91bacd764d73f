// SPDX-License-Identifier: GPL-3.0-or-later
#include "silencewatcher.h"

#include "core/backgroundwork.h"

#include <QTimer>

namespace pgv {

namespace {

struct SilenceRead
{
    QList<Silence> silences;
    QString error;
};

bool sameSilences(const QList<Silence> &a, const QList<Silence> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Silence &x, const Silence &y) {
        return x.id == y.id && x.until == y.until;
    });
}

} // namespace

SilenceWatcher::SilenceWatcher(QObject *parent, int intervalMs)
    : QObject(parent)
    , m_filePath(SilenceStore().filePath())
    , m_timer(new QTimer(this))
    , m_reads(new BackgroundWork(this))
    , m_writes(new BackgroundWork(this, BackgroundWork::EveryResult))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SilenceWatcher::refresh);
}

void SilenceWatcher::setFilePath(const QString &path)
{
    m_filePath = path;
    refresh();
}

void SilenceWatcher::start()
{
    m_timer->start();
    refresh();
}

void SilenceWatcher::refresh()
{
    m_reads->run(
        [path = m_filePath] {
            SilenceRead read;
            read.silences = SilenceStore(path).current(QDateTime::currentDateTimeUtc(), &read.error);
            return read;
        },
        [this](const SilenceRead &read) { apply(read.silences, read.error); });
}

void SilenceWatcher::apply(const QList<Silence> &silences, const QString &error)
{
    m_error = error;
    if (m_known && sameSilences(silences, m_silences))
        return;
    m_known = true;
    m_silences = silences;
    Q_EMIT silencesChanged(m_silences);
}

void SilenceWatcher::add(const Silence &silence, const std::function<void(const QString &)> &done)
{
    m_writes->run(
        [path = m_filePath, silence] {
            QString error;
            SilenceStore(path).add(silence, &error);
            return error;
        },
        [this, done](const QString &error) {
            refresh();
            if (done)
                done(error);
        });
}

void SilenceWatcher::end(const QString &id, const std::function<void(const QString &)> &done)
{
    m_writes->run(
        [path = m_filePath, id] {
            QString error;
            SilenceStore(path).setUntil(id, QDateTime::currentDateTimeUtc(), &error);
            return error;
        },
        [this, done](const QString &error) {
            refresh();
            if (done)
                done(error);
        });
}

} // namespace pgv
