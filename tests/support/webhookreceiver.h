// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

namespace pgv::test {

/// A real local HTTP server (tests/support/webhook_receiver.py, Python's http.server) that keeps every body
/// posted to it; it can answer the first requests with an error, or answer slowly.
class WebhookReceiver
{
public:
    /// Answers the first \a failFirst requests with \a failStatus; waits \a delayMs before every answer.
    explicit WebhookReceiver(int failFirst = 0, int failStatus = 503, int delayMs = 0);
    ~WebhookReceiver();
    WebhookReceiver(const WebhookReceiver &) = delete;
    WebhookReceiver &operator=(const WebhookReceiver &) = delete;

    bool isRunning() const { return m_port > 0; }
    QString url(const QString &path = QStringLiteral("/hook")) const;
    /// The bodies received so far, in arrival order.
    QList<QJsonObject> bodies() const;
    /// The request line and headers of the \a n-th request (from 1).
    QString headers(int n) const;
    /// Waits up to \a timeoutMs until at least \a count bodies arrived.
    bool waitForBodies(int count, int timeoutMs) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace pgv::test
