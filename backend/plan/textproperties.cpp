// SPDX-License-Identifier: GPL-3.0-or-later
#include "textproperties.h"

#include <QJsonArray>
#include <QList>

#include <optional>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

using Segment = std::pair<QStringView, QStringView>;

/// The number a value starts with: "25kB" → 25, "0.30 ms" → 0.3.
std::optional<double> leadingNumber(QStringView text)
{
    text = text.trimmed();
    qsizetype end = 0;
    while (end < text.size() && (text.at(end).isDigit() || text.at(end) == u'.' || (end == 0 && text.at(end) == u'-')))
        ++end;
    bool ok = false;
    const double value = text.first(end).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void insertNumber(QJsonObject *object, QLatin1StringView key, QStringView text)
{
    if (const auto value = leadingNumber(text))
        object->insert(key, *value);
}

bool isLabelStart(QStringView text, qsizetype at, qsizetype *colon)
{
    if (at >= text.size() || !text.at(at).isUpper())
        return false;
    for (qsizetype i = at; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u':') {
            *colon = i;
            return i + 1 == text.size() || text.at(i + 1) == u' ';
        }
        if (!c.isLetter() && c != u' ' && c != u'-')
            return false;
    }
    return false;
}

/// Splits "quicksort  Memory: 25kB" (the value of "Sort Method") into {Sort Method, quicksort}, {Memory, 25kB}.
QList<Segment> splitSegments(QStringView key, QStringView value)
{
    QList<Segment> segments;
    qsizetype start = 0;
    QStringView currentKey = key;
    for (qsizetype i = 0; i + 1 < value.size(); ++i) {
        if (value.at(i) != u' ' || value.at(i + 1) != u' ')
            continue;
        qsizetype label = i;
        while (label < value.size() && value.at(label) == u' ')
            ++label;
        qsizetype colon = 0;
        if (label > start && isLabelStart(value, label, &colon)) {
            segments.append({currentKey, value.sliced(start, i - start).trimmed()});
            currentKey = value.sliced(label, colon - label);
            start = colon + 1;
            i = colon;
        }
    }
    segments.append({currentKey, value.mid(start).trimmed()});
    return segments;
}

/// Splits at commas outside parentheses, brackets and quotes: "a, f(b, c), 'x,y'" → a | f(b, c) | 'x,y'.
QList<QStringView> splitTopLevel(QStringView text)
{
    QList<QStringView> parts;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(' || c == u'[') {
            ++depth;
        } else if ((c == u')' || c == u']') && depth > 0) {
            --depth;
        } else if (c == u',' && depth == 0) {
            parts.append(text.sliced(start, i - start).trimmed());
            start = i + 1;
        }
    }
    if (const QStringView last = text.mid(start).trimmed(); !last.isEmpty() || !parts.isEmpty())
        parts.append(last);
    return parts;
}

/// Calls \a onPair for each "key=value" of "hit=3 read=1" (the last word before "=" is the key).
template<typename F>
void forEachPair(QStringView text, F onPair)
{
    const QList<QStringView> words = text.split(u' ', Qt::SkipEmptyParts);
    for (QStringView word : words) {
        const qsizetype equals = word.indexOf(u'=');
        if (equals > 0)
            onPair(word.first(equals), word.mid(equals + 1));
    }
}

void readBuffers(QStringView value, QJsonObject *object)
{
    for (QStringView part : splitTopLevel(value)) {
        const qsizetype space = part.indexOf(u' ');
        if (space <= 0)
            continue;
        const QString scope = part.first(space).toString();
        forEachPair(part.mid(space), [&](QStringView key, QStringView number) {
            QString name = scope + u' ' + key.toString() + u" Blocks"_s;
            name[0] = name[0].toUpper();
            const qsizetype blank = name.indexOf(u' ');
            name[blank + 1] = name[blank + 1].toUpper();
            if (const auto parsed = leadingNumber(number))
                object->insert(name, *parsed);
        });
    }
}

void readIoTimings(QStringView value, QJsonObject *object)
{
    for (QStringView part : splitTopLevel(value)) {
        QString prefix = u"I/O "_s; // no scope (PostgreSQL 12-14) or "shared/local" (15, 16)
        const qsizetype space = part.indexOf(u' ');
        if (space > 0 && !part.first(space).contains(u'=')) {
            const QStringView scope = part.first(space);
            if (scope == u"shared")
                prefix = u"Shared I/O "_s;
            else if (scope == u"local")
                prefix = u"Local I/O "_s;
            else if (scope == u"temp")
                prefix = u"Temp I/O "_s;
            part = part.mid(space);
        }
        forEachPair(part, [&](QStringView key, QStringView number) {
            const QString name = prefix + (key == u"read" ? u"Read Time"_s : u"Write Time"_s);
            if (const auto parsed = leadingNumber(number))
                object->insert(name, *parsed);
        });
    }
}

void readSortGroups(QStringView key, QStringView value, QJsonObject *object)
{
    QJsonObject groups;
    QJsonObject memory;
    QJsonObject disk;
    for (const auto &[label, text] : splitSegments(key, value)) {
        if (label == key) {
            insertNumber(&groups, "Group Count"_L1, text);
        } else if (label.startsWith(u"Sort Method")) {
            QJsonArray methods;
            for (QStringView method : text.split(u',', Qt::SkipEmptyParts))
                methods.append(method.trimmed().toString());
            groups.insert("Sort Methods Used"_L1, methods);
        } else if (label.endsWith(u"Memory")) {
            insertNumber(&memory, label.startsWith(u"Average") ? "Average Sort Space Used"_L1 : "Peak Sort Space Used"_L1, text);
        } else if (label.endsWith(u"Disk")) {
            insertNumber(&disk, label.startsWith(u"Average") ? "Average Sort Space Used"_L1 : "Peak Sort Space Used"_L1, text);
        }
    }
    if (!memory.isEmpty())
        groups.insert("Sort Space Memory"_L1, memory);
    if (!disk.isEmpty())
        groups.insert("Sort Space Disk"_L1, disk);
    object->insert(key.toString(), groups);
}

/// "1024 (originally 512)" → {1024, 512}; without "originally" both are the same.
std::pair<std::optional<double>, std::optional<double>> withOriginal(QStringView text)
{
    const auto now = leadingNumber(text);
    const qsizetype originally = text.indexOf(u"originally ");
    return {now, originally >= 0 ? leadingNumber(text.mid(originally + 11)) : now};
}

void readPackedLine(QStringView key, QStringView value, QJsonObject *object)
{
    for (const auto &[label, text] : splitSegments(key, value)) {
        if (label == u"Sort Method") {
            object->insert("Sort Method"_L1, text.toString());
        } else if (label == u"Memory" || label == u"Disk") {
            insertNumber(object, "Sort Space Used"_L1, text);
            object->insert("Sort Space Type"_L1, label == u"Memory" ? u"Memory"_s : u"Disk"_s);
        } else if (label == u"Buckets" || (label == u"Batches" && key == u"Buckets")) {
            const auto [now, original] = withOriginal(text);
            const bool buckets = label == u"Buckets";
            if (now)
                object->insert(buckets ? "Hash Buckets"_L1 : "Hash Batches"_L1, *now);
            if (original)
                object->insert(buckets ? "Original Hash Buckets"_L1 : "Original Hash Batches"_L1, *original);
        } else if (label == u"Batches") {
            insertNumber(object, "HashAgg Batches"_L1, text);
        } else if (label == u"Memory Usage") {
            insertNumber(object, "Peak Memory Usage"_L1, text);
        } else if (label == u"Disk Usage") {
            insertNumber(object, "Disk Usage"_L1, text);
        } else if (label == u"Planned Partitions") {
            insertNumber(object, "Planned Partitions"_L1, text);
        } else if (label == u"Hits" || label == u"Misses" || label == u"Evictions" || label == u"Overflows") {
            insertNumber(object, QLatin1StringView(label == u"Hits"        ? "Cache Hits"
                                                   : label == u"Misses"    ? "Cache Misses"
                                                   : label == u"Evictions" ? "Cache Evictions"
                                                                           : "Cache Overflows"),
                         text);
        } else if (label == u"Storage") {
            object->insert("Storage"_L1, text.toString());
        } else if (label == u"Maximum Storage") {
            insertNumber(object, "Maximum Storage"_L1, text);
        } else {
            object->insert(label.toString(), text.toString());
        }
    }
}

QJsonObject readSettings(QStringView value)
{
    QJsonObject settings;
    qsizetype i = 0;
    while (i < value.size()) {
        const qsizetype equals = value.indexOf(u" = "_s, i);
        if (equals < 0)
            break;
        const QString name = value.sliced(i, equals - i).trimmed().toString();
        i = equals + 3;
        QString setting;
        if (i < value.size() && value.at(i) == u'\'') {
            for (++i; i < value.size(); ++i) {
                if (value.at(i) == u'\'') {
                    if (i + 1 < value.size() && value.at(i + 1) == u'\'') {
                        setting += u'\'';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                setting += value.at(i);
            }
        } else {
            const qsizetype comma = value.indexOf(u',', i);
            setting = value.sliced(i, (comma < 0 ? value.size() : comma) - i).trimmed().toString();
            i = comma < 0 ? value.size() : comma;
        }
        settings.insert(name, setting);
        while (i < value.size() && (value.at(i) == u',' || value.at(i) == u' '))
            ++i;
    }
    return settings;
}

QJsonObject readJitTiming(QStringView value)
{
    QJsonObject timing;
    for (QStringView part : splitTopLevel(value)) {
        const qsizetype space = part.indexOf(u' ');
        if (space <= 0)
            continue;
        const QString name = part.first(space).toString();
        const QStringView rest = part.mid(space);
        const qsizetype open = rest.indexOf(u'(');
        if (open < 0) {
            if (const auto ms = leadingNumber(rest))
                timing.insert(name, *ms);
            continue;
        }
        // "Generation 0.340 ms (Deform 0.134 ms)" (PostgreSQL 17): a total with its parts.
        QJsonObject detail;
        if (const auto total = leadingNumber(rest.first(open)))
            detail.insert("Total"_L1, *total);
        QStringView inner = rest.mid(open + 1);
        inner.chop(inner.endsWith(u')') ? 1 : 0);
        for (QStringView piece : splitTopLevel(inner)) {
            const qsizetype blank = piece.indexOf(u' ');
            if (blank > 0) {
                if (const auto ms = leadingNumber(piece.mid(blank)))
                    detail.insert(piece.first(blank).toString(), *ms);
            }
        }
        timing.insert(name, detail);
    }
    return timing;
}

bool isListKey(QStringView key)
{
    return key == u"Sort Key" || key == u"Group Key" || key == u"Presorted Key" || key == u"Output" || key == u"Hash Key"
        || key == u"Conflict Arbiter Indexes";
}

bool isNumberKey(QStringView key)
{
    return key.startsWith(u"Rows Removed by ") || key == u"Heap Fetches" || key == u"Workers Planned" || key == u"Workers Launched"
        || key == u"Subplans Removed" || key == u"Tuples Inserted" || key == u"Conflicting Tuples" || key == u"Index Searches"
        || key == u"Functions" || key == u"Worker Number";
}

bool isBoolKey(QStringView key)
{
    return key == u"Disabled" || key == u"Inner Unique" || key == u"Single Copy" || key == u"Async Capable";
}

} // namespace

void readTextProperty(QStringView key, QStringView value, QJsonObject *properties)
{
    value = value.trimmed();
    if (key == u"Buffers") {
        readBuffers(value, properties);
    } else if (key == u"I/O Timings") {
        readIoTimings(value, properties);
    } else if (key == u"WAL") {
        forEachPair(value, [&](QStringView name, QStringView number) {
            const QLatin1StringView json = name == u"records" ? "WAL Records"_L1
                : name == u"fpi"                               ? "WAL FPI"_L1
                : name == u"bytes"                             ? "WAL Bytes"_L1
                                                               : "WAL Buffers Full"_L1;
            insertNumber(properties, json, number);
        });
    } else if (key == u"Heap Blocks") {
        forEachPair(value, [&](QStringView name, QStringView number) {
            insertNumber(properties, name == u"exact" ? "Exact Heap Blocks"_L1 : "Lossy Heap Blocks"_L1, number);
        });
    } else if (key == u"Full-sort Groups" || key == u"Pre-sorted Groups") {
        readSortGroups(key, value, properties);
    } else if (key == u"Sort Method" || key == u"Buckets" || key == u"Batches" || key == u"Planned Partitions" || key == u"Hits"
               || key == u"Storage") {
        readPackedLine(key, value, properties);
    } else if (key == u"Memory") {
        forEachPair(value, [&](QStringView name, QStringView number) {
            insertNumber(properties, name == u"used" ? "Memory Used"_L1 : "Memory Allocated"_L1, number);
        });
    } else if (key == u"Serialization") {
        QJsonObject serialization;
        forEachPair(value, [&](QStringView name, QStringView text) {
            if (name == u"format")
                serialization.insert("Format"_L1, text.toString());
            else
                insertNumber(&serialization, name == u"time" ? "Time"_L1 : "Output Volume"_L1, text);
        });
        properties->insert("Serialization"_L1, serialization);
    } else if (key == u"Settings") {
        properties->insert("Settings"_L1, readSettings(value));
    } else if (key == u"Options") {
        QJsonObject options;
        for (QStringView option : splitTopLevel(value)) {
            const qsizetype space = option.lastIndexOf(u' ');
            if (space > 0)
                options.insert(option.first(space).toString(), option.mid(space + 1) == u"true");
        }
        properties->insert("Options"_L1, options);
    } else if (key == u"Timing") {
        properties->insert("Timing"_L1, readJitTiming(value));
    } else if (key == u"Query Identifier") {
        bool ok = false;
        const qint64 identifier = value.toLongLong(&ok);
        properties->insert("Query Identifier"_L1, ok ? QJsonValue(identifier) : QJsonValue(value.toString()));
    } else if (isListKey(key)) {
        QJsonArray list = properties->value(key).toArray(); // grouping sets repeat "Group Key"
        for (QStringView item : splitTopLevel(value))
            list.append(item.toString());
        properties->insert(key.toString(), list);
    } else if (isNumberKey(key) || isPlanLevelKey(key)) {
        if (const auto number = leadingNumber(value))
            properties->insert(planLevelKeyName(key), *number);
        else
            properties->insert(key.toString(), value.toString());
    } else if (isBoolKey(key)) {
        properties->insert(key.toString(), value == u"true");
    } else {
        properties->insert(key.toString(), value.toString());
    }
}

QJsonArray readGroupingSets(const QList<std::pair<QString, QString>> &keyLines)
{
    const auto count = [&](QStringView key) {
        return std::count_if(keyLines.cbegin(), keyLines.cend(), [&](const auto &line) { return line.first == key; });
    };
    const bool groupingSets = count(u"Hash Key") > 0 || count(u"Sort Key") > 0 || count(u"Group Key") > 1
        || std::any_of(keyLines.cbegin(), keyLines.cend(), [](const auto &line) { return line.second == u"()"; });
    if (!groupingSets)
        return {};
    const auto keys = [](const QString &value) {
        QJsonArray list;
        if (value != u"()") {
            for (QStringView item : splitTopLevel(value))
                list.append(item.toString());
        }
        return list;
    };
    // Each "Hash Key" is a set of its own; "Sort Key" opens a set its "Group Key" lines belong to.
    QJsonArray sets;
    QJsonObject current;
    QString currentKind;
    const auto close = [&] {
        if (!current.isEmpty())
            sets.append(current);
        current = {};
    };
    for (const auto &[key, value] : keyLines) {
        if (key == u"Hash Key") {
            close();
            current.insert("Hash Keys"_L1, QJsonArray{keys(value)});
            currentKind = key;
        } else if (key == u"Sort Key") {
            close();
            current.insert("Sort Key"_L1, keys(value));
            current.insert("Group Keys"_L1, QJsonArray());
            currentKind = key;
        } else {
            if (currentKind == u"Hash Key" || current.isEmpty()) {
                close();
                current.insert("Group Keys"_L1, QJsonArray());
            }
            QJsonArray groups = current.value("Group Keys"_L1).toArray();
            groups.append(keys(value));
            current.insert("Group Keys"_L1, groups);
            currentKind = key;
        }
    }
    close();
    return sets;
}

bool isPlanLevelKey(QStringView key)
{
    return key.compare(u"Planning Time", Qt::CaseInsensitive) == 0 || key.compare(u"Execution Time", Qt::CaseInsensitive) == 0
        || key.compare(u"Total runtime", Qt::CaseInsensitive) == 0;
}

bool isPlanSectionKey(QStringView key)
{
    return isPlanLevelKey(key) || key == u"Planning" || key == u"JIT" || key == u"Settings" || key == u"Query Identifier"
        || key == u"Serialization" || key == u"Query Text" || key == u"Time" || key.startsWith(u"Trigger ");
}

QString planLevelKeyName(QStringView key)
{
    if (key.compare(u"Planning Time", Qt::CaseInsensitive) == 0)
        return u"Planning Time"_s;
    if (key.compare(u"Execution Time", Qt::CaseInsensitive) == 0 || key.compare(u"Total runtime", Qt::CaseInsensitive) == 0)
        return u"Execution Time"_s;
    return key.toString();
}

QJsonObject readTriggerLine(QStringView key, QStringView value)
{
    // "Trigger name", "Trigger name for constraint c" (VERBOSE), "Trigger for constraint c", each maybe " on t".
    QJsonObject trigger;
    QStringView name = key.mid(7).trimmed(); // after "Trigger"
    if (const qsizetype on = name.lastIndexOf(u" on "); on > 0) {
        trigger.insert("Relation"_L1, name.mid(on + 4).toString());
        name = name.first(on);
    }
    if (const qsizetype constraint = name.indexOf(u"for constraint "); constraint >= 0) {
        trigger.insert("Constraint Name"_L1, name.mid(constraint + 15).trimmed().toString());
        name = name.first(constraint).trimmed();
    }
    if (!name.isEmpty())
        trigger.insert("Trigger Name"_L1, name.toString());
    forEachPair(value, [&](QStringView field, QStringView number) {
        insertNumber(&trigger, field == u"time" ? "Time"_L1 : "Calls"_L1, number);
    });
    return trigger;
}

} // namespace pgv
