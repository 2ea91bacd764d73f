// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlresource.h"

#include <QFile>
#include <QMutex>

#include <string>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace pgv {

const QString &sqlResource(const char *name)
{
    // Probes on several worker threads ask at once. The texts are never removed, and an unordered_map's values keep
    // their address when it grows, so the reference handed out stays valid after the lock is released.
    static QMutex mutex;
    static std::unordered_map<std::string, QString> texts;
    const QMutexLocker lock(&mutex);
    auto it = texts.find(name);
    if (it == texts.end()) {
        QFile file(u":/sql/%1.sql"_s.arg(QLatin1StringView(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the SQL resource :/sql/%s.sql is missing from the build (resources/sql and backend/CMakeLists.txt)", name);
        it = texts.emplace(name, QString::fromUtf8(file.readAll()).trimmed()).first;
    }
    return it->second;
}

} // namespace pgv
