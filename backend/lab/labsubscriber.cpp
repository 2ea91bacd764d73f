// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab.h"

#include "labfiles.h"
#include "labsql.h"
#include "actions/actionlock.h"
#include "pg/conninfo.h"
#include "profiles/profilestore.h"

#include <QDir>
#include <QFile>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int kSyncTimeoutMs = 60000;

std::string quotedName(pqxx::nontransaction &tx, QAnyStringView name)
{
    return tx.quote_name(name.toString().toStdString());
}

template<typename T>
T scalar(pqxx::nontransaction &tx, const std::string &query)
{
    return tx.exec1(query)[0].as<T>();
}

/// The orders table of the event-driven set-up, on the publisher and the subscriber alike.
std::string ordersTableDefinition(pqxx::nontransaction &tx)
{
    return "CREATE TABLE IF NOT EXISTS public." + quotedName(tx, u"orders")
           + " (order_id bigint PRIMARY KEY, customer_id bigint NOT NULL, order_date timestamptz NOT NULL DEFAULT now(),"
             " total numeric(12,2) NOT NULL)";
}

void createDatabaseIfMissing(pqxx::nontransaction &tx, QAnyStringView database)
{
    const std::string name = database.toString().toStdString();
    if (scalar<int>(tx, "SELECT count(*) FROM pg_database WHERE datname = " + tx.quote(name)) == 0)
        tx.exec("CREATE DATABASE " + tx.quote_name(name));
}

class SubscriberBuilder
{
public:
    SubscriberBuilder(Lab lab, const LabProgress &progress, const std::atomic_bool *cancel)
        : m_lab(std::move(lab))
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    std::optional<LabManifest> run(bool registerProfile, QString *error)
    {
        // It may restart every node: never while a switchover, failover or recover runs or waits to be finished.
        ActionJournal journal;
        journal.action = u"subscriber-add"_s;
        journal.title = QCoreApplication::translate("pgv::Lab", "Adding the subscriber of %1").arg(m_lab.manifest().name);
        journal.cluster = m_lab.manifest().name;
        const ActionLock::Attempt lock = ActionLock::acquire(labLockScope(m_lab.manifest().name, m_lab.manifest().dir), journal);
        if (!lock.lock) {
            *error = lock.message;
            return std::nullopt;
        }
        auto result = build(registerProfile, error);
        lock.lock->finish(false);
        return result;
    }

private:
    std::optional<LabManifest> build(bool registerProfile, QString *error)
    {
        if (!preflight(error) || !ensureLogicalWal(error) || !publish(error))
            return std::nullopt;
        if (!buildSubscriber(error) || !subscribe(error) || !waitForSync(error)) {
            removeSubscriber();
            return std::nullopt;
        }
        const LabManifest &lab = m_lab.manifest();
        if (!lab.save(error) || !writePrivateFile(lab.serviceFile(), LabFiles::serviceFile(lab), error))
            return std::nullopt;
        // The subscriber's own profile, and the lab's profile drawing it beside the cluster.
        if (registerProfile) {
            ProfileStore store;
            Profile cluster = store.find(lab.name).value_or(lab.toProfile());
            if (!cluster.beside.contains(lab.subscriberProfile()->name))
                cluster.beside << lab.subscriberProfile()->name;
            if (!store.save(*lab.subscriberProfile(), error) || !store.save(cluster, error))
                return std::nullopt;
        }
        return lab;
    }

    void report(const QString &step) const
    {
        if (m_progress)
            m_progress(step);
    }

    bool cancelled(QString *error) const
    {
        if (m_cancel && m_cancel->load()) {
            *error = QCoreApplication::translate("pgv::Lab", "Adding the subscriber was cancelled; its server was removed again.");
            return true;
        }
        return false;
    }

    bool preflight(QString *error)
    {
        const LabManifest &lab = m_lab.manifest();
        if (lab.subscriber) {
            *error = QCoreApplication::translate("pgv::Lab", "The lab already has a subscriber, %1 on port %2.").arg(lab.subscriber->name).arg(lab.subscriber->port);
            return false;
        }
        const auto primary = lab.isPatroni() ? m_lab.writableNode() : m_lab.runningPrimary();
        if (!primary) {
            *error = QCoreApplication::translate("pgv::Lab", "No node of the lab runs as the primary; start the lab first (pgversectl lab start).");
            return false;
        }
        m_primary = *lab.node(*primary);
        int highest = 0;
        for (const LabNode &node : lab.nodes)
            highest = std::max(highest, node.port);
        const QList<int> ports = findFreePorts(1, highest + 1);
        if (ports.isEmpty()) {
            *error = QCoreApplication::translate("pgv::Lab", "No free port was found on 127.0.0.1 for the subscriber.");
            return false;
        }
        m_subscriber = LabNode{QString(LabLogical::kSubscriberName), ports.first(), 0};
        QFile passFile(lab.passFile());
        if (passFile.open(QIODevice::ReadOnly))
            m_superuserPassword = LabFiles::passFilePassword(QString::fromUtf8(passFile.readAll()), lab.superuser).value_or(QString());
        if (m_superuserPassword.isEmpty()) {
            *error = QCoreApplication::translate("pgv::Lab", "The lab's password file %1 holds no password for %2; the subscriber cannot be given the same one.")
                         .arg(lab.passFile(), lab.superuser);
            return false;
        }
        return true;
    }

    bool ensureLogicalWal(QString *error)
    {
        const LabManifest &lab = m_lab.manifest();
        // Patroni owns wal_level and its members' slots: the subscription's slot is one of its permanent slots, which
        // it keeps on every replica, or a switchover would lose it.
        if (lab.isPatroni())
            return declarePatroniLogicalSlot(m_lab, QString(LabLogical::kSubscription), QString(LabLogical::kDatabase), m_progress, error);
        std::string walLevel;
        if (!runLabSql(lab, m_primary, u"postgres"_s, [&](pqxx::nontransaction &tx) { walLevel = scalar<std::string>(tx, "SHOW wal_level"); }, error))
            return false;
        if (walLevel == "logical")
            return true;
        report(QCoreApplication::translate("pgv::Lab", "Setting wal_level = logical on every node and restarting them (it was %1)…").arg(QString::fromStdString(walLevel)));
        for (const LabNode &node : lab.nodes) {
            QFile conf(lab.dataDir(node.name) + u"/postgresql.conf"_s);
            if (!conf.open(QIODevice::Append) || conf.write(LabFiles::logicalSettings().toUtf8()) < 0) {
                *error = QCoreApplication::translate("pgv::Lab", "Could not append to %1: %2").arg(conf.fileName(), conf.errorString());
                return false;
            }
        }
        return m_lab.stopAll(m_progress, error) && m_lab.startAll(m_progress, error);
    }

    bool publish(QString *error)
    {
        const LabManifest &lab = m_lab.manifest();
        report(QCoreApplication::translate("pgv::Lab", "Creating the database %1, %2 and the publication %3 on %4…")
                   .arg(LabLogical::kDatabase, LabLogical::kTable, LabLogical::kPublication, m_primary.name));
        return runLabSql(lab, m_primary, u"postgres"_s, [&](pqxx::nontransaction &tx) { createDatabaseIfMissing(tx, LabLogical::kDatabase); }, error)
               && runLabSql(lab, m_primary, QString(LabLogical::kDatabase), [&](pqxx::nontransaction &tx) {
                      tx.exec(ordersTableDefinition(tx));
                      // The subscriber's table synchronisation copies the rows as the replication role.
                      tx.exec("GRANT SELECT ON public." + quotedName(tx, u"orders") + " TO " + quotedName(tx, lab.replicationUser));
                      const std::string publication = QString(LabLogical::kPublication).toStdString();
                      if (scalar<int>(tx, "SELECT count(*) FROM pg_publication WHERE pubname = " + tx.quote(publication)) == 0)
                          tx.exec("CREATE PUBLICATION " + tx.quote_name(publication) + " FOR TABLE public." + quotedName(tx, u"orders"));
                  }, error);
    }

    bool buildSubscriber(QString *error)
    {
        if (cancelled(error))
            return false;
        LabManifest lab = m_lab.manifest();
        lab.subscriber = m_subscriber;
        m_lab = Lab(lab, m_lab.serverUser());
        m_created = true;
        report(QCoreApplication::translate("pgv::Lab", "Creating %1 (subscriber) with initdb…").arg(m_subscriber.name));
        const QString passwordFile = lab.dir + u"/.superuser-password"_s;
        if (!writePrivateFile(passwordFile, m_superuserPassword, error) || !m_lab.serverUser().adopt(passwordFile, false, error)) {
            QFile::remove(passwordFile);
            return false;
        }
        const CommandResult initdb = m_lab.initdb(m_subscriber.name, passwordFile, m_cancel);
        if (cancelled(error))
            return false;
        if (!initdb.ok()) {
            *error = initdb.failureSummary(u"initdb"_s);
            return false;
        }
        QFile conf(lab.dataDir(m_subscriber.name) + u"/postgresql.conf"_s);
        if (!conf.open(QIODevice::Append) || conf.write(LabFiles::subscriberSettings(lab).toUtf8()) < 0) {
            *error = QCoreApplication::translate("pgv::Lab", "Could not append to %1: %2").arg(conf.fileName(), conf.errorString());
            return false;
        }
        conf.close();
        report(QCoreApplication::translate("pgv::Lab", "Starting %1 (subscriber) on port %2…").arg(m_subscriber.name).arg(m_subscriber.port));
        return m_lab.startNode(m_subscriber.name, error);
    }

    bool subscribe(QString *error)
    {
        if (cancelled(error))
            return false;
        const LabManifest &lab = m_lab.manifest();
        report(QCoreApplication::translate("pgv::Lab", "Subscribing %1 to %2 on %3…").arg(m_subscriber.name, LabLogical::kPublication, m_primary.name));
        ConnInfo publisher;
        if (lab.isPatroni()) {
            // Every member, and whichever takes writes: after a switchover the subscription finds the new leader
            // itself, where Patroni's copy of its slot waits.
            QStringList hosts;
            QStringList ports;
            for (const LabNode &node : lab.nodes) {
                hosts << u"127.0.0.1"_s;
                ports << QString::number(node.port);
            }
            publisher.set(u"host"_s, hosts.join(u','));
            publisher.set(u"port"_s, ports.join(u','));
            publisher.set(u"target_session_attrs"_s, u"read-write"_s);
        } else {
            publisher.set(u"host"_s, u"127.0.0.1"_s);
            publisher.set(u"port"_s, QString::number(m_primary.port));
        }
        publisher.set(u"user"_s, lab.replicationUser);
        publisher.set(u"dbname"_s, QString(LabLogical::kDatabase));
        publisher.set(u"passfile"_s, lab.passFile());
        if (lab.isPatroni() && !waitForPatroniSlot(m_primary, error))
            return false;
        // Patroni made the slot (a permanent one); otherwise the subscription makes its own.
        const std::string slotOption = lab.isPatroni() ? " WITH (create_slot = false)" : "";
        return runLabSql(lab, m_subscriber, u"postgres"_s, [&](pqxx::nontransaction &tx) { createDatabaseIfMissing(tx, LabLogical::kDatabase); }, error)
               && runLabSql(lab, m_subscriber, QString(LabLogical::kDatabase), [&](pqxx::nontransaction &tx) {
                      tx.exec(ordersTableDefinition(tx));
                      tx.exec("CREATE SUBSCRIPTION " + quotedName(tx, LabLogical::kSubscription) + " CONNECTION "
                              + tx.quote(publisher.toDisplayString().toStdString()) + " PUBLICATION "
                              + quotedName(tx, LabLogical::kPublication) + slotOption);
                  }, error);
    }

    /// Until \a node has the subscription's slot: Patroni makes it on the leader once the database exists, and copies
    /// it to a replica (restarting the replica to load it) once the leader has published the slot's position.
    bool waitForPatroniSlot(const LabNode &node, QString *error) const
    {
        report(QCoreApplication::translate("pgv::Lab", "Waiting for Patroni to make the permanent slot %1 on %2…").arg(LabLogical::kSubscription, node.name));
        const std::string slot = QString(LabLogical::kSubscription).toStdString();
        bool present = false;
        const bool made = pollUntil(
            [&] {
                runLabSql(m_lab.manifest(), node, u"postgres"_s, [&](pqxx::nontransaction &tx) {
                    present = scalar<int>(tx, "SELECT count(*) FROM pg_replication_slots WHERE slot_type = 'logical' AND slot_name = " + tx.quote(slot)) == 1;
                }, nullptr);
                return present;
            },
            kSyncTimeoutMs, [this] { return m_cancel && m_cancel->load(); }, 250);
        if (!made && error)
            *error = QCoreApplication::translate("pgv::Lab", "Patroni did not make the permanent slot %1 on %2 within %3 s. Last lines of its log:\n%4")
                         .arg(LabLogical::kSubscription, node.name)
                         .arg(kSyncTimeoutMs / 1000)
                         .arg(m_lab.logTail(node.name));
        return made;
    }

    bool waitForSync(QString *error)
    {
        report(QCoreApplication::translate("pgv::Lab", "Waiting for %1 to copy the table and stream…").arg(m_subscriber.name));
        bool ready = false;
        QString queryError;
        const bool done = pollUntil(
            [&] {
                runLabSql(m_lab.manifest(), m_subscriber, QString(LabLogical::kDatabase), [&](pqxx::nontransaction &tx) {
                    ready = scalar<bool>(tx, 
                        "SELECT (SELECT count(*) FROM pg_subscription_rel WHERE srsubstate <> 'r') = 0"
                        " AND EXISTS (SELECT FROM pg_stat_subscription WHERE subname = "
                        + tx.quote(QString(LabLogical::kSubscription).toStdString()) + " AND relid IS NULL AND pid IS NOT NULL)");
                }, &queryError);
                return ready;
            },
            kSyncTimeoutMs, [this] { return m_cancel && m_cancel->load(); }, 100);
        if (done && m_lab.manifest().isPatroni()) {
            // Safe to switch over only once every replica holds its copy of the slot.
            for (const LabNode &node : m_lab.manifest().nodes) {
                if (node.name != m_primary.name && !waitForPatroniSlot(node, error))
                    return false;
            }
        }
        if (done)
            return true;
        if (cancelled(error))
            return false;
        *error = QCoreApplication::translate("pgv::Lab", "%1 did not synchronise its table and stream within %2 s%3. Last lines of its log:\n%4")
                     .arg(m_subscriber.name)
                     .arg(kSyncTimeoutMs / 1000)
                     .arg(queryError.isEmpty() ? QString() : u" ("_s + queryError + u')', m_lab.logTail(m_subscriber.name));
        return false;
    }

    /// Undoes what buildSubscriber and subscribe did: the subscriber's server and folder, and the slot its
    /// subscription made on the primary (a slot without its subscriber would retain WAL for ever).
    void removeSubscriber()
    {
        if (!m_created)
            return;
        // Dropped while the server runs, the subscription drops its slot (and any table synchronisation slots) on the
        // publisher itself; the slot query below is for a subscriber that could not even do that.
        runLabSql(m_lab.manifest(), m_subscriber, QString(LabLogical::kDatabase), [&](pqxx::nontransaction &tx) {
            tx.exec("DROP SUBSCRIPTION IF EXISTS " + quotedName(tx, LabLogical::kSubscription));
        }, nullptr);
        m_lab.stopNode(m_subscriber.name, nullptr, Lab::StopMode::Immediate);
        QDir(m_lab.manifest().dataDir(m_subscriber.name)).removeRecursively();
        if (m_lab.manifest().isPatroni())
            undeclarePatroniLogicalSlot(m_lab, QString(LabLogical::kSubscription)); // else Patroni would make it again
        runLabSql(m_lab.manifest(), m_primary, u"postgres"_s, [&](pqxx::nontransaction &tx) {
            tx.exec("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = "
                    + tx.quote(QString(LabLogical::kSubscription).toStdString()) + " AND NOT active");
        }, nullptr);
    }

    Lab m_lab;
    const LabProgress &m_progress;
    const std::atomic_bool *m_cancel;
    LabNode m_primary;
    LabNode m_subscriber;
    QString m_superuserPassword;
    bool m_created = false;
};

} // namespace

std::optional<LabManifest> addLabSubscriber(const QString &dir, bool registerProfile, const LabProgress &progress,
                                            const std::atomic_bool *cancel, QString *error)
{
    QString message;
    auto lab = Lab::open(dir, &message);
    std::optional<LabManifest> manifest;
    if (lab)
        manifest = SubscriberBuilder(std::move(*lab), progress, cancel).run(registerProfile, &message);
    if (!manifest && error)
        *error = message;
    return manifest;
}

} // namespace pgv
