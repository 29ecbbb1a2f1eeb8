#include "gui/shell/Translations.h"

#include "gui/common/FieldLabels.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace carddesk;

// Qt's own strings (standard buttons) come from Debian's qt6-translations-l10n (qtbase_zh_CN.qm), loaded next
// to CardDesk's: in a Chinese session Cancel and OK are Chinese too.
TEST(Translations, StandardButtonsAreChineseInAChineseSession)
{
    ASSERT_TRUE(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm")))
        << "qt6-translations-l10n is not installed";
    ASSERT_EQ(gui::Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
        EXPECT_EQ(buttons.button(QDialogButtonBox::Ok)->text().remove(QLatin1Char('&')), QStringLiteral("确定"));
        EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("取消"));
        EXPECT_EQ(buttons.button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')), QStringLiteral("保存"));
    }
    ASSERT_EQ(gui::Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QDialogButtonBox english(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(english.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Cancel"));
}

// The change history names a payment record 收款 (money received); it read 付款方式 ("payment method", the
// card's preferred-payment field) until 2026-12-06.
TEST(Translations, ChangeHistoryNamesAPaymentRecordAsMoneyReceived)
{
    ASSERT_EQ(gui::Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(gui::FieldLabels::field(QStringLiteral("payments"), QStringLiteral("amount")),
              QStringLiteral("收款：金额"));
    EXPECT_EQ(gui::FieldLabels::customer(core::CustomerField::PreferredPayment), QStringLiteral("偏好的付款方式"));
    ASSERT_EQ(gui::Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(gui::FieldLabels::field(QStringLiteral("payments"), QStringLiteral("amount")),
              QStringLiteral("Payment: Amount"));
}
