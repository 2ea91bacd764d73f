// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab/lab.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;

namespace pgv {

/// Asks where and how big a practice lab should be, then shows the creation's progress with a Cancel button.
/// The work itself runs elsewhere (a BackgroundJob); this dialog only talks to it through its slots and signals.
class LabDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LabDialog(QWidget *parent = nullptr);

    LabOptions options() const;

public Q_SLOTS:
    void showProgress(const QString &step);
    void showFinished(bool ok, const QString &error);

Q_SIGNALS:
    void createRequested(const pgv::LabOptions &options);
    void cancelRequested();

protected:
    void reject() override;

private:
    void setRunning(bool running);

    QLineEdit *m_dir = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_standbys = nullptr;
    QCheckBox *m_subscriber = nullptr;
    QSpinBox *m_poolers = nullptr;
    QSpinBox *m_port = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_running = false;
};

} // namespace pgv
