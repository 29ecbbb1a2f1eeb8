#include "GuiTestDatabase.h"

#include "gui/common/DateField.h"
#include "gui/customer/ContactDialog.h"
#include "storage/repositories/ContactRepository.h"

#include <QCalendarWidget>
#include <QLabel>
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
