// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertdelivery.h"

#include "alertengine.h"
#include "alertjson.h"
#include "core/apppaths.h"
#include "core/filelock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr qint64 kMaxLogBytes = 2 * 1024 * 1024;
constexpr int kSliceMs = 100;
// sh's "command not found" and "not executable": trying again cannot help.
constexpr int kShellNotFound = 127;
constexpr int kShellNotExecutable = 126;

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

QString lastLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last().trimmed()).left(300);
}

DeliveryAttempt runCommand(const AlertRoute &route, const QByteArray &body, const std::atomic_bool *cancel)
{
    DeliveryAttempt attempt;
    QProcess process;
    process.setProgram(u"/bin/sh"_s);
    process.setArguments({u"-c"_s, route.target});
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(route.timeoutMs)) {
        attempt.detail = QCoreApplication::translate("AlertDelivery", "could not start /bin/sh: %1").arg(process.errorString());
        attempt.worthRetrying = false;
        return attempt;
    }
    process.write(body);
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (!process.waitForFinished(kSliceMs)) {
        if (cancelled(cancel) || timer.elapsed() >= route.timeoutMs) {
            process.kill();
            process.waitForFinished(1000);
            attempt.detail = cancelled(cancel) ? QCoreApplication::translate("AlertDelivery", "cancelled")
                                               : QCoreApplication::translate("AlertDelivery", "timed out after %1 ms; killed").arg(route.timeoutMs);
            return attempt;
        }
    }
    const int exitCode = process.exitCode();
    attempt.ok = process.exitStatus() == QProcess::NormalExit && exitCode == 0;
    if (process.exitStatus() != QProcess::NormalExit) {
        attempt.detail = QCoreApplication::translate("AlertDelivery", "the command crashed");
    } else {
        const QString said = lastLine(process.readAllStandardError());
        attempt.detail = said.isEmpty() ? u"exit %1"_s.arg(exitCode) : u"exit %1: %2"_s.arg(exitCode).arg(said);
        attempt.worthRetrying = exitCode != kShellNotFound && exitCode != kShellNotExecutable;
    }
    return attempt;
}

DeliveryAttempt postWebhook(const AlertRoute &route, const QByteArray &body, const std::atomic_bool *cancel)
{
    DeliveryAttempt attempt;
    // A manager of this thread's own: the work runs on a pool thread, which has no other.
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(route.target)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"PostgresVerse/%1"_s.arg(QCoreApplication::applicationVersion()));
    request.setTransferTimeout(route.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer watch;
    watch.setInterval(kSliceMs);
    QObject::connect(&watch, &QTimer::timeout, &loop, [reply, cancel] {
        if (cancelled(cancel))
            reply->abort();
    });
    watch.start();
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0) {
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        attempt.ok = status >= 200 && status < 300;
        attempt.detail = phrase.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1 %2"_s.arg(status).arg(phrase);
        // A client error stays one, except "too many requests" and "request timeout".
        attempt.worthRetrying = !(status >= 400 && status < 500) || status == 408 || status == 429;
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        attempt.detail = cancelled(cancel) ? QCoreApplication::translate("AlertDelivery", "cancelled")
                                           : QCoreApplication::translate("AlertDelivery", "timed out after %1 ms").arg(route.timeoutMs);
    } else {
        attempt.detail = reply->errorString();
    }
    delete reply;
    return attempt;
}

QJsonObject attemptToJson(const DeliveryAttempt &attempt)
{
    return QJsonObject{{"at"_L1, attempt.at.toUTC().toString(Qt::ISODateWithMs)},
                       {"ok"_L1, attempt.ok},
                       {"ms"_L1, double(attempt.milliseconds)},
                       {"detail"_L1, attempt.detail}};
}

} // namespace

QJsonObject DeliveryRecord::toJson() const
{
    QJsonArray tries;
    for (const DeliveryAttempt &attempt : attempts)
        tries.append(attemptToJson(attempt));
    return QJsonObject{{"route"_L1, route},     {"kind"_L1, kind},       {"target"_L1, target},
                       {"cluster"_L1, cluster}, {"rule"_L1, rule},       {"subject"_L1, subject},
                       {"state"_L1, state},     {"ok"_L1, ok()},         {"attempts"_L1, tries},
                       {"at"_L1, attempts.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(attempts.last().at.toUTC().toString(Qt::ISODateWithMs))}};
}

DeliveryRecord DeliveryRecord::fromJson(const QJsonObject &object)
{
    DeliveryRecord record;
    record.route = object.value("route"_L1).toString();
    record.kind = object.value("kind"_L1).toString();
    record.target = object.value("target"_L1).toString();
    record.cluster = object.value("cluster"_L1).toString();
    record.rule = object.value("rule"_L1).toString();
    record.subject = object.value("subject"_L1).toString();
    record.state = object.value("state"_L1).toString();
    const QJsonArray attempts = object.value("attempts"_L1).toArray();
    for (const QJsonValue &value : attempts) {
        const QJsonObject tryObject = value.toObject();
        DeliveryAttempt attempt;
        attempt.at = QDateTime::fromString(tryObject.value("at"_L1).toString(), Qt::ISODateWithMs);
        attempt.ok = tryObject.value("ok"_L1).toBool();
        attempt.milliseconds = qint64(tryObject.value("ms"_L1).toDouble());
        attempt.detail = tryObject.value("detail"_L1).toString();
        record.attempts << attempt;
    }
    return record;
}

QByteArray deliveryBody(const AlertRoute &route, const Alert &alert)
{
    const QJsonObject body = route.format == AlertRoute::Format::Alertmanager
                                 ? alertmanagerPayload({alert}, route.name)
                                 : QJsonObject{{"route"_L1, route.name}, {"alerts"_L1, QJsonArray{alertToJson(alert)}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

DeliveryAttempt deliverOnce(const AlertRoute &route, const QByteArray &body, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    DeliveryAttempt attempt = route.kind == AlertRoute::Kind::Command ? runCommand(route, body, cancel) : postWebhook(route, body, cancel);
    attempt.at = at;
    attempt.milliseconds = timer.elapsed();
    return attempt;
}

DeliveryRecord deliverWithRetries(const AlertRoute &route, const Alert &alert, const std::atomic_bool *cancel, int firstBackoffMs)
{
    DeliveryRecord record{route.name, routeKindName(route.kind), route.displayTarget(), alert.cluster,
                          alert.isTest ? u"route_test"_s : ruleName(alert.rule.kind),
                          alert.subject, alert.isFiring() ? u"firing"_s : u"resolved"_s, {}};
    const QByteArray body = deliveryBody(route, alert);
    qint64 backoffMs = firstBackoffMs;
    for (int attempt = 0; attempt <= route.retries; ++attempt) {
        if (attempt > 0) {
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < backoffMs && !cancelled(cancel))
                QThread::msleep(kSliceMs / 2);
            backoffMs *= 4;
        }
        if (cancelled(cancel))
            break;
        record.attempts << deliverOnce(route, body, cancel);
        if (record.attempts.last().ok || !record.attempts.last().worthRetrying)
            break;
    }
    return record;
}

DeliveryLog::DeliveryLog()
    : DeliveryLog(AppPaths::dataDir() + u"/alert-deliveries.jsonl"_s)
{
}

DeliveryLog::DeliveryLog(QString filePath)
    : m_filePath(std::move(filePath))
{
}

bool DeliveryLog::append(const DeliveryRecord &record, QString *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!AppPaths::makeFolderFor(m_filePath) || !AppPaths::makePrivateFile(m_filePath))
        return fail(QCoreApplication::translate("AlertDelivery", "Cannot create the delivery log %1.").arg(m_filePath));
    FileLock lock(m_filePath + u".lock"_s);
    if (!lock.tryLock(5000))
        return fail(QCoreApplication::translate("AlertDelivery", "The delivery log %1 is locked by another process.").arg(m_filePath));
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (QFileInfo(m_filePath).size() + line.size() > kMaxLogBytes) {
        QFile existing(m_filePath);
        QByteArray kept;
        if (existing.open(QIODevice::ReadOnly)) {
            const QByteArray all = existing.readAll();
            const qsizetype cut = all.indexOf('\n', all.size() - kMaxLogBytes / 2);
            kept = cut < 0 ? QByteArray() : all.mid(cut + 1);
        }
        // Written whole through a temporary file: a crash leaves the old log, never half of it.
        QSaveFile trimmed(m_filePath);
        if (!trimmed.open(QIODevice::WriteOnly) || trimmed.write(kept + line) < 0 || !trimmed.commit())
            return fail(trimmed.errorString());
        return true;
    }
    QFile file(m_filePath);
    if (!file.open(QIODevice::Append) || file.write(line) != line.size())
        return fail(file.errorString());
    return true;
}

QList<DeliveryRecord> DeliveryLog::newest(int limit, QString *error) const
{
    QFile file(m_filePath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    QList<DeliveryRecord> records;
    for (auto it = lines.crbegin(); it != lines.crend() && records.size() < limit; ++it) {
        if (it->isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(*it);
        if (document.isObject())
            records << DeliveryRecord::fromJson(document.object());
    }
    return records;
}

} // namespace pgv
