// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace pgv {

/// Adds or edits a cluster profile. The password field never reaches the profile: the caller stores it in the
/// keychain. The profile is validated before the dialog can be accepted, with the reasons shown in the dialog.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    Profile profile() const;
    /// What the user typed; empty means "keep the stored one" (or rely on .pgpass).
    QString password() const;

    void accept() override;

private:
    void addNodeRow(const QString &name = {}, const QString &conninfo = {});

    QLineEdit *m_name = nullptr;
    QTableWidget *m_nodes = nullptr;
    QComboBox *m_sslmode = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QSpinBox *m_interval = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problems = nullptr;
    Profile m_original;
};

} // namespace pgv
