// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labmanifest.h"

#include <QList>
#include <optional>

namespace pgv {

struct LabCredential
{
    QString user;
    QString password;
};

/// Text of the files a lab keeps beside its servers. Pure functions, so their quoting can be tested alone.
namespace LabFiles {

/// The marker that fences \a node of the lab in \a labDir: while it exists the lab refuses to start the node (the
/// old primary after a failover), and the monitor shows the node as fenced rather than merely down.
QString fenceFile(const QString &labDir, const QString &node);
/// A libpq password file: one line per user for 127.0.0.1, localhost and the lab's socket folder.
QString passFile(const LabManifest &lab, const QList<LabCredential> &credentials);
/// The password \a user has for 127.0.0.1 in a password file's \a text, as passFile() writes it.
std::optional<QString> passFilePassword(const QString &text, const QString &user);
/// pg_service.conf: a service per node, and "primary" that finds whichever node is writable.
QString serviceFile(const LabManifest &lab);
/// `export` lines for a POSIX shell, so psql and pgbench reach the lab.
QString environmentScript(const LabManifest &lab);
enum class WalLevel { Replica, Logical };
/// Settings appended to postgresql.conf; identical on every node (pg_basebackup and pg_rewind copy the file).
/// Logical for a lab built with a subscriber, so that any node promoted later can hold the logical slot.
QString serverSettings(const LabManifest &lab, WalLevel walLevel);
/// The line that lets an existing lab's nodes decode WAL logically (wal_level = logical).
QString logicalSettings();
/// Settings appended to the subscriber's postgresql.conf.
QString subscriberSettings(const LabManifest &lab);
/// Lines appended to a standby's postgresql.auto.conf to stream from \a upstream through slot \a standby.
QString standbySettings(const LabManifest &lab, const LabNode &upstream, const LabNode &standby);
/// Server options that differ per node; given on the pg_ctl command line, so no copied file can carry them.
QString nodeServerOptions(const LabNode &node);

/// \a pooler's pgbouncer.ini: transaction pooling on 127.0.0.1 (no Unix socket), every database routed to
/// \a routesTo, authentication from its own auth file, \a lab's poolerAdmin as its admin user.
QString poolerConfig(const LabManifest &lab, const LabPooler &pooler, const LabNode &routesTo);
/// A PgBouncer auth file: "user" "password" per line, double quotes doubled.
QString poolerAuthFile(const QList<LabCredential> &credentials);
/// Password-file lines for \a user on \a port only (a pooler's admin console, each with a password of its own).
QString passFileLinesForPort(int port, const LabCredential &credential);

/// 'text' for postgresql.conf.
QString configLiteral(const QString &text);
/// 'text' for a POSIX shell.
QString shellQuote(const QString &text);

} // namespace LabFiles

} // namespace pgv
