#include "GuiTestDatabase.h"

#include "gui/common/DateField.h"
#include "gui/customer/VisitPlanDialog.h"
#include "storage/repositories/VisitRepository.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace carddesk;

TEST(DateField, TakesTheShortFormsARepTypes)
{
    const QDate today(2026, 12, 6);
    using gui::DateField;
    EXPECT_EQ(DateField::parse(QStringLiteral("2026-12-05"), today), QDate(2026, 12, 5));
    EXPECT_EQ(DateField::parse(QStringLiteral(" 1980/12/15 "), today), QDate(1980, 12, 15));
    EXPECT_EQ(DateField::parse(QStringLiteral("19801215"), today), QDate(1980, 12, 15));
    EXPECT_EQ(DateField::parse(QStringLiteral("12/9"), today), QDate(2026, 12, 9));
    EXPECT_EQ(DateField::parse(QStringLiteral("1-5"), today), QDate(2026, 1, 5));
    EXPECT_EQ(DateField::parse(QStringLiteral("1209"), today), QDate(2026, 12, 9));
    EXPECT_EQ(DateField::parse(QStringLiteral("+7"), today), QDate(2026, 12, 13));
    EXPECT_EQ(DateField::parse(QStringLiteral("-1"), today), QDate(2026, 12, 5));
    EXPECT_EQ(DateField::parse(QStringLiteral("0"), today), today);
    for (const char* bad : {"", "2026-02-30", "13/1", "1332", "tomorrow", "7", "2026-12"})
        EXPECT_FALSE(DateField::parse(QString::fromLatin1(bad), today).isValid()) << bad;
}

TEST(DateField, AVisitIsPlannedWithATypedRelativeDateAndNotInThePast)
{
    GuiTestDatabase office;
    gui::VisitPlanDialog dialog(office.rep1(), office.huaLianId, QStringLiteral("上海华联商贸有限公司"));
    dialog.show();
    gui::DateField* date = dialog.dateEdit();
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("-1"));
    EXPECT_FALSE(dialog.submit());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("soon"));
    EXPECT_FALSE(dialog.submit());
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("+7"));
    ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();
    auto visits = storage::VisitRepository(office.rep1()).listForCustomer(office.huaLianId);
    ASSERT_TRUE(visits);
    ASSERT_EQ(visits->size(), 1u);
    EXPECT_EQ(visits->front().plannedDate, QDate::currentDate().addDays(7));
}
