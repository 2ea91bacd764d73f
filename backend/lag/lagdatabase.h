// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lagseries.h"
#include "topologyevents.h"

#include <QHash>
#include <QString>

namespace pgv {

/// The lag history file (SQLite through Qt SQL): series, samples and events of every cluster.
/// Synchronous; LagStore runs it on its own thread. Only that thread may use an instance.
class LagDatabase
{
public:
    LagDatabase();
    ~LagDatabase();
    LagDatabase(const LagDatabase &) = delete;
    LagDatabase &operator=(const LagDatabase &) = delete;

    /// Opens \a filePath, creating it when needed. A damaged file is set aside (renamed *.corrupt-<time>) and a
    /// locked one (another program holds it) is left alone; either way a fresh file is used and \a notice says so.
    bool open(const QString &filePath, QString *notice);
    const QString &filePath() const { return m_filePath; }

    /// Appends in one transaction; returns the number of rows written.
    int write(const QString &cluster, const QList<LagPoint> &points, const QList<ClusterEvent> &events, QString *error);
    void read(const QString &cluster, qint64 sinceMs, QList<LagPoint> *points, QList<ClusterEvent> *events) const;
    /// Deletes samples and events older than \a beforeMs.
    void prune(qint64 beforeMs);

private:
    bool openFile(const QString &filePath, QString *error);
    void close();
    qint64 seriesId(const QString &cluster, const SeriesKey &key, QString *error);

    QString m_connectionName;
    QString m_filePath;
    QHash<QString, qint64> m_seriesIds; // "cluster\nsubject\nmetric" -> id
};

} // namespace pgv
