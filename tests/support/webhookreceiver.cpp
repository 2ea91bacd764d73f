// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookreceiver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace pgv::test {

WebhookReceiver::WebhookReceiver(int failFirst, int failStatus, int delayMs)
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    m_process.setProgram(QStringLiteral("python3"));
    m_process.setArguments({QStringLiteral(PGV_TEST_SUPPORT_DIR "/webhook_receiver.py"), QStringLiteral("--dir"), m_dir.path(),
                            QStringLiteral("--port-file"), portFile, QStringLiteral("--fail-first"), QString::number(failFirst),
                            QStringLiteral("--fail-status"), QString::number(failStatus), QStringLiteral("--delay-ms"),
                            QString::number(delayMs)});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return;
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            m_port = file.readAll().toInt();
            return;
        }
        QTest::qWait(20);
    }
}

WebhookReceiver::~WebhookReceiver()
{
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString WebhookReceiver::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QList<QJsonObject> WebhookReceiver::bodies() const
{
    QList<QJsonObject> bodies;
    for (int n = 1;; ++n) {
        QFile file(m_dir.filePath(QStringLiteral("%1.json").arg(n)));
        if (!file.open(QIODevice::ReadOnly))
            break;
        bodies << QJsonDocument::fromJson(file.readAll()).object();
    }
    return bodies;
}

QString WebhookReceiver::headers(int n) const
{
    QFile file(m_dir.filePath(QStringLiteral("%1.headers").arg(n)));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool WebhookReceiver::waitForBodies(int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (bodies().size() < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace pgv::test
