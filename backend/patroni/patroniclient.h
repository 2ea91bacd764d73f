// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace pgv {

struct PatroniEndpoint
{
    QUrl url;         // http(s)://host:port of one member's REST API
    QString user;     // basic auth for POST/PUT/PATCH/DELETE (GET is open in Patroni's default setup)
    QString password;
    QString caFile;   // https: the CA that signed Patroni's certificate; empty: the system's
};

struct PatroniReply
{
    int status = 0;    // HTTP status; 0 when no answer came
    QByteArray body;
    QString error;     // transport error (refused, timeout, TLS)
    bool ok() const { return status >= 200 && status < 300; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    /// "401 no auth header received", "connection refused": one line for a log or a check.
    QString describe() const;
};

/// Talks to Patroni's REST API through QNetworkAccessManager. Calls block the calling thread in a local event
/// loop until the answer or the timeout: use it from a worker thread or pgversectl, never the GUI thread.
class PatroniClient
{
public:
    explicit PatroniClient(PatroniEndpoint endpoint, int timeoutMs = 5000);

    const PatroniEndpoint &endpoint() const { return m_endpoint; }
    PatroniReply get(const QString &path) const;
    /// GET of an absolute URL (a member's api_url), with this client's credentials and TLS settings.
    PatroniReply getUrl(const QUrl &url) const;
    PatroniReply post(const QString &path, const QJsonObject &body, int timeoutMs = -1) const;
    PatroniReply patch(const QString &path, const QJsonObject &body) const;

    /// Reads a password file (first line), as labs keep Patroni's REST password.
    static QString readPasswordFile(const QString &path);

private:
    PatroniReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body, int timeoutMs) const;

    PatroniEndpoint m_endpoint;
    int m_timeoutMs;
};

} // namespace pgv
