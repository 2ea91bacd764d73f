// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandetailsmodel.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 3 : 1) + u" ms"_s;
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? PlanDetailsModel::tr("yes") : PlanDetailsModel::tr("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number, 'f', 3);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return {};
    }
}

QList<QStandardItem *> row(const QString &name, const QString &value)
{
    auto *nameItem = new QStandardItem(name);
    auto *valueItem = new QStandardItem(value);
    nameItem->setEditable(false);
    valueItem->setEditable(false);
    valueItem->setToolTip(value);
    return {nameItem, valueItem};
}

/// A property as rows: scalars and lists of scalars on one row, objects and lists of objects as child rows.
void appendValue(QStandardItem *parent, const QString &name, const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool scalars = std::none_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isObject() || item.isArray(); });
        if (scalars) {
            QStringList parts;
            for (const QJsonValue &item : array)
                parts.append(scalarText(item));
            parent->appendRow(row(name, parts.join(u", "_s)));
            return;
        }
        QList<QStandardItem *> items = row(name, PlanDetailsModel::tr("%n item(s)", nullptr, int(array.size())));
        parent->appendRow(items);
        for (qsizetype i = 0; i < array.size(); ++i)
            appendValue(items.first(), u"[%1]"_s.arg(i), array.at(i));
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QList<QStandardItem *> items = row(name, QString());
        parent->appendRow(items);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            appendValue(items.first(), it.key(), it.value());
        return;
    }
    parent->appendRow(row(name, scalarText(value)));
}

QString countersText(const PlanCounters &counters)
{
    const auto number = [](double value) { return QString::number(qint64(value)); };
    return PlanDetailsModel::tr("shared hit %1, read %2, dirtied %3, written %4; local hit %5, read %6; temp read %7, written %8")
        .arg(number(counters[PlanCounters::SharedHit]), number(counters[PlanCounters::SharedRead]),
             number(counters[PlanCounters::SharedDirtied]), number(counters[PlanCounters::SharedWritten]),
             number(counters[PlanCounters::LocalHit]), number(counters[PlanCounters::LocalRead]),
             number(counters[PlanCounters::TempRead]), number(counters[PlanCounters::TempWritten]));
}

void appendText(QString *out, const QStandardItemModel *model, const QModelIndex &parent, int depth)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex name = model->index(r, 0, parent);
        const QString value = model->index(r, 1, parent).data().toString();
        *out += QString(depth * 2, u' ') + name.data().toString() + (value.isEmpty() ? QString() : u": "_s + value) + u'\n';
        appendText(out, model, name, depth + 1);
    }
}

} // namespace

PlanDetailsModel::PlanDetailsModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Property"), tr("Value")});
}

void PlanDetailsModel::clearNode()
{
    removeRows(0, rowCount());
    m_node = -1;
}

void PlanDetailsModel::showNode(const Plan &plan, const PlanAnalysis &analysis, int id)
{
    clearNode();
    if (id < 0 || id >= plan.nodes.size() || id >= analysis.nodes.size())
        return;
    m_node = id;
    const PlanNode &node = plan.nodes.at(id);
    const NodeAnalysis &metrics = analysis.nodes.at(id);

    auto *derived = new QStandardItem(tr("Analysis"));
    derived->setEditable(false);
    appendRow({derived, new QStandardItem()});
    const auto add = [derived](const QString &name, const QString &value) { derived->appendRow(row(name, value)); };
    add(tr("Node"), u"#%1 %2"_s.arg(id).arg(node.label()));
    if (!node.subplanName.isEmpty())
        add(tr("Subplan"), node.subplanName);
    if (metrics.exclusiveMs)
        add(tr("Own time"), milliseconds(*metrics.exclusiveMs));
    if (metrics.totalMs)
        add(tr("Total time"), milliseconds(*metrics.totalMs) + (metrics.processes > 1 ? tr(" (per process, %1 processes)").arg(metrics.processes) : QString()));
    if (metrics.sharePercent)
        add(tr("Share of the query"), QString::number(*metrics.sharePercent, 'f', 1) + u" %"_s);
    if (node.planRows) {
        QString estimate = tr("%1 planned").arg(qint64(*node.planRows));
        if (node.actualRows)
            estimate += tr(", %1 actual per loop").arg(qint64(*node.actualRows));
        if (metrics.misestimate && *metrics.misestimate >= 1.05)
            estimate += metrics.estimate == RowsEstimate::Under ? tr(" — underestimated %1×").arg(*metrics.misestimate, 0, 'f', 1)
                                                                : tr(" — overestimated %1×").arg(*metrics.misestimate, 0, 'f', 1);
        add(tr("Rows"), estimate);
    }
    if (node.hasBuffers) {
        add(tr("Buffers, own"), countersText(metrics.exclusive));
        add(tr("Buffers, with children"), countersText(metrics.inclusive));
    }
    if (node.hasIoTimings)
        add(tr("I/O time, with children"), tr("read %1, write %2").arg(milliseconds(metrics.inclusive.ioReadMs()), milliseconds(metrics.inclusive.ioWriteMs())));
    if (!metrics.spill.isEmpty())
        add(tr("Spilled to disk"), metrics.spill);
    for (const QString &note : metrics.notes)
        add(tr("Note"), note);
    for (const PlanWarning &warning : analysis.warnings) {
        if (warning.node == id)
            add(tr("Warning"), warning.message);
    }

    auto *properties = new QStandardItem(tr("Properties"));
    properties->setEditable(false);
    appendRow({properties, new QStandardItem()});
    for (const auto &[key, value] : node.orderedProperties())
        appendValue(properties, key, value);
}

QString PlanDetailsModel::toText() const
{
    QString text;
    appendText(&text, this, {}, 0);
    return text;
}

} // namespace pgv
