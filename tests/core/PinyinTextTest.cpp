#include "core/PinyinText.h"

#include <gtest/gtest.h>

using carddesk::core::pinyinKeys;
using carddesk::core::pinyinSyllables;

TEST(PinyinText, SyllablesAreOnePerHanCharacterAndOnePerLatinOrDigitRun)
{
    EXPECT_EQ(pinyinSyllables(QStringLiteral("杭州诚远食品")),
              QStringList({"hang", "zhou", "cheng", "yuan", "shi", "pin"}));
    EXPECT_EQ(pinyinSyllables(QStringLiteral("杭州ABC食品3号店")),
              QStringList({"hang", "zhou", "abc", "shi", "pin", "3", "hao", "dian"}));
    EXPECT_EQ(pinyinSyllables(QStringLiteral("绿 色")), QStringList({"lu", "se"}));
    EXPECT_TRUE(pinyinSyllables(QString()).isEmpty());
    // Joined they are the full pinyin key.
    for (const QString& name : {QStringLiteral("杭州ABC食品3号店"), QStringLiteral("上海华联商贸")})
        EXPECT_EQ(pinyinSyllables(name).join(QString()), pinyinKeys(name).full) << name.toStdString();
}
