#include "gui/customer/ContactDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/ErrorText.h"

#include "core/CustomerValidator.h"
#include "gui/common/ValidationText.h"
#include "storage/repositories/ContactRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace carddesk::gui {

ContactDialog::ContactDialog(storage::Session& session, core::Contact contact, QWidget* parent)
    : QDialog(parent), m_session(session), m_contact(std::move(contact)), m_name(new QLineEdit(this)),
      m_title(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_mobile(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_birthday(new DateField(this)), m_primary(new QCheckBox(this)),
      m_doNotContact(new QCheckBox(this)), m_notes(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(m_contact.id > 0 ? tr("Edit contact") : tr("Add contact"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_title);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Mobile:"), m_mobile);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Birthday:"), m_birthday);
    form->addRow(QString(), m_primary);
    form->addRow(QString(), m_doNotContact);
    form->addRow(tr("Notes:"), m_notes);
    layout->addLayout(form);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_name->setPlaceholderText(tr("Required"));
    m_title->setPlaceholderText(tr("e.g. purchasing manager"));
    m_primary->setText(tr("Primary contact"));
    m_doNotContact->setText(tr("Asked not to be contacted (left out of mailing lists)"));
    // Empty means not set; an empty field's calendar opens where most contacts' birthdays lie.
    m_birthday->setPlaceholderText(tr("yyyy-mm-dd, or empty"));
    m_birthday->setEmptyPage(QDate::currentDate().addYears(-40));
    m_name->setText(m_contact.name);
    m_title->setText(m_contact.title);
    m_phone->setText(m_contact.phone);
    m_mobile->setText(m_contact.mobile);
    m_email->setText(m_contact.email);
    m_birthday->setDate(m_contact.birthday);
    m_primary->setChecked(m_contact.isPrimary);
    m_doNotContact->setChecked(m_contact.doNotContact);
    m_notes->setText(m_contact.notes);
    resize(420, sizeHint().height());
}

QString ContactDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ContactDialog::submit()
{
    core::Contact contact = m_contact;
    contact.name = m_name->text().trimmed();
    contact.title = m_title->text().trimmed();
    contact.phone = m_phone->text().trimmed();
    contact.mobile = m_mobile->text().trimmed();
    contact.email = m_email->text().trimmed();
    if (!m_birthday->isAcceptable()) {
        m_error->setText(tr("The birthday is not a date; type it as 1980-12-15 or leave it empty."));
        m_error->show();
        m_birthday->setFocus();
        return false;
    }
    contact.birthday = m_birthday->date();
    contact.isPrimary = m_primary->isChecked();
    contact.doNotContact = m_doNotContact->isChecked();
    contact.notes = m_notes->text().trimmed();
    const auto errors = core::CustomerValidator::validate(contact);
    if (!errors.empty()) {
        const core::Error& error = errors.front();
        m_error->setText(error.field == QLatin1String("name") ? tr("Contact name is required.")
                                                              : ValidationText::message(error));
        m_error->show();
        QLineEdit* field = error.field == QLatin1String("phone")    ? m_phone
                           : error.field == QLatin1String("mobile") ? m_mobile
                           : error.field == QLatin1String("email")  ? m_email
                                                                    : m_name;
        field->setFocus();
        return false;
    }
    storage::ContactRepository repository(m_session);
    auto saved = contact.id > 0 ? repository.update(contact) : repository.create(contact);
    if (!saved) {
        m_error->setText(tr("The contact was not saved: %1").arg(ErrorText::sentence(saved.error())));
        m_error->show();
        return false;
    }
    m_contact = *saved;
    accept();
    return true;
}

} // namespace carddesk::gui
