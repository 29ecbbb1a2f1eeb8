#include "GuiTestDatabase.h"

#include "gui/common/DateField.h"
#include "gui/customer/ContactDialog.h"
#include "storage/repositories/ContactRepository.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace carddesk;

namespace {

core::Contact firstContact(storage::Session& session, qint64 customerId)
{
    storage::ContactRepository contacts(session);
    auto list = contacts.listForCustomer(customerId);
    EXPECT_TRUE(list.ok() && !list->empty());
    return list.ok() && !list->empty() ? list->front() : core::Contact{};
}

// The field the form labels "Birthday:", found as a user would: by its label.
QWidget* fieldLabelled(QWidget& dialog, const QString& label)
{
    for (QLabel* l : dialog.findChildren<QLabel*>())
        if (l->text() == label)
            return l->buddy();
    return nullptr;
}

void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
}

} // namespace

TEST(ContactBirthday, TypedDatesAndEmptyAreStored)
{
    GuiTestDatabase office;
    const core::Contact contact = firstContact(office.rep1(), office.huaLianId);
    ASSERT_FALSE(contact.birthday.isValid());

    for (const auto& [typed, expected] : {std::pair{QStringLiteral("1980-12-15"), QDate(1980, 12, 15)},
                                          {QStringLiteral("2026-12-05"), QDate(2026, 12, 5)},
                                          {QString(), QDate()}}) {
        gui::ContactDialog dialog(office.rep1(), firstContact(office.rep1(), office.huaLianId));
        dialog.show();
        QWidget* field = fieldLabelled(dialog, QStringLiteral("Birthday:"));
        ASSERT_NE(field, nullptr);
        typeInto(field, typed);
        ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();
        EXPECT_EQ(firstContact(office.rep1(), office.huaLianId).birthday, expected) << typed.toStdString();
    }
}

TEST(ContactBirthday, ATypoIsRefusedWithAMessage)
{
    GuiTestDatabase office;
    gui::ContactDialog dialog(office.rep1(), firstContact(office.rep1(), office.huaLianId));
    dialog.show();
    QWidget* field = fieldLabelled(dialog, QStringLiteral("Birthday:"));
    ASSERT_NE(field, nullptr);
    typeInto(field, QStringLiteral("1980-13-45"));
    EXPECT_FALSE(dialog.submit());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_FALSE(firstContact(office.rep1(), office.huaLianId).birthday.isValid());
}

TEST(ContactBirthday, CalendarOpensNearTheDateNotIn1900)
{
    GuiTestDatabase office;
    gui::ContactDialog dialog(office.rep1(), firstContact(office.rep1(), office.huaLianId));
    dialog.show();
    auto* field = qobject_cast<gui::DateField*>(fieldLabelled(dialog, QStringLiteral("Birthday:")));
    ASSERT_NE(field, nullptr);
    // No birthday yet: the calendar opens on a page of recent decades, not January 1900.
    field->openCalendar();
    EXPECT_GT(field->calendar()->yearShown(), 1940);
    EXPECT_LT(field->calendar()->yearShown(), QDate::currentDate().year());
    field->calendar()->close();

    typeInto(field, QStringLiteral("1980-12-15"));
    field->openCalendar();
    EXPECT_EQ(field->calendar()->yearShown(), 1980);
    EXPECT_EQ(field->calendar()->monthShown(), 12);
    EXPECT_EQ(field->calendar()->selectedDate(), QDate(1980, 12, 15));
    // Picking a day in the calendar writes it into the field.
    field->calendar()->setSelectedDate(QDate(1980, 12, 20));
    emit field->calendar()->clicked(QDate(1980, 12, 20));
    EXPECT_EQ(field->date(), QDate(1980, 12, 20));
    EXPECT_EQ(field->text(), QStringLiteral("1980-12-20"));
}

TEST(ContactBirthday, ALunarBirthdayIsTypedStoredAndAMissingDayIsNamed)
{
    GuiTestDatabase office;
    gui::ContactDialog dialog(office.rep1(), firstContact(office.rep1(), office.huaLianId));
    dialog.show();
    // Keyboard only: the calendar choice, then the year typed, month and day by arrow keys.
    dialog.calendarCombo()->setFocus();
    QTest::keyClick(dialog.calendarCombo(), Qt::Key_Down);
    ASSERT_TRUE(dialog.calendarCombo()->currentData().toBool());
    EXPECT_TRUE(dialog.lunarMonthCombo()->isVisible());
    EXPECT_FALSE(dialog.birthdayField()->isVisible());
    typeInto(dialog.lunarYearBox(), QStringLiteral("1990"));
    dialog.lunarMonthCombo()->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(dialog.lunarMonthCombo(), Qt::Key_Down); // 四月
    dialog.lunarDayCombo()->setFocus();
    for (int i = 0; i < 14; ++i)
        QTest::keyClick(dialog.lunarDayCombo(), Qt::Key_Down); // 十五
    EXPECT_TRUE(dialog.lunarNote().contains(QStringLiteral("1990-05-09"))) << dialog.lunarNote().toStdString();
    ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();
    const core::Contact stored = firstContact(office.rep1(), office.huaLianId);
    EXPECT_EQ(stored.birthdayLunar, (core::LunarDate{4, 15, false}));
    EXPECT_EQ(stored.birthday, QDate(1990, 5, 9));

    // Opened again, it shows lunar; a leap sixth month in 2026 (which has none) and 腊月三十 of 2026 (29 days) are
    // refused with what is wrong, and nothing is stored.
    gui::ContactDialog again(office.rep1(), stored);
    again.show();
    EXPECT_TRUE(again.calendarCombo()->currentData().toBool());
    EXPECT_EQ(again.lunarYearBox()->value(), 1990);
    again.lunarYearBox()->setValue(2026);
    again.lunarMonthCombo()->setCurrentIndex(5);
    again.lunarLeapBox()->setChecked(true);
    EXPECT_FALSE(again.submit());
    EXPECT_EQ(again.errorText(), QStringLiteral("Lunar year 2026 has no leap 6th month; it has no leap month."));
    again.lunarLeapBox()->setChecked(false);
    again.lunarMonthCombo()->setCurrentIndex(11);
    again.lunarDayCombo()->setCurrentIndex(29);
    EXPECT_FALSE(again.submit());
    EXPECT_EQ(again.errorText(), QStringLiteral("12th month of lunar year 2026 has only 29 days."));
    // Without a year the day is kept; the documented rule moves it in short years.
    again.lunarYearBox()->setValue(again.lunarYearBox()->minimum());
    ASSERT_TRUE(again.submit()) << again.errorText().toStdString();
    const core::Contact noYear = firstContact(office.rep1(), office.huaLianId);
    EXPECT_EQ(noYear.birthdayLunar, (core::LunarDate{12, 30, false}));
    EXPECT_FALSE(noYear.birthday.isValid());

    // Back to Gregorian: the lunar birthday is cleared.
    gui::ContactDialog gregorian(office.rep1(), noYear);
    gregorian.show();
    gregorian.calendarCombo()->setCurrentIndex(0);
    typeInto(gregorian.birthdayField(), QStringLiteral("1980-12-15"));
    ASSERT_TRUE(gregorian.submit());
    EXPECT_FALSE(firstContact(office.rep1(), office.huaLianId).birthdayLunar.isSet());
}
