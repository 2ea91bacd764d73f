// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialogs.h"

#include "topology/problemglossary.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString row(const QString &key, const QString &what)
{
    return u"<tr><td style=\"padding-right:18px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(key.toHtmlEscaped(), what.toHtmlEscaped());
}

} // namespace

HelpDialog::HelpDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser)
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 620);
}

HelpDialog *HelpDialog::shortcuts(const QList<QAction *> &actions, QWidget *parent)
{
    auto *dialog = new HelpDialog(tr("Keyboard shortcuts"), parent);
    dialog->setObjectName(u"shortcutSheet"_s);
    QList<std::pair<QString, QString>> entries;
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&');
        entries.append({action->shortcut().toString(QKeySequence::NativeText), text});
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    QString html = u"<h3>%1</h3><table>"_s.arg(tr("Commands").toHtmlEscaped());
    for (const auto &[key, what] : std::as_const(entries))
        html += row(key, what);
    html += u"</table><h3>%1</h3><table>"_s.arg(tr("In the views").toHtmlEscaped());
    const QList<std::pair<QString, QString>> viewKeys{
        {tr("Arrow keys"), tr("Topology: move between node cards")},
        {tr("Menu key"), tr("Topology: the selected card's menu")},
        {tr("Ctrl+wheel, Ctrl++, Ctrl+−"), tr("Topology and plan diagram: zoom")},
        {tr("Ctrl+0"), tr("Topology: fit the graph to the page again")},
        {tr("Ctrl+C"), tr("Details, problems, alerts, tables: copy what is selected")},
        {tr("Ctrl+F"), tr("Plans: filter the tree by node label")},
        {tr("Ctrl+Shift+C"), tr("Plans: copy the selected node's subtree as psql prints it")},
        {tr("F9"), tr("Plans: show or hide the EXPLAIN runner")},
        {tr("Ctrl+Shift+F"), tr("Lag chart: follow the newest data again")},
        {tr("Ctrl+Shift+E"), tr("Lag chart: export as PNG, PDF or CSV")},
    };
    for (const auto &[key, what] : viewKeys)
        html += row(key, what);
    html += u"</table>"_s;
    dialog->m_browser->setHtml(html);
    return dialog;
}

HelpDialog *HelpDialog::glossary(QWidget *parent)
{
    auto *dialog = new HelpDialog(tr("Problems and what to do"), parent);
    dialog->setObjectName(u"problemGlossary"_s);
    QString html;
    for (const ProblemExplanation &entry : problemGlossary()) {
        html += u"<h3>%1 <span style=\"font-weight:normal\"><code>%2</code></span></h3><p>%3</p><p><i>%4</i> %5</p>"_s.arg(
            entry.title.toHtmlEscaped(), problemKindName(entry.kind), entry.meaning.toHtmlEscaped(), tr("What to do:").toHtmlEscaped(),
            entry.action.toHtmlEscaped());
    }
    dialog->m_browser->setHtml(html);
    return dialog;
}

HelpDialog *HelpDialog::guide(const QString &markdown, QWidget *parent)
{
    auto *dialog = new HelpDialog(tr("PostgresVerse guide"), parent);
    dialog->setObjectName(u"guide"_s);
    dialog->m_browser->setMarkdown(markdown);
    dialog->resize(980, 720);
    return dialog;
}

} // namespace pgv
