// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledialog.h"

#include "statecolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Cluster profile"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("for example: production-eu"));
    form->addRow(tr("&Name:"), m_name);

    m_nodes = new QTableWidget(0, 2);
    m_nodes->setHorizontalHeaderLabels({tr("Node name"), tr("Connection string (libpq)")});
    m_nodes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_nodes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_nodes->verticalHeader()->hide();
    m_nodes->setToolTip(tr("Any libpq connection string: host=… port=… user=… dbname=…, a postgresql:// URI, or service=name "
                           "from pg_service.conf. Passwords come from the keychain or a .pgpass file, never from here."));
    auto *nodeButtons = new QHBoxLayout;
    auto *addNode = new QPushButton(tr("&Add node"));
    auto *removeNode = new QPushButton(tr("&Remove node"));
    nodeButtons->addWidget(addNode);
    nodeButtons->addWidget(removeNode);
    nodeButtons->addStretch();
    connect(addNode, &QPushButton::clicked, this, [this] { addNodeRow(); });
    connect(removeNode, &QPushButton::clicked, this, [this] {
        if (m_nodes->currentRow() >= 0)
            m_nodes->removeRow(m_nodes->currentRow());
    });
    auto *nodesBox = new QVBoxLayout;
    nodesBox->addWidget(m_nodes);
    nodesBox->addLayout(nodeButtons);
    auto *nodesLabel = new QLabel(tr("N&odes:"));
    nodesLabel->setBuddy(m_nodes);
    form->addRow(nodesLabel, nodesBox);

    m_sslmode = new QComboBox;
    m_sslmode->addItem(tr("as the connection string says"), QString());
    for (const QString &mode : {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s})
        m_sslmode->addItem(mode, mode);
    form->addRow(tr("&SSL mode:"), m_sslmode);

    m_interval = new QSpinBox;
    m_interval->setRange(100, 3600000);
    m_interval->setSingleStep(500);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setValue(1000);
    form->addRow(tr("&Poll every:"), m_interval);

    m_readOnly = new QCheckBox(tr("Read-only: watch this cluster, never run actions on it"));
    form->addRow(QString(), m_readOnly);

    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to keep the stored one or use .pgpass"));
    m_password->setToolTip(tr("Stored in the system keychain, never in a settings file or a log."));
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);

    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: %1;"_s.arg(statecolors::bad().name()));
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    layout->addWidget(buttons);
    resize(720, 460);
    addNodeRow(u"node1"_s, u"host=127.0.0.1 port=5432 user=postgres dbname=postgres"_s);
}

void ProfileDialog::addNodeRow(const QString &name, const QString &conninfo)
{
    const int row = m_nodes->rowCount();
    m_nodes->insertRow(row);
    m_nodes->setItem(row, 0, new QTableWidgetItem(name.isEmpty() ? u"node%1"_s.arg(row + 1) : name));
    m_nodes->setItem(row, 1, new QTableWidgetItem(conninfo));
}

void ProfileDialog::setProfile(const Profile &profile)
{
    m_original = profile;
    m_name->setText(profile.name);
    m_nodes->setRowCount(0);
    for (const ProfileNode &node : profile.nodes)
        addNodeRow(node.name, node.conninfo);
    m_sslmode->setCurrentIndex(std::max(0, m_sslmode->findData(profile.sslmode)));
    m_interval->setValue(profile.pollIntervalMs);
    m_readOnly->setChecked(profile.readOnly);
    m_password->setPlaceholderText(profile.passwordInKeychain ? tr("stored in the keychain; type to replace it")
                                                              : tr("leave empty to use .pgpass or a passfile"));
}

Profile ProfileDialog::profile() const
{
    Profile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.nodes.clear();
    for (int row = 0; row < m_nodes->rowCount(); ++row) {
        const QString name = m_nodes->item(row, 0) ? m_nodes->item(row, 0)->text().trimmed() : QString();
        const QString conninfo = m_nodes->item(row, 1) ? m_nodes->item(row, 1)->text().trimmed() : QString();
        if (!name.isEmpty() || !conninfo.isEmpty())
            profile.nodes << ProfileNode{name, conninfo};
    }
    profile.sslmode = m_sslmode->currentData().toString();
    profile.pollIntervalMs = m_interval->value();
    profile.readOnly = m_readOnly->isChecked();
    return profile;
}

QString ProfileDialog::password() const
{
    return m_password->text();
}

void ProfileDialog::accept()
{
    const QStringList problems = profile().validate();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace pgv
