// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
const QString kService = u"PostgresVerse"_s;

QString keyFor(const QString &profile)
{
    return u"profile/"_s + profile;
}

QString describe(QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError)
        return {};
    if (job->error() == QKeychain::EntryNotFound)
        return QCoreApplication::translate("SecretStore", "no password is stored for this profile");
    return QCoreApplication::translate("SecretStore", "the system keychain is not available (%1); the password is kept for this session only")
        .arg(job->errorString());
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

void SecretStore::readPassword(const QString &profile)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(keyFor(profile));
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        Q_EMIT passwordRead(profile, read->error() == QKeychain::NoError ? read->textData() : QString(), describe(read));
    });
    job->start();
}

void SecretStore::writePassword(const QString &profile, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(keyFor(profile));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, profile](QKeychain::Job *finished) { Q_EMIT passwordWritten(profile, describe(finished)); });
    job->start();
}

void SecretStore::deletePassword(const QString &profile)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(keyFor(profile));
    connect(job, &QKeychain::Job::finished, this,
            [this, profile](QKeychain::Job *finished) { Q_EMIT passwordDeleted(profile, describe(finished)); });
    job->start();
}

QString SecretStore::readPasswordAndWait(const QString &profile, QString *error)
{
    SecretStore store;
    QEventLoop loop;
    QString password;
    bool done = false;
    connect(&store, &SecretStore::passwordRead, &loop, [&](const QString &, const QString &value, const QString &message) {
        done = true;
        password = value;
        if (error)
            *error = message;
        loop.quit();
    });
    store.readPassword(profile);
    if (!done) // a job may fail before start() returns
        loop.exec();
    return password;
}

bool SecretStore::writePasswordAndWait(const QString &profile, const QString &password, QString *error)
{
    SecretStore store;
    QEventLoop loop;
    bool ok = false;
    bool done = false;
    connect(&store, &SecretStore::passwordWritten, &loop, [&](const QString &, const QString &message) {
        done = true;
        ok = message.isEmpty();
        if (error)
            *error = message;
        loop.quit();
    });
    store.writePassword(profile, password);
    if (!done)
        loop.exec();
    return ok;
}

} // namespace pgv
