// SPDX-License-Identifier: GPL-3.0-or-later
#include "labdialog.h"

#include "core/apppaths.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

LabDialog::LabDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Create a practice lab"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_dir = new QLineEdit(AppPaths::defaultLabDir());
    auto *browse = new QToolButton;
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a folder"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Lab folder"), m_dir->text());
        if (!dir.isEmpty())
            m_dir->setText(dir + u"/lab"_s);
    });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dir);
    dirRow->addWidget(browse);
    auto *dirLabel = new QLabel(tr("&Folder:"));
    dirLabel->setBuddy(m_dir);
    form->addRow(dirLabel, dirRow);
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("the folder's name"));
    form->addRow(tr("&Name:"), m_name);
    m_standbys = new QSpinBox;
    m_standbys->setRange(0, 9);
    m_standbys->setValue(2);
    form->addRow(tr("&Standbys:"), m_standbys);
    m_port = new QSpinBox;
    m_port->setRange(0, 65000);
    m_port->setSpecialValueText(tr("first free from 55432"));
    form->addRow(tr("First &port:"), m_port);
    m_subscriber = new QCheckBox(tr("With an &analytics subscriber"));
    m_subscriber->setObjectName(u"labSubscriber"_s);
    m_subscriber->setToolTip(tr("Also a separate server \"analytics\" subscribing to orders_pub (database shop, table public.orders) on "
                                "the primary: logical replication to watch, and switchovers that keep it whole. The nodes run with "
                                "wal_level = logical."));
    form->addRow(QString(), m_subscriber);
    m_poolers = new QSpinBox;
    m_poolers->setObjectName(u"labPoolers"_s);
    m_poolers->setRange(0, 8);
    m_poolers->setSpecialValueText(tr("none"));
    m_poolers->setToolTip(tr("PgBouncers in front of the cluster (transaction pooling, routed to the primary): services pooler1, pooler2… in "
                             "lab env, shown on the Pools page, paused and routed by every switchover so that their clients only wait."));
    form->addRow(tr("P&gBouncers:"), m_poolers);
    layout->addLayout(form);

    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("A primary and its standbys are created with initdb and pg_basebackup on 127.0.0.1, "
                                 "with replication slots and WAL archiving into the lab folder. It takes a few seconds."));
    layout->addWidget(m_log);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *create = m_buttons->addButton(tr("C&reate and start"), QDialogButtonBox::AcceptRole);
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, [this] {
        m_log->clear();
        setRunning(true);
        Q_EMIT createRequested(options());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LabDialog::reject);
    layout->addWidget(m_buttons);
    resize(560, 380);
}

LabOptions LabDialog::options() const
{
    LabOptions options;
    options.dir = m_dir->text().trimmed();
    options.name = m_name->text().trimmed();
    options.standbys = m_standbys->value();
    options.basePort = m_port->value();
    options.subscriber = m_subscriber->isChecked();
    options.poolers = m_poolers->value();
    return options;
}

void LabDialog::showProgress(const QString &step)
{
    m_log->appendPlainText(step);
}

void LabDialog::showFinished(bool ok, const QString &error)
{
    setRunning(false);
    if (ok) {
        QDialog::accept();
        return;
    }
    m_log->appendPlainText(u"\n"_s + error);
}

void LabDialog::reject()
{
    if (m_running) {
        m_log->appendPlainText(tr("Cancelling… (what was created is removed)"));
        Q_EMIT cancelRequested();
        return;
    }
    QDialog::reject();
}

void LabDialog::setRunning(bool running)
{
    m_running = running;
    m_busy->setVisible(running);
    for (QWidget *input : {static_cast<QWidget *>(m_dir), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_standbys),
                           static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_subscriber), static_cast<QWidget *>(m_poolers)})
        input->setEnabled(!running);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!running);
    }
}

} // namespace pgv
