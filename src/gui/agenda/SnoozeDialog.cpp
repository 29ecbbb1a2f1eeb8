#include "gui/agenda/SnoozeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carddesk::gui {

SnoozeDialog::SnoozeDialog(const QString& what, QWidget* parent)
    : QDialog(parent), m_days(new QSpinBox(this)), m_reason(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Snooze reminder"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(what, this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* form = new QFormLayout;
    m_days->setRange(1, 60);
    m_days->setValue(1);
    m_days->setSuffix(tr(" day(s)"));
    m_days->setObjectName(QStringLiteral("snoozeDays"));
    m_reason->setObjectName(QStringLiteral("snoozeReason"));
    m_reason->setPlaceholderText(tr("e.g. on a business trip until Monday"));
    form->addRow(tr("Remind again in:"), m_days);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SnoozeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_reason->setFocus();
    resize(400, sizeHint().height());
}

QDate SnoozeDialog::until() const
{
    return QDate::currentDate().addDays(m_days->value());
}

QString SnoozeDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString SnoozeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SnoozeDialog::submit()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("Say why the reminder is put off."));
        m_error->show();
        m_reason->setFocus();
        return false;
    }
    accept();
    return true;
}

} // namespace carddesk::gui
