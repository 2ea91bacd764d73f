// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planalysis.h"
#include "plan/plansourcemap.h"

#include <QObject>

#include <functional>
#include <memory>

namespace pgv {

class BackgroundWork;

/// A plan as the plan page shows it: the text it came from, the parsed tree, its analysis and where each node
/// sits in the text. Built once off the GUI thread, then shared read-only.
struct PlanDocument
{
    QString title;     ///< file name, "Pasted plan", "node1 · 14:03:12"
    QString inputText; ///< the text as loaded, for the raw view
    Plan plan;
    PlanAnalysis analysis;
    QList<PlanSourceSpan> spans;
    SourceLines lines; ///< of inputText
    /// A JSON plan as psql prints it in text format (EXPLAIN's default), with its own index; empty for a text plan,
    /// whose input already reads that way.
    QString psqlText;
    QList<PlanSourceSpan> psqlSpans;
    SourceLines psqlLines;
};

/// Parses and analyses plans on Qt's thread pool — a 7,500-node plan takes tens of milliseconds, which the GUI
/// thread must not spend — and reports each result by signal. A newer load supersedes one still running.
class PlanLoader : public QObject
{
    Q_OBJECT
public:
    explicit PlanLoader(QObject *parent = nullptr);

    void load(const QByteArray &input, const QString &title);
    /// Reads \a path on the worker too: a plan file can be hundreds of megabytes.
    void loadFile(const QString &path, const QString &title);
    /// An already parsed plan (from the explain runner): only the source map is computed off the thread.
    void adopt(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis, const QByteArray &input,
               const QString &title);
    bool isLoading() const;

    /// Blocking, for tests and pgversectl: what the worker does.
    static std::shared_ptr<const PlanDocument> build(const QByteArray &input, const QString &title, QString *error);

Q_SIGNALS:
    void loaded(std::shared_ptr<const pgv::PlanDocument> document);
    void failed(const QString &title, const QString &error);

private:
    struct Outcome
    {
        std::shared_ptr<const PlanDocument> document;
        QString title;
        QString error;
    };
    void watch(std::function<Outcome()> work);

    BackgroundWork *m_work;
};

} // namespace pgv
