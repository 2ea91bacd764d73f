// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include "statecolors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

RestoreDialog::RestoreDialog(const RecoveryWindow &window, const QString &suggestedFolder, int suggestedPort, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_kind(new QButtonGroup(this))
    , m_time(new QDateTimeEdit)
    , m_lsn(new QLineEdit)
    , m_name(new QLineEdit)
    , m_folder(new QLineEdit(suggestedFolder))
    , m_check(new QLineEdit(RestoreOptions::defaultCheckQuery()))
    , m_port(new QSpinBox)
    , m_after(new QComboBox)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Restore to a point in time"));
    auto *intro = new QLabel(tr("The backups are restored into a new folder and started as a separate server on this machine; the "
                                "cluster itself is not touched. Recoverable window: %1.").arg(window.toDisplayString()));
    intro->setWordWrap(true);

    m_time->setTimeSpec(Qt::UTC);
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
    m_time->setCalendarPopup(true);
    // No range on the field: QDateTimeEdit clamps each keystroke to it, so a typed 19:02:24 past a window ending at
    // 19:02:22 silently became 19:02:22. The time stays as typed and problem() says when it is outside the window.
    if (window.isValid()) {
        // Whole seconds, as the field shows them: no hidden milliseconds ride along with a typed time.
        QDateTime latest = window.latest.toUTC();
        latest.setTime(QTime(latest.time().hour(), latest.time().minute(), latest.time().second()));
        m_time->setDateTime(latest);
    }
    m_folder->setObjectName(u"restoreFolder"_s);
    m_lsn->setPlaceholderText(u"0/3000060"_s);
    m_name->setPlaceholderText(tr("a name given to pg_create_restore_point()"));

    const QList<std::pair<RestoreTarget::Kind, QString>> kinds{
        {RestoreTarget::Kind::Latest, tr("&Latest: all archived WAL")},
        {RestoreTarget::Kind::Time, tr("&Time:")},
        {RestoreTarget::Kind::Lsn, tr("L&SN:")},
        {RestoreTarget::Kind::Name, tr("Restore &point:")},
        {RestoreTarget::Kind::Immediate, tr("&End of the backup (earliest consistent state)")},
    };
    auto *targets = new QFormLayout;
    for (const auto &[kind, text] : kinds) {
        auto *button = new QRadioButton(text);
        button->setObjectName(u"target%1"_s.arg(int(kind)));
        m_kind->addButton(button, int(kind));
        QWidget *field = kind == RestoreTarget::Kind::Time ? static_cast<QWidget *>(m_time)
                         : kind == RestoreTarget::Kind::Lsn ? static_cast<QWidget *>(m_lsn)
                         : kind == RestoreTarget::Kind::Name ? static_cast<QWidget *>(m_name)
                                                             : nullptr;
        if (field)
            targets->addRow(button, field);
        else
            targets->addRow(button);
    }
    m_kind->button(int(RestoreTarget::Kind::Latest))->setChecked(true);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    auto *browse = new QPushButton(tr("&Browse…"));
    folderRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the restored server"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir + u"/restored"_s);
    });
    m_port->setRange(1024, 65535);
    m_port->setValue(suggestedPort);
    m_after->addItem(tr("Promote: a writable server"), true);
    m_after->addItem(tr("Pause: read-only, to inspect before deciding"), false);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("P&ort on 127.0.0.1:"), m_port);
    form->addRow(tr("&At the target:"), m_after);
    form->addRow(tr("&Check query:"), m_check);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: %1;"_s.arg(statecolors::bad().name()));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Check and restore…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(targets);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_kind, &QButtonGroup::idClicked, this, &RestoreDialog::update);
    for (QLineEdit *edit : {m_lsn, m_name, m_folder})
        connect(edit, &QLineEdit::textChanged, this, &RestoreDialog::update);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_kind->button(int(RestoreTarget::Kind::Time))->setChecked(true);
        update();
    });
    update();
}

void RestoreDialog::setTargetTime(const QDateTime &time)
{
    m_time->setDateTime(time.toUTC());
    m_kind->button(int(RestoreTarget::Kind::Time))->setChecked(true);
    update();
}

RestoreOptions RestoreDialog::options() const
{
    RestoreOptions options;
    options.destination = m_folder->text().trimmed();
    options.port = m_port->value();
    options.target.kind = RestoreTarget::Kind(m_kind->checkedId());
    options.target.time = m_time->dateTime().toUTC();
    options.target.value = options.target.kind == RestoreTarget::Kind::Lsn ? m_lsn->text().trimmed() : m_name->text().trimmed();
    options.promote = m_after->currentData().toBool();
    options.checkQuery = m_check->text().trimmed();
    return options;
}

QString RestoreDialog::problem() const
{
    const RestoreOptions chosen = options();
    if (!m_window.isValid())
        return tr("There is no recoverable window yet: take a pgBackRest backup first.");
    if (chosen.destination.isEmpty())
        return tr("Choose a folder for the restored server.");
    if (chosen.target.kind == RestoreTarget::Kind::Time && !m_window.contains(chosen.target.time)) {
        const QString format = u"yyyy-MM-dd HH:mm:ss"_s;
        return chosen.target.time > m_window.latest
                   ? tr("%1 is after the newest recoverable moment, %2 UTC: choose an earlier time, or Latest.")
                         .arg(chosen.target.time.toString(format), m_window.latest.toUTC().toString(format))
                   : tr("%1 is before the earliest recoverable moment, %2 UTC: no backup is that old.")
                         .arg(chosen.target.time.toString(format), m_window.earliest.toUTC().toString(format));
    }
    if (chosen.target.kind == RestoreTarget::Kind::Lsn && chosen.target.value.isEmpty())
        return tr("Type the LSN to stop at.");
    if (chosen.target.kind == RestoreTarget::Kind::Name && chosen.target.value.isEmpty())
        return tr("Type the restore point's name.");
    return {};
}

void RestoreDialog::update()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace pgv
