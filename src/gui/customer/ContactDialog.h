#pragma once

#include "core/Contact.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DateField;

// Adds or edits one contact (联系人) of a customer, validated like the card (message beside the field).
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(storage::Session& session, core::Contact contact, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    QString errorText() const;
    // Validates and stores (create or update); on success the dialog is accepted.
    bool submit();
    const core::Contact& contact() const { return m_contact; }

private:
    storage::Session& m_session;
    core::Contact m_contact;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QLineEdit* m_phone;
    QLineEdit* m_mobile;
    QLineEdit* m_email;
    DateField* m_birthday;
    QCheckBox* m_primary;
    QCheckBox* m_doNotContact;
    QLineEdit* m_notes;
    QLabel* m_error;
};

} // namespace carddesk::gui
