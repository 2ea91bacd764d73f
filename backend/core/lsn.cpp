// SPDX-License-Identifier: GPL-3.0-or-later
#include "lsn.h"

namespace pgv {

std::optional<Lsn> Lsn::parse(QStringView text)
{
    const auto slash = text.indexOf(u'/');
    if (slash <= 0 || slash == text.size() - 1)
        return std::nullopt;
    bool okHigh = false;
    bool okLow = false;
    const auto high = text.first(slash).toULongLong(&okHigh, 16);
    const auto low = text.sliced(slash + 1).toULongLong(&okLow, 16);
    if (!okHigh || !okLow || high > 0xFFFFFFFFull || low > 0xFFFFFFFFull)
        return std::nullopt;
    return Lsn((high << 32) | low);
}

QString Lsn::toString() const
{
    return QString::number(m_value >> 32, 16).toUpper() + u'/' + QString::number(m_value & 0xFFFFFFFFull, 16).toUpper();
}

std::optional<std::int64_t> lsnDiff(const std::optional<Lsn> &newer, const std::optional<Lsn> &older)
{
    if (!newer || !older)
        return std::nullopt;
    return newer->bytesSince(*older);
}

} // namespace pgv
