// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplering.h"

#include <limits>

namespace pgv {

SampleRing::SampleRing(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
    // Reserved, not filled: the pages are only touched as samples arrive. Filling a day's worth for each of a
    // dozen new series held the GUI thread for ~40 ms when a cluster's first snapshot came in.
    m_data.reserve(std::size_t(m_capacity));
}

void SampleRing::clear()
{
    m_start = 0;
    m_size = 0;
}

Sample SampleRing::at(qsizetype index) const
{
    const Packed &sample = packed(index);
    return {m_baseMs + qint64(sample.offsetMs), double(sample.value)};
}

std::optional<Sample> SampleRing::last() const
{
    if (m_size == 0)
        return std::nullopt;
    return at(m_size - 1);
}

qsizetype SampleRing::lowerBound(qint64 timeMs) const
{
    qsizetype low = 0;
    qsizetype high = m_size;
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (at(middle).timeMs < timeMs)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

void SampleRing::rebase(qint64 timeMs)
{
    // Offsets count from the oldest sample; when the newest no longer fits in 32 bits, drop the oldest until it does.
    constexpr qint64 kMaxOffset = std::numeric_limits<quint32>::max();
    while (m_size > 0 && timeMs - at(0).timeMs > kMaxOffset) {
        m_start = (m_start + 1) % capacity();
        --m_size;
    }
    const qint64 newBase = m_size > 0 ? at(0).timeMs : timeMs;
    for (qsizetype i = 0; i < m_size; ++i) {
        Packed &sample = m_data[std::size_t((m_start + i) % capacity())];
        sample.offsetMs = quint32(m_baseMs + qint64(sample.offsetMs) - newBase);
    }
    m_baseMs = newBase;
}

void SampleRing::append(qint64 timeMs, double value)
{
    if (m_size == 0)
        m_baseMs = timeMs;
    else if (timeMs < at(m_size - 1).timeMs)
        return;
    if (timeMs - m_baseMs > qint64(std::numeric_limits<quint32>::max()))
        rebase(timeMs);
    const Packed sample{quint32(timeMs - m_baseMs), float(value)};
    if (m_size < capacity()) {
        // Until the ring first wraps, the slot after the newest sample is at most one past the end of m_data.
        const auto slot = std::size_t((m_start + m_size) % capacity());
        if (slot == m_data.size())
            m_data.push_back(sample);
        else
            m_data[slot] = sample;
        ++m_size;
    } else {
        m_data[std::size_t(m_start)] = sample;
        m_start = (m_start + 1) % capacity();
    }
}

} // namespace pgv
