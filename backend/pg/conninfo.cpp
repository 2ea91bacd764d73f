// SPDX-License-Identifier: GPL-3.0-or-later
#include "conninfo.h"

#include <libpq-fe.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

std::optional<ConnInfo> ConnInfo::parse(const QString &text, QString *error)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &message);
    if (!options) {
        if (error)
            *error = message ? QString::fromUtf8(message).trimmed() : u"out of memory while parsing the connection string"_s;
        PQfreemem(message);
        return std::nullopt;
    }
    ConnInfo info;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val)
            info.m_entries.emplace_back(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    return info;
}

bool ConnInfo::contains(QStringView keyword) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const auto &entry) { return entry.first == keyword; });
}

QString ConnInfo::value(QStringView keyword) const
{
    for (const auto &[key, val] : m_entries) {
        if (key == keyword)
            return val;
    }
    return {};
}

void ConnInfo::set(const QString &keyword, const QString &value)
{
    for (auto &entry : m_entries) {
        if (entry.first == keyword) {
            entry.second = value;
            return;
        }
    }
    m_entries.emplace_back(keyword, value);
}

void ConnInfo::remove(QStringView keyword)
{
    m_entries.removeIf([&](const auto &entry) { return entry.first == keyword; });
}

void ConnInfo::appendOptions(const QString &options)
{
    const QString existing = value(u"options");
    set(u"options"_s, existing.isEmpty() ? options : existing + u' ' + options);
}

QString ConnInfo::firstHost() const
{
    const QString hosts = value(u"host");
    if (!hosts.isEmpty())
        return hosts.section(u',', 0, 0);
    return value(u"hostaddr").section(u',', 0, 0);
}

int ConnInfo::firstPort() const
{
    return value(u"port").section(u',', 0, 0).toInt();
}

QString ConnInfo::displayAddress() const
{
    const QString host = firstHost();
    const int port = firstPort();
    if (!host.isEmpty())
        return port > 0 ? host + u':' + QString::number(port) : host;
    if (contains(u"service"))
        return u"service="_s + value(u"service");
    if (port > 0)
        return u"(local socket):"_s + QString::number(port);
    return u"(libpq defaults)"_s;
}

QString ConnInfo::toDisplayString() const
{
    QStringList parts;
    for (const auto &[key, val] : m_entries) {
        if (key == u"password")
            continue;
        parts << key + u'=' + quoteConnInfoValue(val);
    }
    return parts.join(u' ');
}

QString quoteConnInfoValue(const QString &value)
{
    const bool needsQuotes = value.isEmpty() || std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.isSpace() || c == u'\'' || c == u'\\' || c == u'=';
    });
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u'\'' + quoted + u'\'';
}

ConnInfo directNodeConnInfo(ConnInfo info, const QString &applicationName, int connectTimeoutMs)
{
    if (!info.contains(u"application_name"))
        info.set(QStringLiteral("fallback_application_name"), applicationName);
    info.set(QStringLiteral("target_session_attrs"), QStringLiteral("any"));
    info.set(QStringLiteral("connect_timeout"), QString::number(std::max(2, (connectTimeoutMs + 999) / 1000)));
    return info;
}

} // namespace pgv
