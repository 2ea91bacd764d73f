// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace pgv {

/// A libpq connection string, parsed by libpq itself so that every form it accepts
/// ("key=value" lists, postgresql:// URIs, service= entries) behaves exactly as in psql.
class ConnInfo
{
public:
    ConnInfo() = default;

    /// Returns nothing and fills \a error with libpq's explanation when the text is not a connection string.
    static std::optional<ConnInfo> parse(const QString &text, QString *error = nullptr);

    bool contains(QStringView keyword) const;
    QString value(QStringView keyword) const;
    void set(const QString &keyword, const QString &value);
    void remove(QStringView keyword);
    /// Adds server options ("-c name=value") to any the user already gave.
    void appendOptions(const QString &options);

    /// The first host (libpq accepts a comma-separated list), or empty when libpq would pick its default.
    QString firstHost() const;
    /// The first port, or 0 when libpq would pick its default.
    int firstPort() const;
    /// "host:port", "service=name" or "(libpq defaults)": what to show a person.
    QString displayAddress() const;

    /// The connection string with every value quoted; passwords are never included.
    QString toDisplayString() const;

    const QList<std::pair<QString, QString>> &entries() const { return m_entries; }

    friend bool operator==(const ConnInfo &, const ConnInfo &) = default;

private:
    QList<std::pair<QString, QString>> m_entries;
};

/// \a info for work beside monitoring (an action, a page's own query) on exactly the node it names, whatever a
/// service file or the environment prefers (target_session_attrs=any); a connect deadline of \a connectTimeoutMs
/// (libpq counts whole seconds, at least 2); named \a applicationName unless it names itself, so that a terminate on
/// the Sessions page can tell it from a user's session.
ConnInfo directNodeConnInfo(ConnInfo info, const QString &applicationName, int connectTimeoutMs);

/// Quotes a value the way libpq's connection-string parser reads it back.
QString quoteConnInfoValue(const QString &value);

} // namespace pgv
