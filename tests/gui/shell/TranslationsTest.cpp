#include "gui/shell/Translations.h"

#include "gui/common/FieldLabels.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QPushButton>
#include <QXmlStreamReader>

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

// English counts read "1 user." and "2 users.", not "2 user(s).": every message with a count (numerus in the zh_CN
// file, which lupdate keeps complete) has its two English forms in carddesk_en.ts.
TEST(Translations, EnglishCountsHaveTheirSingularAndPluralForms)
{
    ASSERT_EQ(gui::Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("carddesk::gui::UsersWidget", "%n user(s).", nullptr, 1),
              QStringLiteral("1 user."));
    EXPECT_EQ(QCoreApplication::translate("carddesk::gui::UsersWidget", "%n user(s).", nullptr, 2),
              QStringLiteral("2 users."));
    EXPECT_EQ(QCoreApplication::translate("carddesk::gui::UsersWidget", "Inactive: %n customer(s) need a handover",
                                          nullptr, 1),
              QStringLiteral("Inactive: 1 customer needs a handover"));
    QFile zh(QStringLiteral(CARDDESK_TRANSLATIONS_DIR "/carddesk_zh_CN.ts"));
    ASSERT_TRUE(zh.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&zh);
    QString context;
    int counted = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message") &&
                   xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")) {
            xml.readNextStartElement();
            const QString source = xml.readElementText();
            const QByteArray c = context.toUtf8();
            const QByteArray s = source.toUtf8();
            for (const int n : {1, 2}) {
                const QString text = QCoreApplication::translate(c.constData(), s.constData(), nullptr, n);
                EXPECT_FALSE(text.contains(QLatin1String("(s)")) && source.contains(QLatin1String("%n ")) &&
                             !text.contains(QLatin1String("sheet(s)")))
                    << context.toStdString() << ": " << text.toStdString();
            }
            ++counted;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(counted, 50);
    gui::Translations::uninstall();
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
