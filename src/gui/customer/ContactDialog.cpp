#include "gui/customer/ContactDialog.h"

#include "gui/common/CareLabels.h"
#include "gui/common/DateField.h"
#include "gui/common/ErrorText.h"

#include "core/CustomerValidator.h"
#include "core/LunarCalendar.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/ValidationText.h"
#include "storage/repositories/ContactRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carddesk::gui {

ContactDialog::ContactDialog(storage::Session& session, core::Contact contact, QWidget* parent)
    : QDialog(parent), m_session(session), m_contact(std::move(contact)), m_name(new QLineEdit(this)),
      m_title(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_mobile(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_birthday(new DateField(this)), m_calendar(new QComboBox(this)),
      m_lunar(new QWidget(this)), m_lunarYear(new QSpinBox(m_lunar)), m_lunarMonth(new QComboBox(m_lunar)),
      m_lunarDay(new QComboBox(m_lunar)), m_lunarLeap(new QCheckBox(m_lunar)), m_lunarNote(new QLabel(this)),
      m_form(nullptr), m_primary(new QCheckBox(this)), m_doNotContact(new QCheckBox(this)),
      m_notes(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(m_contact.id > 0 ? tr("Edit contact") : tr("Add contact"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_title);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Mobile:"), m_mobile);
    form->addRow(tr("E-mail:"), m_email);
    // The calendar first: a lunar birthday (农历生日) is kept as month, day and leap flag, with the year if known.
    m_calendar->setObjectName(QStringLiteral("birthdayCalendar"));
    m_calendar->addItem(tr("Gregorian"), false);
    m_calendar->addItem(tr("Lunar (农历)"), true);
    form->addRow(tr("Birthday calendar:"), m_calendar);
    form->addRow(tr("Birthday:"), m_birthday);
    auto* lunarLayout = new QHBoxLayout(m_lunar);
    lunarLayout->setContentsMargins(0, 0, 0, 0);
    m_lunarYear->setObjectName(QStringLiteral("lunarYear"));
    m_lunarYear->setRange(1899, 2100);
    m_lunarYear->setSpecialValueText(tr("year?"));
    m_lunarYear->setToolTip(tr("The lunar year of birth, if known (the year its 1st month began in)"));
    m_lunarMonth->setObjectName(QStringLiteral("lunarMonth"));
    for (int month = 1; month <= 12; ++month)
        m_lunarMonth->addItem(CareLabels::lunarMonth(month), month);
    m_lunarDay->setObjectName(QStringLiteral("lunarDay"));
    for (int day = 1; day <= 30; ++day)
        m_lunarDay->addItem(CareLabels::lunarDay(day), day);
    m_lunarLeap->setObjectName(QStringLiteral("lunarLeap"));
    m_lunarLeap->setText(tr("leap month (闰月)"));
    lunarLayout->addWidget(m_lunarYear);
    lunarLayout->addWidget(m_lunarMonth);
    lunarLayout->addWidget(m_lunarDay);
    lunarLayout->addWidget(m_lunarLeap);
    lunarLayout->addStretch(1);
    form->addRow(tr("Lunar birthday:"), m_lunar);
    m_lunarNote->setObjectName(QStringLiteral("lunarNote"));
    m_lunarNote->setWordWrap(true);
    form->addRow(QString(), m_lunarNote);
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
    if (m_contact.birthdayLunar.isSet()) {
        m_calendar->setCurrentIndex(1);
        int year = 0;
        if (m_contact.birthday.isValid())
            core::LunarCalendar::fromGregorian(m_contact.birthday, &year);
        m_lunarYear->setValue(year > 0 ? year : m_lunarYear->minimum());
        m_lunarMonth->setCurrentIndex(m_contact.birthdayLunar.month - 1);
        m_lunarDay->setCurrentIndex(m_contact.birthdayLunar.day - 1);
        m_lunarLeap->setChecked(m_contact.birthdayLunar.leap);
    } else {
        m_lunarYear->setValue(m_lunarYear->minimum());
    }
    // Switching to lunar takes the typed Gregorian date over as its lunar date, and back.
    connect(m_calendar, &QComboBox::currentIndexChanged, this, [this] {
        if (isLunar() && m_birthday->date().isValid()) {
            int year = 0;
            const core::LunarDate lunar = core::LunarCalendar::fromGregorian(m_birthday->date(), &year);
            m_lunarYear->setValue(year);
            m_lunarMonth->setCurrentIndex(lunar.month - 1);
            m_lunarDay->setCurrentIndex(lunar.day - 1);
            m_lunarLeap->setChecked(lunar.leap);
        } else if (!isLunar() && m_lunarYear->value() != m_lunarYear->minimum()) {
            m_birthday->setDate(core::LunarCalendar::toGregorian(
                m_lunarYear->value(),
                {m_lunarMonth->currentIndex() + 1, m_lunarDay->currentIndex() + 1, m_lunarLeap->isChecked()}));
        }
        showCalendar();
    });
    connect(m_lunarYear, &QSpinBox::valueChanged, this, &ContactDialog::updateLunarNote);
    connect(m_lunarMonth, &QComboBox::currentIndexChanged, this, &ContactDialog::updateLunarNote);
    connect(m_lunarDay, &QComboBox::currentIndexChanged, this, &ContactDialog::updateLunarNote);
    connect(m_lunarLeap, &QCheckBox::toggled, this, &ContactDialog::updateLunarNote);
    showCalendar();
    m_primary->setChecked(m_contact.isPrimary);
    m_doNotContact->setChecked(m_contact.doNotContact);
    m_notes->setText(m_contact.notes);
    resize(480, sizeHint().height());
}

bool ContactDialog::isLunar() const
{
    return m_calendar->currentData().toBool();
}

void ContactDialog::showCalendar()
{
    m_form->setRowVisible(m_birthday, !isLunar());
    m_form->setRowVisible(m_lunar, isLunar());
    m_form->setRowVisible(m_lunarNote, isLunar());
    updateLunarNote();
}

QString ContactDialog::lunarNote() const
{
    return m_lunarNote->text();
}

void ContactDialog::updateLunarNote()
{
    if (!isLunar())
        return;
    const core::LunarDate lunar{m_lunarMonth->currentIndex() + 1, m_lunarDay->currentIndex() + 1,
                                m_lunarLeap->isChecked()};
    const int year = m_lunarYear->value() == m_lunarYear->minimum() ? 0 : m_lunarYear->value();
    QStringList parts;
    if (year > 0) {
        const QDate born = core::LunarCalendar::toGregorian(year, lunar);
        if (!born.isValid()) {
            m_lunarNote->setStyleSheet(QStringLiteral("color: #c0392b;"));
            m_lunarNote->setText(lunarProblem(lunar, year));
            return;
        }
        parts << tr("Born %1.").arg(DisplayDate::text(born));
    }
    // The next time it falls, by the rule for years without that leap month or 30th day.
    int thisYear = 0;
    core::LunarCalendar::fromGregorian(QDate::currentDate(), &thisYear);
    QDate next = core::LunarCalendar::occasionIn(thisYear, lunar);
    if (next.isValid() && next < QDate::currentDate())
        next = core::LunarCalendar::occasionIn(thisYear + 1, lunar);
    if (next.isValid())
        parts << tr("Next birthday: %1.").arg(DisplayDate::text(next));
    m_lunarNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_lunarNote->setText(parts.join(QLatin1Char(' ')));
}

QString ContactDialog::lunarProblem(const core::LunarDate& lunar, int year) const
{
    if (lunar.leap && core::LunarCalendar::monthLength(year, lunar.month, true) == 0) {
        const int leap = core::LunarCalendar::leapMonth(year);
        return leap > 0 ? tr("Lunar year %1 has no %2; its leap month is %3.")
                              .arg(year)
                              .arg(CareLabels::lunarMonth(lunar.month, true), CareLabels::lunarMonth(leap, true))
                        : tr("Lunar year %1 has no %2; it has no leap month.")
                              .arg(year)
                              .arg(CareLabels::lunarMonth(lunar.month, true));
    }
    return tr("%1 of lunar year %2 has only 29 days.").arg(CareLabels::lunarMonth(lunar.month, lunar.leap)).arg(year);
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
    if (isLunar()) {
        const core::LunarDate lunar{m_lunarMonth->currentIndex() + 1, m_lunarDay->currentIndex() + 1,
                                    m_lunarLeap->isChecked()};
        const int year = m_lunarYear->value() == m_lunarYear->minimum() ? 0 : m_lunarYear->value();
        const QDate born = year > 0 ? core::LunarCalendar::toGregorian(year, lunar) : QDate();
        if (year > 0 && !born.isValid()) {
            m_error->setText(lunarProblem(lunar, year));
            m_error->show();
            m_lunarDay->setFocus();
            return false;
        }
        contact.birthdayLunar = lunar;
        contact.birthday = born;
    } else {
        if (!m_birthday->isAcceptable()) {
            m_error->setText(tr("The birthday is not a date; type it as 1980-12-15 or leave it empty."));
            m_error->show();
            m_birthday->setFocus();
            return false;
        }
        contact.birthdayLunar = {};
        contact.birthday = m_birthday->date();
    }
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
