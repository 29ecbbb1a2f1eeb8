#pragma once

#include "core/Contact.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DateField;

// Adds or edits one contact (联系人) of a customer, validated like the card (message beside the field). The birthday
// is Gregorian (typed, or empty) or lunar (农历: year if known, month, day, leap month); a lunar date the year does not
// have is named in a message, and the next time it falls is shown as it is chosen.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(storage::Session& session, core::Contact contact, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    DateField* birthdayField() const { return m_birthday; }
    QComboBox* calendarCombo() const { return m_calendar; }
    QSpinBox* lunarYearBox() const { return m_lunarYear; }
    QComboBox* lunarMonthCombo() const { return m_lunarMonth; }
    QComboBox* lunarDayCombo() const { return m_lunarDay; }
    QCheckBox* lunarLeapBox() const { return m_lunarLeap; }
    QString lunarNote() const;
    QString errorText() const;
    // Validates and stores (create or update); on success the dialog is accepted.
    bool submit();
    const core::Contact& contact() const { return m_contact; }

private:
    bool isLunar() const;
    void showCalendar();
    void updateLunarNote();
    QString lunarProblem(const core::LunarDate& lunar, int year) const;

    storage::Session& m_session;
    core::Contact m_contact;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QLineEdit* m_phone;
    QLineEdit* m_mobile;
    QLineEdit* m_email;
    DateField* m_birthday;
    QComboBox* m_calendar;
    QWidget* m_lunar;
    QSpinBox* m_lunarYear;
    QComboBox* m_lunarMonth;
    QComboBox* m_lunarDay;
    QCheckBox* m_lunarLeap;
    QLabel* m_lunarNote;
    QFormLayout* m_form;
    QCheckBox* m_primary;
    QCheckBox* m_doNotContact;
    QLineEdit* m_notes;
    QLabel* m_error;
};

} // namespace carddesk::gui
