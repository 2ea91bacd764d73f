// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace pgv {

/// The Help menu's windows: a text to read, searchable with the browser's own selection and copy.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    /// Every shortcut of \a actions (those that have one, by menu text), then the keys the views handle themselves.
    static HelpDialog *shortcuts(const QList<QAction *> &actions, QWidget *parent);
    /// What each kind of problem means and what to do about it.
    static HelpDialog *glossary(QWidget *parent);
    /// The README's guide, as Markdown (\a markdown: the text, read by the caller).
    static HelpDialog *guide(const QString &markdown, QWidget *parent);

    QTextBrowser *browser() const { return m_browser; }

private:
    HelpDialog(const QString &title, QWidget *parent);

    QTextBrowser *m_browser;
};

} // namespace pgv
