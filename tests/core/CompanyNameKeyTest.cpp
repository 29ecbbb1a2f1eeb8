#include "core/CompanyNameKey.h"

#include <gtest/gtest.h>

using carddesk::core::CompanyNameKey;

TEST(CompanyNameKey, LegalFormsWidthAndSpacesDoNotMatter)
{
    const QString key = CompanyNameKey::of(QStringLiteral("杭州诚远食品有限公司"));
    EXPECT_EQ(key, QStringLiteral("杭州诚远食品"));
    EXPECT_EQ(CompanyNameKey::of(QStringLiteral("杭州 诚远食品 股份有限公司")), key);
    EXPECT_EQ(CompanyNameKey::of(QStringLiteral("杭州诚远食品有限责任公司")), key);
    EXPECT_EQ(CompanyNameKey::of(QStringLiteral("杭州诚远食品（集团）公司")), key);
    EXPECT_EQ(CompanyNameKey::of(QStringLiteral("ＡＢＣ Trading Co., Ltd.")), QStringLiteral("abctrading"));
    EXPECT_EQ(CompanyNameKey::of(QStringLiteral("abc trading company limited")), QStringLiteral("abctrading"));
    EXPECT_NE(CompanyNameKey::of(QStringLiteral("杭州成远食品有限公司")), key);
}

TEST(CompanyNameKey, KeepsLatinWordsThatOnlyLookLikeForms)
{
    EXPECT_EQ(CompanyNameKey::of(QStringLiteral("Coco")), QStringLiteral("coco"));
    EXPECT_EQ(CompanyNameKey::of(QStringLiteral("公司")), QStringLiteral("公司"));
}
