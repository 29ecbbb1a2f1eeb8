#include "core/PhoneNumber.h"
#include "core/CustomerValidator.h"

#include <gtest/gtest.h>

using carddesk::core::Contact;
using carddesk::core::Customer;
using carddesk::core::CustomerValidator;
using carddesk::core::PhoneNumber;

TEST(PhoneNumber, SevenDigitMobileFromTheIssueIsInvalid)
{
    EXPECT_FALSE(PhoneNumber::isValid(QStringLiteral("1381234")));
    EXPECT_TRUE(PhoneNumber::e164(QStringLiteral("1381234")).isEmpty());
    EXPECT_TRUE(PhoneNumber::matchKey(QStringLiteral("1381234")).isEmpty());
}

TEST(PhoneNumber, MobilesLandlinesExtensionsAndInternational)
{
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("13812345678")), QStringLiteral("+8613812345678"));
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("+86 138 0013 8000")), QStringLiteral("+8613800138000"));
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("0086-138-0013-8000")), QStringLiteral("+8613800138000"));
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("010-12345678")), QStringLiteral("+861012345678"));
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("0571-8888 8888")), QStringLiteral("+8657188888888"));
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("(0755)88886666")), QStringLiteral("+8675588886666"));
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("021-6234 5678 转 801")), QStringLiteral("+862162345678;ext=801"));
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("021-62345678 ext. 12")), QStringLiteral("+862162345678;ext=12"));
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("021-62345678 x12")), QStringLiteral("+862162345678;ext=12"));
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("+1 650 253 0000")), QStringLiteral("+16502530000"));
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("+44 20 7031 3000")), QStringLiteral("+442070313000"));
    // Full-width digits, as a Chinese input method types them.
    EXPECT_EQ(PhoneNumber::e164(QStringLiteral("１３８１２３４５６７８")), QStringLiteral("+8613812345678"));
}

TEST(PhoneNumber, RefusesWhatIsNotANumber)
{
    for (const char* bad :
         {"12345", "1381234", "138123456789", "021-1234567", "call me", "138-1234-567a", "+1 123", "95588", "0"})
        EXPECT_FALSE(PhoneNumber::isValid(QString::fromUtf8(bad))) << bad;
    EXPECT_TRUE(PhoneNumber::isValid(QString()));
    EXPECT_TRUE(PhoneNumber::isValid(QStringLiteral("  ")));
}

TEST(PhoneNumber, MatchKeyIgnoresFormatAndExtension)
{
    const QString key = PhoneNumber::matchKey(QStringLiteral("0571-8888 8888"));
    EXPECT_EQ(key, QStringLiteral("+8657188888888"));
    EXPECT_EQ(PhoneNumber::matchKey(QStringLiteral("+86 571 88888888 转 801")), key);
    EXPECT_EQ(PhoneNumber::matchKey(QStringLiteral("(0571) 8888-8888")), key);
    EXPECT_NE(PhoneNumber::matchKey(QStringLiteral("0571-8888 8889")), key);
    EXPECT_EQ(PhoneNumber::matchKey(QStringLiteral("+1 (650) 253-0000")), QStringLiteral("+16502530000"));
}

TEST(PhoneNumber, ValidatorNamesTheField)
{
    Customer customer;
    customer.name = QStringLiteral("杭州诚远食品有限公司");
    customer.phone = QStringLiteral("1381234");
    auto errors = CustomerValidator::validate(customer);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].field, QStringLiteral("phone"));
    customer.phone = QStringLiteral("0571-8888 8888 转 12");
    EXPECT_TRUE(CustomerValidator::validate(customer).empty());

    Contact contact;
    contact.name = QStringLiteral("王伟");
    contact.phone = QStringLiteral("0571-8888 8888");
    contact.mobile = QStringLiteral("1381234");
    errors = CustomerValidator::validate(contact);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].field, QStringLiteral("mobile"));
    contact.mobile = QStringLiteral("13812345678");
    EXPECT_TRUE(CustomerValidator::validate(contact).empty());
}
