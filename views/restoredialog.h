// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/pitrrestore.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pgv {

/// Where a point-in-time restore should stop, where the restored server goes and what happens once it gets
/// there. Times are entered and shown in UTC, limited to the recoverable window.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const RecoveryWindow &window, const QString &suggestedFolder, int suggestedPort, QWidget *parent = nullptr);

    void setTargetTime(const QDateTime &time);
    RestoreOptions options() const;
    /// Why OK is not possible yet; empty when it is.
    QString problem() const;

private:
    void update();

    RecoveryWindow m_window;
    QButtonGroup *m_kind;
    QDateTimeEdit *m_time;
    QLineEdit *m_lsn, *m_name, *m_folder, *m_check;
    QSpinBox *m_port;
    QComboBox *m_after;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace pgv
