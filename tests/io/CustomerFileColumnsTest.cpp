#include "io/CustomerFileColumns.h"

#include <gtest/gtest.h>

#include <QSet>

using carddesk::core::CustomerField;
using carddesk::io::CustomerFileColumn;
using carddesk::io::CustomerFileColumns;

TEST(CustomerFileColumnsTest, EveryColumnIsFoundByItsOwnHeadersInBothLanguages)
{
    QSet<QString> seen;
    for (const CustomerFileColumn& column : CustomerFileColumns::all()) {
        EXPECT_EQ(CustomerFileColumns::findByHeader(column.englishHeader()), &column) << column.key;
        EXPECT_EQ(CustomerFileColumns::findByHeader(column.chineseHeader()), &column) << column.key;
        EXPECT_FALSE(seen.contains(column.chineseHeader())) << "two columns share " << column.chinese;
        seen.insert(column.chineseHeader());
    }
}

TEST(CustomerFileColumnsTest, HeadersAreMatchedLooselyButNotWrongly)
{
    const CustomerFileColumn* name = CustomerFileColumns::findByHeader(u"  客户名称： ");
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->field, CustomerField::Name);
    EXPECT_EQ(CustomerFileColumns::findByHeader(u"ＮＡＭＥ"), name);
    EXPECT_EQ(CustomerFileColumns::findByHeader(u"Customer Name"), name);
    // The customer's own phone wins over any alias; the mobile alias goes to the contact.
    EXPECT_EQ(CustomerFileColumns::findByHeader(u"电话")->field, CustomerField::Phone);
    EXPECT_EQ(CustomerFileColumns::findByHeader(u"手机")->source, CustomerFileColumn::Source::ContactMobile);
    EXPECT_EQ(CustomerFileColumns::findByHeader(u"业务员")->source, CustomerFileColumn::Source::OwnerUsername);
    EXPECT_EQ(CustomerFileColumns::findByHeader(u"销售额"), nullptr);
    EXPECT_EQ(CustomerFileColumns::findByHeader(u"  "), nullptr);
}

TEST(CustomerFileColumnsTest, EnumeratedValuesRoundTripThroughBothLanguages)
{
    const CustomerFileColumn& kind = *CustomerFileColumns::findByHeader(u"kind");
    EXPECT_EQ(CustomerFileColumns::textForValue(kind, QStringLiteral("person"), true), QStringLiteral("个人"));
    EXPECT_EQ(CustomerFileColumns::textForValue(kind, QStringLiteral("person"), false), QStringLiteral("person"));
    EXPECT_EQ(CustomerFileColumns::valueFromText(kind, u"个人"), QStringLiteral("person"));
    EXPECT_EQ(CustomerFileColumns::valueFromText(kind, u"Person"), QStringLiteral("person"));
    EXPECT_EQ(CustomerFileColumns::valueFromText(kind, u""), QString());
    EXPECT_EQ(CustomerFileColumns::valueFromText(kind, u"机构"), std::nullopt);

    const CustomerFileColumn& key = *CustomerFileColumns::findByHeader(u"is_key");
    EXPECT_EQ(CustomerFileColumns::textForValue(key, QStringLiteral("1"), true), QStringLiteral("是"));
    EXPECT_EQ(CustomerFileColumns::textForValue(key, QStringLiteral("0"), false), QStringLiteral("no"));
    EXPECT_EQ(CustomerFileColumns::valueFromText(key, u"是"), QStringLiteral("1"));
    EXPECT_EQ(CustomerFileColumns::valueFromText(key, u"No"), QStringLiteral("0"));
    EXPECT_EQ(CustomerFileColumns::valueFromText(key, u""), QStringLiteral("0"));
    EXPECT_EQ(CustomerFileColumns::valueFromText(key, u"maybe"), std::nullopt);

    const CustomerFileColumn& notes = *CustomerFileColumns::findByHeader(u"notes");
    EXPECT_FALSE(CustomerFileColumns::isEnumerated(notes));
    EXPECT_EQ(CustomerFileColumns::valueFromText(notes, u"=1+1"), QStringLiteral("=1+1"));
}
