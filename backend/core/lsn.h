// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdint>
#include <optional>

namespace pgv {

/// A WAL location ("pg_lsn"), printed by PostgreSQL as two hexadecimal halves "X/Y".
class Lsn
{
public:
    constexpr Lsn() = default;
    constexpr explicit Lsn(std::uint64_t value) : m_value(value) {}

    /// Parses "16/B374D848"; returns nothing for anything else, including an empty string.
    static std::optional<Lsn> parse(QStringView text);
    /// Where the WAL segment named \a segment ("000000020000000300000041": timeline, then the location's high
    /// half and its segment) starts, for segments of \a segmentBytes (a power of two; initdb's default 16 MiB).
    static std::optional<Lsn> ofSegmentStart(QStringView segment, std::uint64_t segmentBytes = 16 * 1024 * 1024);

    constexpr std::uint64_t value() const { return m_value; }
    QString toString() const;

    /// Bytes from \a older to this location; negative when this one is behind.
    constexpr std::int64_t bytesSince(Lsn older) const
    {
        return static_cast<std::int64_t>(m_value - older.m_value);
    }

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 mistakes the comparison it synthesizes for a null pointer
    friend constexpr auto operator<=>(Lsn, Lsn) = default;

private:
    std::uint64_t m_value = 0;
};

/// Byte difference between two optional locations, or nothing when either is unknown.
std::optional<std::int64_t> lsnDiff(const std::optional<Lsn> &newer, const std::optional<Lsn> &older);

} // namespace pgv
