#include "StorageFixture.h"

#include "services/DuplicateFinder.h"

#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRepository.h"

namespace carddesk::storage::test {
namespace {

using services::DuplicateFinder;

class DuplicateFinderTest : public StorageFixture
{
protected:
    core::Customer card(Session& session, const QString& name, const QString& phone = {}, const QString& email = {},
                        const QString& kind = QStringLiteral("company"))
    {
        core::Customer c;
        c.name = name;
        c.phone = phone;
        c.email = email;
        c.kind = kind;
        return must(CustomerRepository(session).create(c), "create a card");
    }

    static const DuplicateFinder::Pair* pairOf(const DuplicateFinder::Result& result, qint64 a, qint64 b)
    {
        for (const auto& p : result.pairs) {
            if ((p.first.id == a && p.second.id == b) || (p.first.id == b && p.second.id == a))
                return &p;
        }
        return nullptr;
    }
};

TEST_F(DuplicateFinderTest, TheIssuesSecondChengyuanIsFoundWithItsReasons)
{
    const auto first = card(*m_rep1aSession, QStringLiteral("杭州诚远食品有限公司"), QStringLiteral("0571-8888 8888"));
    const auto second = card(*m_rep1aSession, QStringLiteral("杭州诚远食品有限公司"));
    const auto third = card(*m_rep1bSession, QStringLiteral("杭州 诚远食品 股份有限公司"));
    const auto homophone = card(*m_rep1aSession, QStringLiteral("杭州成远食品有限公司"));
    const auto other = card(*m_rep1aSession, QStringLiteral("宁波海天贸易有限公司"), QStringLiteral("0574-2345 6789"));
    // The same switchboard through a contact of another card, written another way and with an extension.
    const auto byPhone = card(*m_rep1aSession, QStringLiteral("宁波海天商贸"));
    core::Contact contact;
    contact.customerId = byPhone.id;
    contact.name = QStringLiteral("王伟");
    contact.phone = QStringLiteral("+86 574 23456789 转 801");
    contact.email = QStringLiteral("Wang@HaiTian.cn");
    ASSERT_TRUE(ContactRepository(*m_rep1aSession).create(contact));
    const auto byMail = card(*m_rep1aSession, QStringLiteral("海天物流"), {}, QStringLiteral("wang@haitian.cn"));

    auto found = DuplicateFinder::find(*m_adminSession);
    ASSERT_TRUE(found) << found.error().toString().toStdString();
    const auto* same = pairOf(*found, first.id, second.id);
    ASSERT_NE(same, nullptr);
    EXPECT_EQ(same->reasons, unsigned(DuplicateFinder::SameName));
    EXPECT_EQ(same->first.id, first.id); // the older card first
    EXPECT_EQ(same->first.name, QStringLiteral("杭州诚远食品有限公司"));
    ASSERT_NE(pairOf(*found, first.id, third.id), nullptr);
    const auto* sound = pairOf(*found, first.id, homophone.id);
    ASSERT_NE(sound, nullptr);
    EXPECT_EQ(sound->reasons, unsigned(DuplicateFinder::SimilarPinyin));
    const auto* phone = pairOf(*found, other.id, byPhone.id);
    ASSERT_NE(phone, nullptr);
    EXPECT_EQ(phone->reasons, unsigned(DuplicateFinder::SamePhone));
    const auto* mail = pairOf(*found, byPhone.id, byMail.id);
    ASSERT_NE(mail, nullptr);
    EXPECT_EQ(mail->reasons, unsigned(DuplicateFinder::SameEmail));
    EXPECT_EQ(pairOf(*found, first.id, other.id), nullptr);
    EXPECT_EQ(found->cardsRead, 7);
    // 3 of one name (3 pairs), the homophone with each of them (3), phone, e-mail.
    EXPECT_EQ(found->totalPairs, 8);

    // A rep sees pairs among their own cards only.
    auto mine = DuplicateFinder::find(*m_rep1aSession);
    ASSERT_TRUE(mine);
    EXPECT_NE(pairOf(*mine, first.id, second.id), nullptr);
    EXPECT_EQ(pairOf(*mine, first.id, third.id), nullptr);
    EXPECT_EQ(mine->cardsRead, 6);
}

TEST_F(DuplicateFinderTest, TwoPersonsOfOneNameAreNoPairButOneMobileIs)
{
    const auto a =
        card(*m_rep1aSession, QStringLiteral("王伟"), QStringLiteral("13812345678"), {}, QStringLiteral("person"));
    const auto b =
        card(*m_rep1aSession, QStringLiteral("王伟"), QStringLiteral("13900001111"), {}, QStringLiteral("person"));
    const auto c = card(*m_rep1aSession, QStringLiteral("王 伟"), QStringLiteral("+86 138 1234 5678"), {},
                        QStringLiteral("person"));
    auto found = DuplicateFinder::find(*m_adminSession);
    ASSERT_TRUE(found);
    EXPECT_EQ(pairOf(*found, a.id, b.id), nullptr);
    const auto* same = pairOf(*found, a.id, c.id);
    ASSERT_NE(same, nullptr);
    EXPECT_EQ(same->reasons, unsigned(DuplicateFinder::SamePhone));
}

TEST_F(DuplicateFinderTest, AKeySharedByManyCardsIsCountedNotPaired)
{
    for (int i = 0; i <= DuplicateFinder::kMaxGroup; ++i)
        card(*m_rep1aSession, QStringLiteral("分店%1").arg(i), QStringLiteral("400-810-8888"));
    auto found = DuplicateFinder::find(*m_adminSession);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->totalPairs, 0);
    EXPECT_EQ(found->skippedGroups, 1);
}

TEST_F(DuplicateFinderTest, ANewCardLikeAnExistingOneIsReportedBeforeItIsSaved)
{
    const auto existing =
        card(*m_rep1aSession, QStringLiteral("杭州诚远食品有限公司"), QStringLiteral("0571-88886666"));
    card(*m_rep1aSession, QStringLiteral("杭州远大机械有限公司"), QStringLiteral("0571-88887777"));
    core::Customer typed;
    typed.name = QStringLiteral("杭州诚远食品股份有限公司");
    auto similar = DuplicateFinder::similarTo(*m_rep1aSession, typed);
    ASSERT_TRUE(similar);
    ASSERT_EQ(similar->size(), 1u);
    EXPECT_EQ(similar->front().second.id, existing.id);
    EXPECT_EQ(similar->front().reasons, unsigned(DuplicateFinder::SameName));

    core::Customer byPhone;
    byPhone.name = QStringLiteral("诚远");
    byPhone.phone = QStringLiteral("(0571) 8888 6666");
    similar = DuplicateFinder::similarTo(*m_rep1aSession, byPhone);
    ASSERT_TRUE(similar);
    ASSERT_EQ(similar->size(), 1u);
    EXPECT_EQ(similar->front().reasons, unsigned(DuplicateFinder::SamePhone));

    // The card itself is no duplicate of itself; another rep's card is not shown to a rep.
    EXPECT_TRUE(DuplicateFinder::similarTo(*m_rep1aSession, existing)->empty());
    EXPECT_TRUE(DuplicateFinder::similarTo(*m_rep2Session, typed)->empty());
}

TEST(DuplicateFinderCloseSyllables, OneNearSyllableApartInNamesOfThreeOrMore)
{
    const auto syl = [](const char* names) { return QString::fromUtf8(names).split(QLatin1Char(' ')); };
    const QStringList chengyuan = syl("hang zhou cheng yuan shi pin");
    // Found: one syllable a letter apart (a typo, a fuzzy-pinyin pair).
    EXPECT_TRUE(DuplicateFinder::closeSyllables(chengyuan, syl("hang zhou chen yuan shi pin")));  // eng / en
    EXPECT_TRUE(DuplicateFinder::closeSyllables(chengyuan, syl("hang zhou ceng yuan shi pin")));  // ch / c
    EXPECT_TRUE(DuplicateFinder::closeSyllables(chengyuan, syl("hang zhou cheng yun shi pin")));  // a letter less
    EXPECT_TRUE(DuplicateFinder::closeSyllables(syl("nan fang mao yi"), syl("lan fang mao yi"))); // n / l
    EXPECT_TRUE(DuplicateFinder::closeSyllables(syl("hua lian da"), syl("hua lian ta")));         // three syllables
    // Not found: two syllables; the same pinyin (that is the "pinyin" reason); two syllables differ; a syllable
    // far from the other; one missing; a number that differs.
    EXPECT_FALSE(DuplicateFinder::closeSyllables(syl("cheng yuan"), syl("chen yuan")));
    EXPECT_FALSE(DuplicateFinder::closeSyllables(chengyuan, chengyuan));
    EXPECT_FALSE(DuplicateFinder::closeSyllables(chengyuan, syl("hang zhou chen yun shi pin")));
    EXPECT_FALSE(DuplicateFinder::closeSyllables(chengyuan, syl("su zhou cheng yuan shi pin")));
    EXPECT_FALSE(DuplicateFinder::closeSyllables(chengyuan, syl("hang zhou yuan shi pin")));
    EXPECT_FALSE(DuplicateFinder::closeSyllables(syl("hang zhou 3 hao dian"), syl("hang zhou 4 hao dian")));
}

TEST_F(DuplicateFinderTest, ANameOneSyllableCloseIsAPairWithItsOwnReason)
{
    const auto chengyuan = card(*m_rep1aSession, QStringLiteral("杭州诚远食品有限公司"));
    const auto chenyuan = card(*m_rep1aSession, QStringLiteral("杭州陈远食品有限公司")); // cheng / chen
    const auto zhenyuan =
        card(*m_rep1aSession, QStringLiteral("杭州真远食品股份有限公司"));             // zhen: 2 letters off cheng
    const auto suzhou = card(*m_rep1aSession, QStringLiteral("苏州诚远食品有限公司")); // hang / su: far
    const auto twoA = card(*m_rep1aSession, QStringLiteral("诚远有限公司"));           // two syllables
    const auto twoB = card(*m_rep1aSession, QStringLiteral("陈远有限公司"));
    const auto shop3 = card(*m_rep1aSession, QStringLiteral("杭州百货3号店"));
    const auto shop4 = card(*m_rep1aSession, QStringLiteral("杭州百货4号店"));
    const auto personA = card(*m_rep1aSession, QStringLiteral("张晓明"), {}, {}, QStringLiteral("person"));
    const auto personB = card(*m_rep1aSession, QStringLiteral("张晓敏"), {}, {}, QStringLiteral("person"));

    auto found = DuplicateFinder::find(*m_adminSession);
    ASSERT_TRUE(found) << found.error().toString().toStdString();
    const auto* close = pairOf(*found, chengyuan.id, chenyuan.id);
    ASSERT_NE(close, nullptr);
    EXPECT_EQ(close->reasons, unsigned(DuplicateFinder::ClosePinyin));
    EXPECT_EQ(DuplicateFinder::reasonCodes(close->reasons), QStringList{QStringLiteral("close-pinyin")});
    // zhen is one letter from chen (its pair), two from cheng.
    const auto* zhen = pairOf(*found, chenyuan.id, zhenyuan.id);
    ASSERT_NE(zhen, nullptr);
    EXPECT_EQ(zhen->reasons, unsigned(DuplicateFinder::ClosePinyin));
    EXPECT_EQ(pairOf(*found, chengyuan.id, zhenyuan.id), nullptr);
    EXPECT_EQ(pairOf(*found, chengyuan.id, suzhou.id), nullptr);
    EXPECT_EQ(pairOf(*found, twoA.id, twoB.id), nullptr);
    EXPECT_EQ(pairOf(*found, shop3.id, shop4.id), nullptr);
    EXPECT_EQ(pairOf(*found, personA.id, personB.id), nullptr);
    EXPECT_EQ(found->totalPairs, 2);
    EXPECT_EQ(found->skippedGroups, 0);

    // The same pinyin (成远 / 诚远) stays "pinyin", not also "close".
    const auto homophone = card(*m_rep1aSession, QStringLiteral("杭州成远食品有限公司"));
    found = DuplicateFinder::find(*m_adminSession);
    ASSERT_TRUE(found);
    const auto* same = pairOf(*found, chengyuan.id, homophone.id);
    ASSERT_NE(same, nullptr);
    EXPECT_EQ(same->reasons, unsigned(DuplicateFinder::SimilarPinyin));
    // 成远 and 陈远 are close too; a close pair comes after the stronger ones.
    ASSERT_NE(pairOf(*found, chenyuan.id, homophone.id), nullptr);
    EXPECT_EQ(found->pairs.front().reasons, unsigned(DuplicateFinder::SimilarPinyin));
}

} // namespace
} // namespace carddesk::storage::test
