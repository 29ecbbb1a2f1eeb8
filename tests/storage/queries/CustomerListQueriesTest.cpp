#include "StorageFixture.h"

#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/CustomerRepository.h"

#include "storage/repositories/ContactRepository.h"

#include <QStringList>

namespace carddesk::storage::test {
namespace {

// The customer list's search, sort, paging and filters (moved from CustomerRepositoryTest with the list itself).
class CustomerListQueriesTest : public StorageFixture
{
};

TEST_F(CustomerListQueriesTest, PinyinInitialsHanziAndTrigramSearchFindTheCard)
{
    const auto target = createCustomer(*m_rep1aSession, QStringLiteral("上海华联商贸有限公司"));
    createCustomer(*m_rep1aSession, QStringLiteral("北京东方贸易公司"));
    createCustomer(*m_rep1aSession, QStringLiteral("Acme Trading"));
    const QStringList expected{target.name};
    for (const char* text : {"shanghai", "SHANGHAI", "shhl", "上海", "华联商", "hualian", "sh", "C0000001"})
        EXPECT_EQ(searchNames(*m_rep1aSession, QString::fromUtf8(text)), expected) << text;

    EXPECT_EQ(searchNames(*m_rep1aSession, QStringLiteral("beijing")), QStringList{QStringLiteral("北京东方贸易公司")});
    EXPECT_EQ(searchNames(*m_rep1aSession, QStringLiteral("gongsi")).size(), 2);
    EXPECT_TRUE(searchNames(*m_rep1aSession, QStringLiteral("guangzhou")).isEmpty());
    // Search text is data, never FTS or GLOB syntax.
    for (const char* text : {"\"", "a\"b OR c", "*", "s*", "[a", "NEAR(a b)", "上海*", "-x"})
        EXPECT_TRUE(searchNames(*m_rep1aSession, QString::fromUtf8(text)).isEmpty()) << text;
    // Another rep's search does not reach the card.
    EXPECT_TRUE(searchNames(*m_rep1bSession, QStringLiteral("shanghai")).isEmpty());
}

TEST_F(CustomerListQueriesTest, SearchFindsTheCardByAContactsNameOrPhone)
{
    const auto target = createCustomer(*m_rep1aSession, QStringLiteral("上海华联商贸有限公司"));
    createCustomer(*m_rep1aSession, QStringLiteral("北京东方贸易公司"));
    ContactRepository contacts(*m_rep1aSession);
    core::Contact contact;
    contact.customerId = target.id;
    contact.name = QStringLiteral("王建国");
    contact.mobile = QStringLiteral("13800138000");
    auto created = contacts.create(contact);
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    const QStringList expected{target.name};
    EXPECT_EQ(searchNames(*m_rep1aSession, QStringLiteral("13800138000")), expected);
    EXPECT_EQ(searchNames(*m_rep1aSession, QStringLiteral("0013800")), expected);
    EXPECT_EQ(searchNames(*m_rep1aSession, QStringLiteral("王建国")), expected);
}

// Bug: two-character queries only matched name prefixes, so a contact called 陈静 could not be found.
TEST_F(CustomerListQueriesTest, ATwoCharacterQueryFindsAContactsName)
{
    const auto target = createCustomer(*m_rep1aSession, QStringLiteral("杭州博丰信息技术有限公司"));
    createCustomer(*m_rep1aSession, QStringLiteral("北京东方贸易公司"));
    ContactRepository contacts(*m_rep1aSession);
    core::Contact contact;
    contact.customerId = target.id;
    contact.name = QStringLiteral("陈静");
    ASSERT_TRUE(contacts.create(contact));
    const QStringList expected{target.name};
    EXPECT_EQ(searchNames(*m_rep1aSession, QStringLiteral("陈静")), expected);
    EXPECT_EQ(searchNames(*m_rep1aSession, QStringLiteral("博丰")), expected);
    // One character stays a prefix search: 丰 is inside the name but does not start it.
    EXPECT_TRUE(searchNames(*m_rep1aSession, QStringLiteral("丰")).isEmpty());
    EXPECT_TRUE(searchNames(*m_rep1bSession, QStringLiteral("陈静")).isEmpty());
}

TEST_F(CustomerListQueriesTest, ListSortsPagesAndFilters)
{
    // Pinyin order: anhui, beijing, chengdu, dalian, ezhou.
    const QStringList names{QStringLiteral("成都"), QStringLiteral("鄂州"), QStringLiteral("安徽"),
                            QStringLiteral("大连"), QStringLiteral("北京")};
    CustomerRepository cards(*m_rep1aSession);
    CustomerListQueries repo(*m_rep1aSession);
    for (int i = 0; i < names.size(); ++i) {
        core::Customer c;
        c.name = names[i];
        c.status = i % 2 == 0 ? QStringLiteral("current") : QStringLiteral("potential");
        c.isKey = i == 1;
        ASSERT_TRUE(cards.create(c));
    }
    createCustomer(*m_rep1bSession, QStringLiteral("阿坝")); // same area, other rep

    auto namesOf = [](const std::vector<CustomerListRow>& rows) {
        QStringList out;
        for (const auto& row : rows)
            out << row.name;
        return out;
    };

    CustomerQuery byName;
    auto all = repo.list(byName);
    ASSERT_TRUE(all);
    EXPECT_EQ(namesOf(*all), (QStringList{QStringLiteral("安徽"), QStringLiteral("北京"), QStringLiteral("成都"),
                                          QStringLiteral("大连"), QStringLiteral("鄂州")}));
    EXPECT_EQ(all->front().ownerId, m_rep1a.id);
    EXPECT_EQ(all->front().ownerName, QStringLiteral("rep1a"));
    EXPECT_EQ(all->front().areaName, QStringLiteral("华东区"));
    EXPECT_EQ(all->front().pAlive, -1.0);

    CustomerQuery descending;
    descending.ascending = false;
    auto reversed = repo.list(descending);
    ASSERT_TRUE(reversed);
    EXPECT_EQ(namesOf(*reversed).first(), QStringLiteral("鄂州"));
    EXPECT_EQ(namesOf(*reversed).last(), QStringLiteral("安徽"));

    CustomerQuery page;
    page.offset = 1;
    page.limit = 2;
    auto second = repo.list(page);
    ASSERT_TRUE(second);
    EXPECT_EQ(namesOf(*second), (QStringList{QStringLiteral("北京"), QStringLiteral("成都")}));

    CustomerQuery byCode;
    byCode.sort = CustomerQuery::SortColumn::Code;
    auto codes = repo.list(byCode);
    ASSERT_TRUE(codes);
    EXPECT_EQ(namesOf(*codes), names);

    CustomerQuery current;
    current.status = QStringLiteral("current");
    auto currentRows = repo.list(current);
    ASSERT_TRUE(currentRows);
    EXPECT_EQ(namesOf(*currentRows),
              (QStringList{QStringLiteral("安徽"), QStringLiteral("北京"), QStringLiteral("成都")}));
    EXPECT_EQ(*repo.count(current), 3);

    CustomerQuery key;
    key.keyOnly = true;
    auto keyRows = repo.list(key);
    ASSERT_TRUE(keyRows);
    EXPECT_EQ(namesOf(*keyRows), QStringList{QStringLiteral("鄂州")});
    EXPECT_EQ(*repo.count(key), 1);

    EXPECT_EQ(*repo.count(CustomerQuery{}), 5);

    // The manager sees both reps' cards and can narrow to one owner.
    CustomerListQueries manager(*m_manager1Session);
    EXPECT_EQ(*manager.count(CustomerQuery{}), 6);
    CustomerQuery ownerB;
    ownerB.ownerId = m_rep1b.id;
    auto bRows = manager.list(ownerB);
    ASSERT_TRUE(bRows);
    EXPECT_EQ(namesOf(*bRows), QStringList{QStringLiteral("阿坝")});
    CustomerQuery byOwner;
    byOwner.sort = CustomerQuery::SortColumn::Owner;
    byOwner.ascending = false;
    auto owners = manager.list(byOwner);
    ASSERT_TRUE(owners);
    EXPECT_EQ(owners->front().ownerId, m_rep1b.id);
    CustomerQuery areaTwo;
    areaTwo.areaId = m_area2.id;
    EXPECT_EQ(*manager.count(areaTwo), 0);

    // Score filters and sorts run without scores (nothing scored yet).
    CustomerQuery scored;
    scored.abc = QStringLiteral("A");
    EXPECT_EQ(*repo.count(scored), 0);
    CustomerQuery byRisk;
    byRisk.sort = CustomerQuery::SortColumn::ChurnRisk;
    auto risk = repo.list(byRisk);
    ASSERT_TRUE(risk);
    EXPECT_EQ(risk->size(), 5u);
}

} // namespace
} // namespace carddesk::storage::test
