// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QStringDecoder>

#include <charconv>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

std::optional<char16_t> hex4(QByteArrayView raw, qsizetype at)
{
    if (at + 4 > raw.size())
        return std::nullopt;
    char16_t value = 0;
    for (qsizetype k = at; k < at + 4; ++k) {
        const char c = raw.at(k);
        const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0)
            return std::nullopt;
        value = char16_t(value * 16 + digit);
    }
    return value;
}

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

std::optional<QString> decodeJsonString(QByteArrayView raw, bool escaped, bool nonAscii)
{
    if (!escaped && !nonAscii)
        return QString::fromLatin1(raw);
    if (!escaped)
        return decodeUtf8(raw);
    QString text;
    text.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype backslash = raw.indexOf('\\', i);
        const qsizetype plainEnd = backslash < 0 ? raw.size() : backslash;
        if (plainEnd > i) {
            const auto plain = decodeUtf8(raw.sliced(i, plainEnd - i));
            if (!plain)
                return std::nullopt;
            text += *plain;
        }
        if (backslash < 0)
            break;
        if (backslash + 1 >= raw.size())
            return std::nullopt;
        const char escape = raw.at(backslash + 1);
        i = backslash + 2;
        switch (escape) {
        case '"': text += u'"'; break;
        case '\\': text += u'\\'; break;
        case '/': text += u'/'; break;
        case 'b': text += u'\b'; break;
        case 'f': text += u'\f'; break;
        case 'n': text += u'\n'; break;
        case 'r': text += u'\r'; break;
        case 't': text += u'\t'; break;
        case 'u': {
            const auto unit = hex4(raw, i);
            if (!unit)
                return std::nullopt;
            i += 4;
            if (QChar::isHighSurrogate(*unit)) {
                // Only a complete pair here; anything else is left to QJsonDocument.
                if (i + 6 > raw.size() || raw.at(i) != '\\' || raw.at(i + 1) != 'u')
                    return std::nullopt;
                const auto low = hex4(raw, i + 2);
                if (!low || !QChar::isLowSurrogate(*low))
                    return std::nullopt;
                text += QChar(*unit);
                text += QChar(*low);
                i += 6;
            } else if (QChar::isLowSurrogate(*unit)) {
                return std::nullopt;
            } else {
                text += QChar(*unit);
            }
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return text;
}

/// A number as JSON spells it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool readJsonNumber(QByteArrayView text, qsizetype *position, double *value)
{
    const char *data = text.data();
    const qsizetype size = text.size();
    qsizetype &pos = *position;
    const qsizetype start = pos;
    const auto digits = [&] {
        const qsizetype from = pos;
        while (pos < size && data[pos] >= '0' && data[pos] <= '9')
            ++pos;
        return pos - from;
    };
    if (pos < size && data[pos] == '-')
        ++pos;
    const qsizetype integerStart = pos;
    const qsizetype integer = digits();
    if (integer == 0 || (integer > 1 && data[integerStart] == '0'))
        return false;
    if (pos < size && data[pos] == '.') {
        ++pos;
        if (digits() == 0)
            return false;
    }
    if (pos < size && (data[pos] == 'e' || data[pos] == 'E')) {
        ++pos;
        if (pos < size && (data[pos] == '+' || data[pos] == '-'))
            ++pos;
        if (digits() == 0)
            return false;
    }
    const auto result = std::from_chars(data + start, data + pos, *value);
    return result.ec == std::errc() && result.ptr == data + pos;
}


} // namespace pgv
