// Searches of one or two characters are index ranges on the pinyin (no trigram index can serve them), merged per
// rep for a manager. What they match, and that the access scope and the list's order survive the merge.
#include "StorageFixture.h"

#include "storage/repositories/CustomerRepository.h"

namespace carddesk::storage::test {
namespace {

class CustomerShortSearchTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        // Pinyin order: shanghaihualian… < shangpinjiaju < sihuakeji; 思华科技 has the initials "shkj".
        createCustomer(*m_rep1aSession, QStringLiteral("上海华联商贸有限公司"));
        createCustomer(*m_rep1aSession, QStringLiteral("北京东方贸易公司"));
        createCustomer(*m_rep1aSession, QStringLiteral("思华科技"));
        createCustomer(*m_rep1aSession, QStringLiteral("尚品家居"));
        createCustomer(*m_rep1aSession, QStringLiteral("Acme Trading"));
        createCustomer(*m_rep1bSession, QStringLiteral("上海浦东发展公司"));
        createCustomer(*m_rep2Session, QStringLiteral("深圳南山电子"));
        // Unassigned, in area 1: manager1 sees it, no rep does.
        core::Customer unassigned;
        unassigned.name = QStringLiteral("上海闵行物流");
        must(CustomerRepository(*m_manager1Session).create(unassigned), "create an unassigned customer");
    }

    QStringList names(Session& session, const QString& search, int limit = 200, int offset = 0, bool ascending = true)
    {
        CustomerListQueries repo(session);
        CustomerQuery query;
        query.search = search;
        query.limit = limit;
        query.offset = offset;
        query.ascending = ascending;
        auto rows = repo.list(query);
        if (!rows) {
            ADD_FAILURE() << rows.error().toString().toStdString();
            return {};
        }
        QStringList out;
        for (const CustomerListRow& row : *rows)
            out << row.name;
        return out;
    }

    qint64 count(Session& session, const QString& search, qint64 limit = 0)
    {
        CustomerQuery query;
        query.search = search;
        auto counted = CustomerListQueries(session).count(query, limit);
        EXPECT_TRUE(counted);
        return counted ? *counted : -1;
    }
};

TEST_F(CustomerShortSearchTest, LettersMatchTheStartOfThePinyinAndTwoAlsoTheInitials)
{
    const QString huaLian = QStringLiteral("上海华联商贸有限公司");
    const QString shangPin = QStringLiteral("尚品家居");
    const QString siHua = QStringLiteral("思华科技");
    // One letter: the pinyin starts with it (the first initial is the same letter), in either case.
    for (const char* text : {"s", "S"})
        EXPECT_EQ(names(*m_rep1aSession, QString::fromLatin1(text)), (QStringList{huaLian, shangPin, siHua})) << text;
    // Two letters: the pinyin or the initials start with them (思华 is "sihua", initials "sh").
    EXPECT_EQ(names(*m_rep1aSession, QStringLiteral("sh")), (QStringList{huaLian, shangPin, siHua}));
    EXPECT_EQ(names(*m_rep1aSession, QStringLiteral("sh"), 200, 0, false), (QStringList{siHua, shangPin, huaLian}));
    EXPECT_EQ(names(*m_rep1aSession, QStringLiteral("si")), QStringList{siHua});
    EXPECT_EQ(names(*m_rep1aSession, QStringLiteral("bj")), QStringList{QStringLiteral("北京东方贸易公司")});
    EXPECT_EQ(names(*m_rep1aSession, QStringLiteral("be")), QStringList{QStringLiteral("北京东方贸易公司")});
    EXPECT_TRUE(names(*m_rep1aSession, QStringLiteral("bd")).isEmpty());
    // A Latin name is its own pinyin.
    EXPECT_EQ(names(*m_rep1aSession, QStringLiteral("AC")), QStringList{QStringLiteral("Acme Trading")});
    // Not a substring: "ua" is inside "shanghaihualian" and "sihua".
    EXPECT_TRUE(names(*m_rep1aSession, QStringLiteral("ua")).isEmpty());
    // From three characters on, the trigram index: full pinyin, initials and 汉字 anywhere.
    for (const char* text : {"shanghai", "shhl", "上海", "上海华"})
        EXPECT_EQ(names(*m_rep1aSession, QString::fromUtf8(text)), QStringList{huaLian}) << text;
}

TEST_F(CustomerShortSearchTest, HanziMatchTheStartOfTheNameNotItsHomophones)
{
    // 尚 is "shang" like 上: within the pinyin range, only names that start with 上 itself.
    EXPECT_EQ(names(*m_rep1aSession, QStringLiteral("上")), QStringList{QStringLiteral("上海华联商贸有限公司")});
    EXPECT_EQ(names(*m_rep1aSession, QStringLiteral("尚")), QStringList{QStringLiteral("尚品家居")});
    // Two 汉字: also anywhere in the name (and the contacts, in the search text).
    EXPECT_EQ(names(*m_rep1aSession, QStringLiteral("华联")), QStringList{QStringLiteral("上海华联商贸有限公司")});
    EXPECT_EQ(names(*m_rep1aSession, QStringLiteral("上海")), QStringList{QStringLiteral("上海华联商贸有限公司")});
    EXPECT_TRUE(names(*m_rep1aSession, QStringLiteral("华")).isEmpty());
}

TEST_F(CustomerShortSearchTest, EachUserFindsOnlyTheirScope)
{
    EXPECT_EQ(names(*m_rep1bSession, QStringLiteral("sh")), QStringList{QStringLiteral("上海浦东发展公司")});
    EXPECT_EQ(names(*m_rep2Session, QStringLiteral("sh")), QStringList{QStringLiteral("深圳南山电子")});
    EXPECT_EQ(names(*m_manager2Session, QStringLiteral("s")), QStringList{QStringLiteral("深圳南山电子")});
    // manager1: both reps of area 1 and the area's unassigned customer, merged in pinyin order:
    // shanghaihualian < shanghaiminhang < shanghaipudong < shangpin < sihua.
    const QStringList area1{QStringLiteral("上海华联商贸有限公司"), QStringLiteral("上海闵行物流"),
                            QStringLiteral("上海浦东发展公司"), QStringLiteral("尚品家居"), QStringLiteral("思华科技")};
    EXPECT_EQ(names(*m_manager1Session, QStringLiteral("sh")), area1);
    EXPECT_EQ(names(*m_manager1Session, QStringLiteral("上")), area1.mid(0, 3));
    EXPECT_EQ(count(*m_manager1Session, QStringLiteral("sh")), 5);
    EXPECT_EQ(names(*m_adminSession, QStringLiteral("sh")).size(), 6); // and 深圳南山电子
    // Page by page, the merge gives the same order.
    QStringList paged;
    for (int offset = 0; offset < 6; ++offset)
        paged += names(*m_manager1Session, QStringLiteral("sh"), 1, offset);
    EXPECT_EQ(paged, area1);
    QStringList twoByTwo = names(*m_manager1Session, QStringLiteral("sh"), 2, 2);
    EXPECT_EQ(twoByTwo, area1.mid(2, 2));
}

TEST_F(CustomerShortSearchTest, ACountWithALimitStopsThere)
{
    EXPECT_EQ(count(*m_manager1Session, QString()), 7); // area 1: rep1a 5, rep1b 1 and the unassigned one
    EXPECT_EQ(count(*m_manager1Session, QString(), 3), 3);
    EXPECT_EQ(count(*m_manager1Session, QStringLiteral("sh"), 100), 5);
    EXPECT_EQ(count(*m_adminSession, QString(), 8), 8);
    EXPECT_EQ(count(*m_adminSession, QString(), 100), 8);
    EXPECT_EQ(count(*m_rep2Session, QString(), 1), 1);
}

} // namespace
} // namespace carddesk::storage::test
