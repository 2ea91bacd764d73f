// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace pgv {

/// The text of a JSON string's raw content (between its quotes): escapes resolved, UTF-8 checked. Nothing when
/// it is not valid JSON text, or uses what QJsonDocument should judge (a lone surrogate).
std::optional<QString> decodeJsonString(QByteArrayView raw, bool escaped, bool nonAscii);

/// Reads a number as JSON spells it (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?) at *position of \a text,
/// moving *position past it; false when there is none or it does not fit a double.
bool readJsonNumber(QByteArrayView text, qsizetype *position, double *value);

} // namespace pgv
