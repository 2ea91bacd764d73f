// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lagseries.h"
#include "topologyevents.h"

#include <QObject>

class QThread;

namespace pgv {

class LagStoreWorker;

/// Persists lag samples and events to the history file on a thread of its own, so writing never blocks the GUI:
/// record() only queues; the worker writes once a second in one transaction and prunes by the retention setting.
class LagStore : public QObject
{
    Q_OBJECT
public:
    /// \a filePath empty: AppPaths::dataDir()/lag-history.sqlite.
    explicit LagStore(const QString &filePath = {}, int retentionDays = 7, QObject *parent = nullptr);
    /// Writes what is still queued, then stops the worker.
    ~LagStore() override;

    void record(const QString &cluster, const QList<LagPoint> &points, const QList<ClusterEvent> &events = {});
    /// Asks for the history of \a cluster since \a sinceMs; answered by loaded().
    void load(const QString &cluster, qint64 sinceMs);
    /// Writes what is queued now instead of at the next tick; answered by flushed().
    void flush();

    static QString defaultFilePath();

Q_SIGNALS:
    void opened(const QString &filePath);
    void loaded(const QString &cluster, const QList<pgv::LagPoint> &points, const QList<pgv::ClusterEvent> &events);
    void flushed(int rows);
    /// Something the user should know: the file was damaged or locked, or a write failed.
    void notice(const QString &message);

private:
    QThread *m_thread = nullptr;
    LagStoreWorker *m_worker = nullptr;
};

} // namespace pgv
