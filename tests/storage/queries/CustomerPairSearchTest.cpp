// A search of two 汉字 finds them anywhere in the search text, through the trigram index's terms and the index of
// the texts' last two characters (CustomerRepository, PairHits). Checked against a plain instr() over every text of
// the scope, on a few thousand generated customers: the pair at the start, inside and at the very end of the texts,
// in names and contact names, rare (read by id), common (the name-index walk) and broad (tested on each text).
#include "StorageFixture.h"

#include "core/PinyinText.h"
#include "storage/access/AccessScope.h"
#include "storage/repositories/CustomerRepository.h"

#include <random>
#include <vector>

namespace carddesk::storage::test {
namespace {

class CustomerPairSearchTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        std::mt19937 random(20261123);
        auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
        const QString alphabet = QStringLiteral("上海陈静科技华联王");
        auto word = [&](int minLength, int maxLength) {
            QString text;
            const int length = minLength + pick(maxLength - minLength + 1);
            for (int i = 0; i < length; ++i)
                text += alphabet.at(pick(alphabet.size()));
            return text;
        };
        struct Owner
        {
            qint64 ownerId;
            qint64 areaId;
        };
        const std::vector<Owner> owners = {
            {m_rep1a.id, m_area1.id}, {m_rep1b.id, m_area1.id}, {m_rep2.id, m_area2.id}, {0, m_area1.id}};
        auto status = db().write([&]() -> core::Status {
            auto& sql = db().sql();
            SQLite::Statement customer(sql, "INSERT INTO customers (code, name, name_pinyin, name_initials, owner_id, "
                                            "area_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                            "'2026-11-23T00:00:00Z', '2026-11-23T00:00:00Z')");
            SQLite::Statement contact(sql, "INSERT INTO contacts (customer_id, name, phone) VALUES (?, ?, ?)");
            CustomerRepository repo(*m_adminSession);
            for (int i = 0; i < 4000; ++i) {
                QString name;
                if (i < 1000)
                    // 哈…: 哈哈 starts 230 k indexed trigrams (broad: over PairCollectBelow, 200 k), half of them
                    // not at the start of the name.
                    name = (i % 2 == 0 ? QString() : QStringLiteral("王")) + QString(220 + pick(20), QChar(0x54C8));
                else if (i < 3700)
                    // 科技 inside 2,160 names (more than the walk's threshold), at the start of 540.
                    name = (i % 5 == 0 ? QString() : word(1, 3)) + QStringLiteral("科技") + word(0, 3);
                else
                    name = word(1, 6);
                if (pick(10) == 0)
                    name += QStringLiteral("公司");
                const core::PinyinKeys keys = core::pinyinKeys(name);
                const Owner& owner = owners[static_cast<size_t>(pick(static_cast<int>(owners.size())))];
                customer.bind(1, QStringLiteral("T%1").arg(i, 5, 10, QLatin1Char('0')).toStdString());
                customer.bind(2, name.toStdString());
                customer.bind(3, keys.full.toStdString());
                customer.bind(4, keys.initials.toStdString());
                if (owner.ownerId > 0)
                    customer.bind(5, static_cast<int64_t>(owner.ownerId));
                else
                    customer.bind(5);
                customer.bind(6, static_cast<int64_t>(owner.areaId));
                customer.exec();
                customer.reset();
                const int64_t id = sql.getLastInsertRowid();
                // Contacts: none, one with only a name (it ends the search text), or one with a phone after it.
                const int contacts = pick(3);
                for (int k = 0; k < contacts; ++k) {
                    contact.bind(1, id);
                    // A rare given name (林黛 and 黛玉 only here), or one from the alphabet.
                    contact.bind(2, (pick(40) == 0 ? QStringLiteral("林黛玉") : word(2, 3)).toStdString());
                    if (k == 0 && pick(2) == 0)
                        contact.bind(3, std::string("139") + std::to_string(10000000 + pick(80000000)));
                    else
                        contact.bind(3, std::string());
                    contact.exec();
                    contact.reset();
                }
                repo.refreshSearchText(id);
            }
            return {};
        });
        if (!status)
            throw std::runtime_error(status.error().toString().toStdString());
    }

    // What the list must show: every customer of the scope whose search text contains `pair`, in name order.
    std::vector<qint64> expected(Session& session, const QString& pair)
    {
        SQLite::Statement q(db().sql(), "SELECT c.id FROM customers c WHERE instr(c.search_text, ?) > 0 AND " +
                                            AccessScope::customerFilter(session, "c") +
                                            " ORDER BY c.name_pinyin, c.id");
        q.bind(1, pair.toStdString());
        std::vector<qint64> ids;
        while (q.executeStep())
            ids.push_back(q.getColumn(0).getInt64());
        return ids;
    }

    std::vector<qint64> listed(Session& session, const QString& pair, int limit, int offset)
    {
        CustomerQuery query;
        query.search = pair;
        query.limit = limit;
        query.offset = offset;
        auto rows = CustomerListQueries(session).list(query);
        EXPECT_TRUE(rows) << (rows ? "" : rows.error().toString().toStdString());
        std::vector<qint64> ids;
        if (rows) {
            for (const CustomerListRow& row : *rows)
                ids.push_back(row.id);
        }
        return ids;
    }

    qint64 counted(Session& session, const QString& pair, qint64 limit)
    {
        CustomerQuery query;
        query.search = pair;
        auto count = CustomerListQueries(session).count(query, limit);
        EXPECT_TRUE(count) << (count ? "" : count.error().toString().toStdString());
        return count ? *count : -1;
    }

    std::vector<Session*> sessions()
    {
        return {m_adminSession.get(), m_manager1Session.get(), m_manager2Session.get(),
                m_rep1aSession.get(), m_rep1bSession.get(),    m_rep2Session.get()};
    }
};

TEST_F(CustomerPairSearchTest, FindsExactlyTheTextsThatContainThePairInEveryScope)
{
    const QStringList pairs = {QStringLiteral("哈哈"), QStringLiteral("科技"), QStringLiteral("技科"),
                               QStringLiteral("上海"), QStringLiteral("海上"), QStringLiteral("陈静"),
                               QStringLiteral("静陈"), QStringLiteral("华联"), QStringLiteral("王王"),
                               QStringLiteral("公司"), QStringLiteral("林黛"), QStringLiteral("黛玉"),
                               QStringLiteral("龙凤")};
    // The generated texts hold every case the search distinguishes.
    EXPECT_GT(scalar("SELECT count(*) FROM customers WHERE substr(search_text, -2) = '黛玉'"), 0);
    EXPECT_GT(scalar("SELECT count(*) FROM customers WHERE search_text GLOB '*黛玉 *'"), 0);
    EXPECT_GT(
        scalar("SELECT count(*) FROM customers WHERE search_text GLOB '*陈静' AND search_text NOT GLOB '*陈静?*'"), 0);
    EXPECT_GT(scalar("SELECT count(*) FROM customers WHERE search_text GLOB '上海*'"), 0);
    EXPECT_GT(scalar("SELECT count(*) FROM customers WHERE instr(search_text, '科技') > 1"), 2000);
    for (const QString& pair : pairs) {
        for (Session* session : sessions()) {
            SCOPED_TRACE(pair.toStdString() + " as " + session->user().username.toStdString());
            const std::vector<qint64> all = expected(*session, pair);
            EXPECT_EQ(listed(*session, pair, 100000, 0), all);
            // A page in the middle, as the list's scrolling asks for it.
            const size_t from = std::min<size_t>(all.size(), 37);
            const size_t to = std::min<size_t>(all.size(), 37 + 50);
            EXPECT_EQ(listed(*session, pair, 50, 37),
                      std::vector<qint64>(all.begin() + static_cast<std::ptrdiff_t>(from),
                                          all.begin() + static_cast<std::ptrdiff_t>(to)));
            EXPECT_EQ(counted(*session, pair, 0), static_cast<qint64>(all.size()));
            EXPECT_EQ(counted(*session, pair, 100), std::min<qint64>(100, static_cast<qint64>(all.size())));
        }
    }
    EXPECT_FALSE(expected(*m_adminSession, QStringLiteral("林黛")).empty());
    EXPECT_TRUE(expected(*m_adminSession, QStringLiteral("龙凤")).empty());
}

TEST_F(CustomerPairSearchTest, FollowsEditsOfTheSearchText)
{
    // A contact with only a name ends the text: found by the index of the texts' endings, and gone with it.
    const qint64 id =
        scalar("SELECT min(id) FROM customers WHERE owner_id IS NOT NULL AND instr(search_text, '龙凤') = 0");
    auto status = db().write([&]() -> core::Status {
        db().sql().exec("INSERT INTO contacts (customer_id, name) VALUES (" + std::to_string(id) + ", '龙凤')");
        CustomerRepository(*m_adminSession).refreshSearchText(id);
        return {};
    });
    ASSERT_TRUE(status);
    EXPECT_EQ(listed(*m_adminSession, QStringLiteral("龙凤"), 200, 0), std::vector<qint64>{id});
    EXPECT_EQ(counted(*m_adminSession, QStringLiteral("龙凤"), 0), 1);
    status = db().write([&]() -> core::Status {
        db().sql().exec("DELETE FROM contacts WHERE name = '龙凤'");
        CustomerRepository(*m_adminSession).refreshSearchText(id);
        return {};
    });
    ASSERT_TRUE(status);
    EXPECT_TRUE(listed(*m_adminSession, QStringLiteral("龙凤"), 200, 0).empty());
}

TEST_F(CustomerPairSearchTest, KeptHitsFollowChangesFromThisAndOtherConnections)
{
    // The hits collected for a page serve the count that follows; any change since must collect them again.
    const qint64 id =
        scalar("SELECT min(id) FROM customers WHERE owner_id IS NOT NULL AND instr(search_text, '麒麟') = 0");
    EXPECT_TRUE(listed(*m_adminSession, QStringLiteral("麒麟"), 200, 0).empty());
    EXPECT_EQ(counted(*m_adminSession, QStringLiteral("麒麟"), 0), 0);
    {
        // Another instance of the application, on its own connection, adds a contact 麒麟 with a phone (inside
        // the text, not at its end).
        Database::Options options;
        options.quickCheck = false;
        auto other = Database::open(m_path, options);
        ASSERT_TRUE(other);
        Session session(**other, m_admin);
        auto status = (*other)->write([&]() -> core::Status {
            (*other)->sql().exec("INSERT INTO contacts (customer_id, name, phone) VALUES (" + std::to_string(id) +
                                 ", '麒麟', '13800138000')");
            CustomerRepository(session).refreshSearchText(id);
            return {};
        });
        ASSERT_TRUE(status);
    }
    EXPECT_EQ(listed(*m_adminSession, QStringLiteral("麒麟"), 200, 0), std::vector<qint64>{id});
    EXPECT_EQ(counted(*m_adminSession, QStringLiteral("麒麟"), 0), 1);
    // And on this connection: the contact goes, the hits go with it.
    auto status = db().write([&]() -> core::Status {
        db().sql().exec("DELETE FROM contacts WHERE name = '麒麟'");
        CustomerRepository(*m_adminSession).refreshSearchText(id);
        return {};
    });
    ASSERT_TRUE(status);
    EXPECT_TRUE(listed(*m_adminSession, QStringLiteral("麒麟"), 200, 0).empty());
    EXPECT_EQ(counted(*m_adminSession, QStringLiteral("麒麟"), 0), 0);
}

TEST_F(CustomerPairSearchTest, TextEndingsAreAnIndexRange)
{
    SQLite::Statement plan(db().sql(), "EXPLAIN QUERY PLAN SELECT id FROM customers WHERE substr(search_text, -2) = "
                                       "'黛玉' AND unicode(substr(search_text, -1)) >= 11904");
    std::string details;
    while (plan.executeStep())
        details += plan.getColumn(3).getString() + "\n";
    EXPECT_NE(details.find("USING INDEX customers_search_tail"), std::string::npos) << details;
}

} // namespace
} // namespace carddesk::storage::test
