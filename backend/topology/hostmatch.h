// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace pgv {

inline bool isLoopback(QStringView host)
{
    return host == u"127.0.0.1" || host == u"localhost" || host == u"::1" || host.startsWith(u"127.");
}

/// Whether two ways of naming a server's host can mean the same one: equal names, both loopback, or a socket
/// directory or an empty host (which match by port alone).
inline bool hostsMatch(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty() || a.startsWith(u'/') || b.startsWith(u'/'))
        return true;
    if (isLoopback(a) && isLoopback(b))
        return true;
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// "host:port", or the host alone when the port is unknown.
inline QString addressText(const QString &host, int port)
{
    return port > 0 ? host + u':' + QString::number(port) : host;
}

} // namespace pgv
