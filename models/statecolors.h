// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QPixmap>
#include <QString>

/// The console's colours for states, in one place, so that "down" is the same red on a card, in a list, on a chart
/// and in a dialog. Each reads as text on a light background and as a fill under white text; none carries a
/// meaning alone (a label or a word always says it too), for colour-blind readers.
namespace pgv::statecolors {

inline QColor good() { return {0x2e, 0x7d, 0x32}; }        ///< a primary, a check passed, a node up
inline QColor standby() { return {0x15, 0x65, 0xc0}; }     ///< a standby, physical streaming
inline QColor bad() { return {0xc6, 0x28, 0x28}; }         ///< down, failed, an error
inline QColor warning() { return {0xd8, 0x8a, 0x00}; }     ///< a warning, a check that warns
inline QColor critical() { return {0x8e, 0x00, 0x6b}; }    ///< worse than an error: a split brain, an interrupted action
inline QColor unknown() { return {0x75, 0x75, 0x75}; }     ///< not probed yet, connecting
inline QColor alive() { return {0xe6, 0x51, 0x00}; }       ///< answering, with an error: full or refusing connections
inline QColor synchronous() { return {0x6a, 0x1b, 0x9a}; } ///< synchronous replication, base backups
inline QColor logical() { return {0x00, 0x83, 0x8f}; }     ///< logical replication
inline QColor pooler() { return {0x5d, 0x40, 0x37}; }      ///< a connection pooler's route
inline QColor notice() { return {0xb0, 0x40, 0x00}; }      ///< a plan node with a warning
inline QColor worse() { return {0xb0, 0x20, 0x20}; }       ///< a figure that got worse, a failed run in a history
inline QColor better() { return {0x20, 0x80, 0x20}; }      ///< a figure that got better
inline QColor highlight() { return {0xff, 0xf1, 0x76}; }   ///< text found or selected in a source view
inline QColor errorBackground() { return {0xff, 0xcd, 0xd2}; } ///< under text an error points at
inline QColor info() { return {0x45, 0x7b, 0x9d}; }        ///< a finding that only informs

/// A square of \a colour for an item's decoration, one icon per colour for the program's life (GUI thread only).
/// A model that returned the QColor itself made the delegate paint a new pixmap on every repaint, and the style
/// cached each under a new key: at 10 polls a second the pixmap cache filled with single-use squares (bench_memory).
inline QIcon swatch(const QColor &colour)
{
    // Never destroyed: a pixmap must not outlive the QGuiApplication, and static destructors run after it is gone.
    static auto *icons = new QHash<QRgb, QIcon>;
    auto it = icons->find(colour.rgba());
    if (it == icons->end()) {
        QPixmap square(16, 16);
        square.fill(colour);
        it = icons->insert(colour.rgba(), QIcon(square));
    }
    return *it;
}

/// \a html in \a colour, for rich-text labels; the caller escapes what it puts in \a html.
inline QString colouredHtml(const QColor &colour, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), html);
}

} // namespace pgv::statecolors
