// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace pgv {

/// Profile passwords in the operating system's keychain (QtKeychain: Secret Service, KWallet…).
/// There is deliberately no plain-text fallback: when no keychain answers, the caller is told so
/// and the password is kept in memory for the session only.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    void readPassword(const QString &profile);
    void writePassword(const QString &profile, const QString &password);
    void deletePassword(const QString &profile);

    /// For pgversectl: waits in a local event loop. Returns an empty string and sets \a error when none is stored.
    static QString readPasswordAndWait(const QString &profile, QString *error);
    static bool writePasswordAndWait(const QString &profile, const QString &password, QString *error);

Q_SIGNALS:
    /// \a error is empty on success.
    void passwordRead(const QString &profile, const QString &password, const QString &error);
    void passwordWritten(const QString &profile, const QString &error);
    void passwordDeleted(const QString &profile, const QString &error);
};

} // namespace pgv
