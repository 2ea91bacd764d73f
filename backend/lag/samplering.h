// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <optional>
#include <vector>

namespace pgv {

struct Sample
{
    qint64 timeMs = 0; // milliseconds since the epoch
    double value = 0;
};

/// The samples of one series, oldest first, in a fixed-capacity ring that drops the oldest when full.
/// 8 bytes per sample (a 32-bit millisecond offset and a float), so a day at 1 Hz costs 675 KiB per series.
/// A float keeps 7 significant digits: byte counts below 16 MiB exactly, larger ones to within 1e-7.
class SampleRing
{
public:
    explicit SampleRing(qsizetype capacity = 86400);

    /// Appends a sample; one older than the newest is ignored, since a series only moves forward in time.
    void append(qint64 timeMs, double value);
    void clear();

    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    Sample at(qsizetype index) const; // 0 is the oldest
    std::optional<Sample> last() const;
    /// Index of the first sample at or after \a timeMs (size() when none).
    qsizetype lowerBound(qint64 timeMs) const;
    /// Heap bytes held, for the memory benchmark.
    std::size_t memoryBytes() const { return m_data.capacity() * sizeof(Packed); }

private:
    struct Packed
    {
        quint32 offsetMs;
        float value;
    };
    static_assert(sizeof(Packed) == 8);

    const Packed &packed(qsizetype index) const { return m_data[std::size_t((m_start + index) % capacity())]; }
    void rebase(qint64 timeMs);

    qsizetype m_capacity;
    std::vector<Packed> m_data; // grows to m_capacity as samples arrive
    qsizetype m_start = 0;
    qsizetype m_size = 0;
    qint64 m_baseMs = 0;
};

} // namespace pgv
