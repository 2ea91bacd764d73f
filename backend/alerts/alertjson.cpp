// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertjson.h"

#include "alertengine.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QJsonValue nodeOf(const QString &subject)
{
    if (subject.isEmpty())
        return QJsonValue::Null;
    return subject.contains(u'@') ? subject.section(u'@', 1) : subject;
}

QString nameOf(const Alert &alert)
{
    return alert.isTest ? u"route_test"_s : ruleName(alert.rule.kind);
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject silenceToJson(const Alert &alert)
{
    return QJsonObject{{"id"_L1, alert.silence.id},
                       {"reason"_L1, alert.silence.reason},
                       {"until"_L1, rfc3339(alert.silence.until)},
                       {"by_action"_L1, alert.silence.byAction}};
}

} // namespace

QJsonObject alertToJson(const Alert &alert)
{
    return QJsonObject{
        {"cluster"_L1, alert.cluster},
        {"rule"_L1, nameOf(alert)},
        {"severity"_L1, severityName(alert.severity)},
        {"subject"_L1, alert.subject},
        {"node"_L1, nodeOf(alert.subject)},
        {"state"_L1, alert.isFiring() ? u"firing"_s : u"resolved"_s},
        {"acknowledged"_L1, alert.acknowledged},
        {"since"_L1, alert.since.toString(Qt::ISODateWithMs)},
        {"fired_at"_L1, alert.firedAt.toString(Qt::ISODateWithMs)},
        {"resolved_at"_L1, alert.resolvedAt.isValid() ? QJsonValue(alert.resolvedAt.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null)},
        {"value"_L1, alert.rule.hasThreshold() ? QJsonValue(alert.value) : QJsonValue(QJsonValue::Null)},
        {"threshold"_L1, alert.rule.hasThreshold() ? QJsonValue(alert.rule.threshold) : QJsonValue(QJsonValue::Null)},
        {"hold_s"_L1, alert.rule.holdSeconds},
        {"message"_L1, alert.message},
        {"silenced"_L1, alert.isSilenced() ? QJsonValue(silenceToJson(alert)) : QJsonValue(QJsonValue::Null)},
    };
}

QString alertFingerprint(const Alert &alert)
{
    const QByteArray identity = (alert.cluster + u'\n' + ruleName(alert.rule.kind) + u'\n' + alert.subject).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
}

QJsonObject alertmanagerPayload(const QList<Alert> &alerts, const QString &receiver)
{
    QJsonArray items;
    bool anyFiring = false;
    QString cluster;
    for (const Alert &alert : alerts) {
        anyFiring = anyFiring || alert.isFiring();
        cluster = alert.cluster;
        QJsonObject labels{{"alertname"_L1, nameOf(alert)},
                           {"cluster"_L1, alert.cluster},
                           {"severity"_L1, severityName(alert.severity)}};
        if (!alert.subject.isEmpty()) {
            labels.insert("subject"_L1, alert.subject);
            labels.insert("node"_L1, nodeOf(alert.subject));
        }
        items.append(QJsonObject{
            {"status"_L1, alert.isFiring() ? u"firing"_s : u"resolved"_s},
            {"labels"_L1, labels},
            {"annotations"_L1, QJsonObject{{"summary"_L1, alert.message}, {"description"_L1, describeRule(alert.rule)}}},
            {"startsAt"_L1, rfc3339(alert.firedAt)},
            // Alertmanager's "not ended yet".
            {"endsAt"_L1, alert.isFiring() ? u"0001-01-01T00:00:00Z"_s : rfc3339(alert.resolvedAt)},
            {"generatorURL"_L1, QString()},
            {"fingerprint"_L1, alertFingerprint(alert)},
        });
    }
    const QJsonObject groupLabels{{"cluster"_L1, cluster}};
    return QJsonObject{
        {"version"_L1, u"4"_s},
        {"groupKey"_L1, u"{}:{cluster=\"%1\"}"_s.arg(cluster)},
        {"truncatedAlerts"_L1, 0},
        {"status"_L1, anyFiring ? u"firing"_s : u"resolved"_s},
        {"receiver"_L1, receiver},
        {"groupLabels"_L1, groupLabels},
        {"commonLabels"_L1, alerts.size() == 1 ? items.first().toObject().value("labels"_L1).toObject() : groupLabels},
        {"commonAnnotations"_L1, QJsonObject{}},
        {"externalURL"_L1, QString()},
        {"alerts"_L1, items},
    };
}

} // namespace pgv
