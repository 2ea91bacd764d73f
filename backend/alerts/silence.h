// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace pgv {

/// "Do not tell anyone about these alerts until then, because…": a rule, a node or a whole cluster, for a time,
/// with a reason. Silenced alerts still fire and show (marked silenced); they are not sent anywhere. A planned
/// action silences the alerts it causes itself (the node a switchover stops is down on purpose).
struct Silence
{
    QString id;        ///< 8 hex digits, given by the store
    QString cluster;   ///< the profile's name
    QStringList rules; ///< rule names (node_down…); empty: every rule
    QString node;      ///< empty: every node and the cluster as a whole
    QDateTime from;
    QDateTime until;
    QString reason;
    QString author; ///< the OS user who set it
    bool byAction = false;

    bool isActiveAt(const QDateTime &at) const { return from <= at && at < until; }
    /// Whether an alert of \a rule about \a subject (a node, or slot@node) on \a cluster is silenced at \a at.
    bool covers(const QString &alertCluster, const QString &rule, const QString &subject, const QDateTime &at) const;
    /// "node_down on node1 until 03:40 (by root: kernel upgrade)".
    QString describe() const;

    QJsonObject toJson() const;
    static std::optional<Silence> fromJson(const QJsonObject &object);
};

/// Silences shared by pgverse and pgversectl in AppPaths::dataDir()/silences.json (owner-only), each change a
/// read-modify-write under a lock; ended silences are dropped when the file is next written. Blocking file work:
/// off the GUI thread.
class SilenceStore
{
public:
    SilenceStore();
    explicit SilenceStore(QString filePath);

    const QString &filePath() const { return m_filePath; }
    /// Silences that have not ended at \a now (including ones that start later).
    QList<Silence> current(const QDateTime &now, QString *error = nullptr) const;
    /// Stores \a silence with a new id (returned in it); from defaults to now.
    std::optional<Silence> add(Silence silence, QString *error);
    /// Moves the end of silence \a id to \a until (now ends it). False with \a error when there is no such silence.
    bool setUntil(const QString &id, const QDateTime &until, QString *error);

private:
    bool change(const std::function<bool(QList<Silence> &, QString *)> &edit, QString *error);
    QList<Silence> readAll(QString *error) const;

    QString m_filePath;
};

/// Parses "90s", "15m", "2h", "1d" (or a plain number of minutes) into seconds.
std::optional<qint64> parseDuration(QStringView text);

} // namespace pgv
