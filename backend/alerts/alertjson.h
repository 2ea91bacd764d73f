// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

namespace pgv {

struct Alert;

/// One alert in the documented `pgversectl alerts --json` shape ({"rule","severity","subject","node","state",…}),
/// also the "plain" body a route sends.
QJsonObject alertToJson(const Alert &alert);

/// The body Prometheus Alertmanager posts to a webhook receiver (version 4): {"version":"4","status",
/// "receiver","groupKey","alerts":[{"status","labels","annotations","startsAt","endsAt","fingerprint"}],…}, so
/// that receivers written for Alertmanager read ours unchanged. Labels: alertname (the rule), cluster, severity,
/// subject and node; annotations: summary (the message) and description.
QJsonObject alertmanagerPayload(const QList<Alert> &alerts, const QString &receiver);

/// A stable identity of the alert's condition (cluster, rule, subject): the same across firings, 16 hex digits.
QString alertFingerprint(const Alert &alert);

} // namespace pgv
