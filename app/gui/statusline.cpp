// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusline.h"

#include "topology/topology.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

// The strings keep the window's translation context, where the catalogue has them.
QString workspaceStatusLine(const TopologySnapshot &snapshot, bool readOnly, const QStringList &beside)
{
    QStringList parts{QCoreApplication::translate("pgv::MainWindow", "%1 · nodes: %2").arg(snapshot.cluster).arg(snapshot.nodes.size())};
    parts << (snapshot.healthy() ? QCoreApplication::translate("pgv::MainWindow", "healthy") : QCoreApplication::translate("pgv::MainWindow", "problems: %1").arg(snapshot.problems.size()));
    if (snapshot.takenAt.isValid())
        parts << QCoreApplication::translate("pgv::MainWindow", "updated %1").arg(snapshot.takenAt.toLocalTime().toString(u"HH:mm:ss"_s));
    if (readOnly)
        parts << QCoreApplication::translate("pgv::MainWindow", "read-only profile");
    if (!beside.isEmpty())
        parts << QCoreApplication::translate("pgv::MainWindow", "beside: %1").arg(beside.join(u", "_s));
    return parts.join(u" · "_s);
}

} // namespace pgv
