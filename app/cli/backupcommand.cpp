// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommand.h"

#include "actioncommand.h"
#include "actions/labnodeops.h"
#include "backup/archiverstatus.h"
#include "backup/backupoverview.h"
#include "backup/backupverification.h"
#include "backup/basebackup.h"
#include "backup/pgbackrestbackup.h"
#include "backup/pitrrestore.h"
#include "backup/restoredserver.h"
#include "cliio.h"
#include "core/apppaths.h"
#include "pg/pgsession.h"
#include "profiles/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pgv::cli", text);
}

struct LabChoice
{
    std::optional<Lab> lab;
    Profile profile;
    QString error;
};

LabChoice chooseLab(const QCommandLineParser &parser)
{
    LabChoice choice;
    QString labDir = parser.value(u"lab"_s);
    if (parser.isSet(u"profile"_s)) {
        const auto stored = ProfileStore().find(parser.value(u"profile"_s));
        if (!stored) {
            choice.error = tr("No profile is named \"%1\".").arg(parser.value(u"profile"_s));
            return choice;
        }
        if (stored->labDir.isEmpty()) {
            choice.error = tr("Profile %1 is not a lab: PostgresVerse backs up and restores the labs it runs (their servers and "
                              "repository are on this machine).").arg(stored->name);
            return choice;
        }
        choice.profile = *stored;
        labDir = stored->labDir;
    }
    if (labDir.isEmpty())
        labDir = qEnvironmentVariable("PGVERSE_LAB", AppPaths::defaultLabDir());
    choice.lab = Lab::open(labDir, &choice.error);
    if (choice.lab && !parser.isSet(u"profile"_s)) {
        const auto stored = ProfileStore().find(choice.lab->manifest().name);
        choice.profile = stored && stored->labDir == choice.lab->manifest().dir ? *stored : choice.lab->manifest().toProfile();
    }
    return choice;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s;
}

int list(const Lab &lab, bool json)
{
    const BackupOverview overview = loadBackupOverview(lab);
    if (json) {
        printJson(overview.toJson());
        return ExitOk;
    }
    const QList<BackupRecord> &backups = overview.backups;
    const std::optional<ArchiverStatus> &archiver = overview.archiver;
    const QString &archiverError = overview.archiverError;
    const RecoveryWindow &window = overview.window;
    out() << tr("Backups of lab %1:").arg(lab.manifest().name) << '\n';
    if (backups.isEmpty())
        out() << tr("  none yet: pgversectl backup run") << '\n';
    for (const BackupRecord &backup : std::as_const(backups)) {
        out() << u"  %1  %2 %3  %4 → %5  %6 (%7 stored)  LSN %8–%9%10\n"_s.arg(backup.label.leftJustified(20), backup.tool.leftJustified(10),
                                                                                backup.type.leftJustified(4), timeText(backup.started),
                                                                                timeText(backup.stopped), sizeText(backup.sizeBytes),
                                                                                sizeText(backup.storedBytes), backup.lsnStart, backup.lsnStop)
                     .arg(backup.verified ? (*backup.verified ? tr("  verified") : tr("  FAILED verification")) : QString());
    }
    if (archiver)
        out() << tr("WAL archiving: %1 archived, last %2 at %3; %4 failed%5").arg(archiver->archivedCount).arg(archiver->lastArchivedWal, timeText(archiver->lastArchivedTime))
                     .arg(archiver->failedCount)
                     .arg(archiver->isFailing() ? tr(" — FAILING since %1").arg(timeText(archiver->lastFailedTime)) : QString())
              << '\n';
    else
        out() << tr("WAL archiving: unknown (%1)").arg(archiverError) << '\n';
    out() << tr("Point-in-time recovery: %1").arg(window.toDisplayString()) << '\n';
    if (!overview.pgbackrestError.isEmpty())
        out() << tr("pgBackRest: %1").arg(overview.pgbackrestError) << '\n';
    out().flush();
    return ExitOk;
}

int verifyAll(const Lab &lab, bool json)
{
    const QList<BackupVerification> results = verifyLabBackups(lab);
    const bool allGood = std::none_of(results.cbegin(), results.cend(),
                                      [](const BackupVerification &v) { return v.result == BackupVerification::Result::Failed; });
    if (json) {
        QJsonArray items;
        for (const BackupVerification &result : results)
            items.append(result.toJson());
        printJson({{"cluster"_L1, lab.manifest().name}, {"verified"_L1, allGood}, {"results"_L1, items}});
    } else {
        if (results.isEmpty())
            out() << tr("No backups to verify.") << '\n';
        for (const BackupVerification &result : results) {
            const QJsonObject item = result.toJson();
            out() << u"%1 %2: %3\n"_s.arg(result.tool, result.label, item.value("result"_L1).toString());
            if (result.result != BackupVerification::Result::Passed)
                out() << result.message << '\n';
        }
        out().flush();
    }
    return allGood ? ExitOk : ExitProblems;
}

} // namespace

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Backups of a lab: run (pgBackRest or pg_basebackup), list (catalogue, WAL archiving, "
                                        "recoverable window), verify, restore (point in time, into a separate server)."));
    addHelpOption(parser);
    parser.addPositionalArgument(u"operation"_s, tr("run, list, verify or restore"));
    parser.addOption({u"profile"_s, tr("The lab's saved profile."), u"name"_s});
    parser.addOption({u"lab"_s, tr("The lab in folder <dir>."), u"dir"_s});
    parser.addOption({u"node"_s, tr("Accepted for symmetry with status; backups are always taken from the primary."), u"node"_s});
    parser.addOption({u"tool"_s, tr("run: pgbackrest (default when installed) or basebackup."), u"tool"_s});
    parser.addOption({u"type"_s, tr("run with pgbackrest: full (default), diff or incr."), u"type"_s, u"full"_s});
    parser.addOption({u"format"_s, tr("run with basebackup: plain (default) or tar."), u"format"_s, u"plain"_s});
    parser.addOption({u"compress"_s, tr("run with basebackup --format tar: gzip the archives.")});
    parser.addOption({u"max-rate"_s, tr("run with basebackup: limit the transfer to <kB> per second."), u"kB"_s});
    parser.addOption({u"to"_s, tr("run with basebackup: the backup folder; restore: the new server's folder."), u"dir"_s});
    parser.addOption({u"port"_s, tr("restore: the port of the restored server on 127.0.0.1."), u"port"_s});
    parser.addOption({u"target-time"_s, tr("restore: recover up to this time (ISO 8601; without a zone, UTC)."), u"time"_s});
    parser.addOption({u"target-lsn"_s, tr("restore: recover up to this LSN."), u"lsn"_s});
    parser.addOption({u"target-name"_s, tr("restore: recover up to this restore point."), u"name"_s});
    parser.addOption({u"latest"_s, tr("restore: recover all archived WAL (the default).")});
    parser.addOption({u"pause"_s, tr("restore: pause at the target (read-only) instead of promoting.")});
    parser.addOption({u"check"_s, tr("restore: a query to run on the restored server; its first value is printed."), u"sql"_s});
    parser.addOption({u"dry-run"_s, tr("Run the checks and print the plan; change nothing.")});
    parser.addOption({u"yes"_s, tr("Do not ask to confirm.")});
    parser.addOption({u"json"_s, tr("Print the result as JSON on standard output.")});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << commandHelp(parser);
        return ExitOk;
    }
    const QString operation = parser.positionalArguments().value(0);
    if (!QStringList{u"run"_s, u"list"_s, u"verify"_s, u"restore"_s}.contains(operation))
        return fail(tr("backup needs an operation: run, list, verify or restore."));
    LabChoice choice = chooseLab(parser);
    if (!choice.lab)
        return fail(choice.error);
    const Lab &lab = *choice.lab;
    const bool json = parser.isSet(u"json"_s);
    if (operation == u"list")
        return list(lab, json);
    if (operation == u"verify")
        return verifyAll(lab, json);

    const ActionPolicy policy{choice.profile.name, choice.profile.readOnly};
    const ActionFlags flags{json, parser.isSet(u"dry-run"_s), parser.isSet(u"yes"_s)};
    if (operation == u"run") {
        QString tool = parser.value(u"tool"_s);
        if (tool.isEmpty())
            tool = PgBackRest::findProgram(nullptr).isEmpty() ? u"basebackup"_s : u"pgbackrest"_s;
        if (tool == u"basebackup") {
            BaseBackupOptions options;
            options.targetDir = parser.value(u"to"_s);
            if (parser.value(u"format"_s) == u"tar")
                options.format = BaseBackupOptions::Format::Tar;
            else if (parser.value(u"format"_s) != u"plain")
                return fail(tr("--format takes plain or tar."));
            options.compress = parser.isSet(u"compress"_s);
            if (parser.isSet(u"max-rate"_s)) {
                bool ok = false;
                options.maxRateKbPerSecond = parser.value(u"max-rate"_s).toInt(&ok);
                if (!ok || options.maxRateKbPerSecond < 32)
                    return fail(tr("--max-rate takes kilobytes per second, at least 32."));
            }
            LabBaseBackup action(lab, options);
            return executeAction(action, policy, flags);
        }
        if (tool != u"pgbackrest")
            return fail(tr("--tool takes pgbackrest or basebackup."));
        static const QHash<QString, PgBackRestBackup::Type> types{{u"full"_s, PgBackRestBackup::Type::Full},
                                                                  {u"diff"_s, PgBackRestBackup::Type::Differential},
                                                                  {u"incr"_s, PgBackRestBackup::Type::Incremental}};
        if (!types.contains(parser.value(u"type"_s)))
            return fail(tr("--type takes full, diff or incr."));
        PgBackRestBackup action(lab, types.value(parser.value(u"type"_s)));
        return executeAction(action, policy, flags);
    }

    RestoreOptions options;
    options.destination = parser.value(u"to"_s);
    bool portOk = false;
    options.port = parser.value(u"port"_s).toInt(&portOk);
    if (options.destination.isEmpty() || !portOk)
        return fail(tr("restore needs --to DIR and --port PORT."));
    const int targets = int(parser.isSet(u"target-time"_s)) + int(parser.isSet(u"target-lsn"_s)) + int(parser.isSet(u"target-name"_s))
                        + int(parser.isSet(u"latest"_s));
    if (targets > 1)
        return fail(tr("Give one target: --target-time, --target-lsn, --target-name or --latest."));
    if (parser.isSet(u"target-time"_s)) {
        options.target.kind = RestoreTarget::Kind::Time;
        QDateTime time = QDateTime::fromString(parser.value(u"target-time"_s), Qt::ISODateWithMs);
        if (time.isValid() && time.timeSpec() == Qt::LocalTime && !parser.value(u"target-time"_s).contains(u'+')
            && !parser.value(u"target-time"_s).endsWith(u'Z'))
            time.setTimeSpec(Qt::UTC);
        if (!time.isValid())
            return fail(tr("--target-time takes an ISO 8601 time such as 2026-11-26T05:30:00Z."));
        options.target.time = time;
    } else if (parser.isSet(u"target-lsn"_s)) {
        options.target.kind = RestoreTarget::Kind::Lsn;
        options.target.value = parser.value(u"target-lsn"_s);
    } else if (parser.isSet(u"target-name"_s)) {
        options.target.kind = RestoreTarget::Kind::Name;
        options.target.value = parser.value(u"target-name"_s);
    }
    options.promote = !parser.isSet(u"pause"_s);
    options.checkQuery = parser.value(u"check"_s);
    PgBackRestRestore action(lab, options);
    const int code = executeAction(action, policy, flags);
    if (!json && !action.checkResult().isEmpty())
        out() << tr("Check query: %1").arg(action.checkResult()) << '\n' << Qt::flush;
    if (code == 0 && !flags.dryRun) {
        // As the window does: the restored server opens like any cluster (pgverse --profile, status --profile).
        QString error;
        if (registerRestoredServer(lab, options.port, &error))
            err() << tr("Profile %1 saved for the restored server.").arg(restoredServerProfile(lab, options.port).name) << '\n' << Qt::flush;
        else
            err() << tr("The restored server runs, but no profile could be saved for it: %1").arg(error) << '\n' << Qt::flush;
    }
    return code;
}

} // namespace pgv::cli
