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

std::optional<Lsn> Lsn::ofSegmentStart(QStringView segment, std::uint64_t segmentBytes)
{
    if (segment.size() < 24 || segmentBytes == 0 || (segmentBytes & (segmentBytes - 1)) != 0 || segmentBytes > 0x100000000ull)
        return std::nullopt;
    bool okHigh = false;
    bool okSegment = false;
    const auto high = segment.sliced(8, 8).toULongLong(&okHigh, 16);
    const auto inHigh = segment.sliced(16, 8).toULongLong(&okSegment, 16);
    // As PostgreSQL's XLogFromFileName: the name's last part counts segments within one high half.
    const std::uint64_t perHigh = 0x100000000ull / segmentBytes;
    if (!okHigh || !okSegment || inHigh >= perHigh)
        return std::nullopt;
    return Lsn((high * perHigh + inHigh) * segmentBytes);
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
