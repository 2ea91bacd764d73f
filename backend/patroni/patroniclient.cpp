// SPDX-License-Identifier: GPL-3.0-or-later
#include "patroniclient.h"

#include "core/commandtranscript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pgv {

QString PatroniReply::describe() const
{
    if (status == 0)
        return error.isEmpty() ? QCoreApplication::translate("PatroniClient", "no answer") : error;
    const QString text = QString::fromUtf8(body).simplified();
    return text.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + text.left(300);
}

PatroniClient::PatroniClient(PatroniEndpoint endpoint, int timeoutMs)
    : m_endpoint(std::move(endpoint))
    , m_timeoutMs(timeoutMs)
{
}

QString PatroniClient::readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

namespace {

/// The call as curl would make it (credentials left out), for an action's run log: what a person would type to do
/// the same by hand. A GET (a poll, often repeated) is one line without timings, so repeats fold into one.
void noteInTranscript(const QByteArray &verb, const QUrl &url, const QByteArray &body, const PatroniReply &reply, qint64 ms)
{
    const QString target = url.toString(QUrl::RemoveUserInfo);
    const QString answer = reply.status == 0 ? QCoreApplication::translate("pgv::Patroni", "no answer: %1").arg(reply.error) : u"HTTP %1"_s.arg(reply.status);
    if (verb == "GET") {
        CommandTranscript::note(u"$ curl -s %1   (%2)"_s.arg(target, answer));
        return;
    }
    QString line = u"$ curl -s -X %1 %2"_s.arg(QString::fromLatin1(verb), target);
    if (!body.isEmpty())
        line += u" -d '%1'"_s.arg(CommandTranscript::masked(QString::fromUtf8(body)));
    line += u"   (%1, %2 ms)"_s.arg(answer).arg(ms);
    const QString replied = QString::fromUtf8(reply.body).simplified();
    if (!replied.isEmpty())
        line += u"\n      | "_s + CommandTranscript::masked(replied.left(300));
    CommandTranscript::note(line);
}

} // namespace

PatroniReply PatroniClient::get(const QString &path) const
{
    QUrl url = m_endpoint.url;
    url.setPath(path);
    return send("GET", url, {}, m_timeoutMs);
}

PatroniReply PatroniClient::getUrl(const QUrl &url) const
{
    return send("GET", url, {}, m_timeoutMs);
}

PatroniReply PatroniClient::post(const QString &path, const QJsonObject &body, int timeoutMs) const
{
    QUrl url = m_endpoint.url;
    url.setPath(path);
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs < 0 ? m_timeoutMs : timeoutMs);
}

PatroniReply PatroniClient::patch(const QString &path, const QJsonObject &body) const
{
    QUrl url = m_endpoint.url;
    url.setPath(path);
    return send("PATCH", url, QJsonDocument(body).toJson(QJsonDocument::Compact), m_timeoutMs);
}

PatroniReply PatroniClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, int timeoutMs) const
{
    // One manager per call: it belongs to the calling thread, and calls are rare (a poll a second at most).
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!m_endpoint.user.isEmpty() || !m_endpoint.password.isEmpty()) {
        const QByteArray credentials = (m_endpoint.user + u':' + m_endpoint.password).toUtf8().toBase64();
        request.setRawHeader("Authorization", "Basic " + credentials);
    }
    if (url.scheme() == u"https" && !m_endpoint.caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_endpoint.caFile));
        request.setSslConfiguration(tls);
    }
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();
    PatroniReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = url.toString() + u": "_s + reply->errorString();
    reply->deleteLater();
    if (CommandTranscript::isRecording())
        noteInTranscript(verb, url, body, result, clock.elapsed());
    return result;
}

} // namespace pgv
