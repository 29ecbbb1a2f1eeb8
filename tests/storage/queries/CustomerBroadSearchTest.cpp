// A trigram search with thousands of hits makes the list walk its name index and keep the hits (instead of
// sorting every hit). Its pages must be the same slices of the same order, within the user's scope.
#include "StorageFixture.h"

#include "storage/access/AccessScope.h"
#include "storage/repositories/CustomerRepository.h"

#include <vector>

namespace carddesk::storage::test {
namespace {

class CustomerBroadSearchTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        // 2,400 customers that "kehu" hits (more than the list's walk threshold), spread over both reps of area 1,
        // area 1's unassigned customers and the rep of area 2; pinyin repeats, so ties are broken by id. Written
        // in bulk through Database::write, which indexes the search text before COMMIT.
        const qint64 owners[] = {m_rep1a.id, m_rep1b.id, 0, m_rep2.id};
        const qint64 areas[] = {m_area1.id, m_area1.id, m_area1.id, m_area2.id};
        auto written = db().write([&]() -> core::Status {
            SQLite::Statement insert(db().sql(), "INSERT INTO customers (code, name, name_pinyin, name_initials, "
                                                 "search_text, owner_id, area_id, created_at, updated_at) VALUES "
                                                 "(?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00', '2026-01-01T00:00:00')");
            for (int i = 0; i < 2400; ++i) {
                const QString n = QString::number(i % 97);
                insert.bind(1, QStringLiteral("K%1").arg(i, 6, 10, QLatin1Char('0')).toStdString());
                insert.bind(2, QString(QStringLiteral("客户") + n).toStdString());
                insert.bind(3, QString(QStringLiteral("kehu") + n).toStdString());
                insert.bind(4, QString(QStringLiteral("kh") + n).toStdString());
                insert.bind(5, QString(QStringLiteral("客户") + n + QStringLiteral(" kehu") + n).toStdString());
                if (owners[i % 4] > 0)
                    insert.bind(6, static_cast<int64_t>(owners[i % 4]));
                else
                    insert.bind(6);
                insert.bind(7, static_cast<int64_t>(areas[i % 4]));
                insert.exec();
                insert.reset();
            }
            return {};
        });
        if (!written)
            throw std::runtime_error(written.error().toString().toStdString());
        createCustomer(*m_rep1aSession, QStringLiteral("上海华联商贸有限公司")); // not a hit
    }

    std::vector<qint64> reference(Session& session, const std::string& key, bool ascending)
    {
        const char* dir = ascending ? " ASC" : " DESC";
        SQLite::Statement q(db().sql(), "SELECT c.id FROM customers c WHERE " +
                                            AccessScope::customerFilter(session, "c") +
                                            " AND c.id IN (SELECT rowid FROM customers_fts WHERE customers_fts "
                                            "MATCH '\"kehu\"') ORDER BY " +
                                            key + dir + ", c.id" + dir);
        std::vector<qint64> ids;
        while (q.executeStep())
            ids.push_back(q.getColumn(0).getInt64());
        return ids;
    }

    void expectPages(Session& session, CustomerQuery::SortColumn sort, const std::string& key, size_t expectedCount)
    {
        for (bool ascending : {true, false}) {
            const std::vector<qint64> all = reference(session, key, ascending);
            ASSERT_EQ(all.size(), expectedCount);
            CustomerListQueries repo(session);
            for (int offset : {0, 1, 199, 200, 555, static_cast<int>(all.size()) - 3, static_cast<int>(all.size())}) {
                CustomerQuery query;
                query.search = QStringLiteral("kehu");
                query.sort = sort;
                query.ascending = ascending;
                query.offset = offset;
                query.limit = 200;
                auto rows = repo.list(query);
                ASSERT_TRUE(rows) << rows.error().toString().toStdString();
                std::vector<qint64> got;
                for (const CustomerListRow& row : *rows)
                    got.push_back(row.id);
                const size_t first = std::min(all.size(), static_cast<size_t>(offset));
                const size_t last = std::min(all.size(), first + 200);
                EXPECT_EQ(got, std::vector<qint64>(all.begin() + static_cast<std::ptrdiff_t>(first),
                                                   all.begin() + static_cast<std::ptrdiff_t>(last)))
                    << "offset " << offset << (ascending ? " asc" : " desc");
            }
            CustomerQuery query;
            query.search = QStringLiteral("kehu");
            EXPECT_EQ(*repo.count(query), static_cast<qint64>(expectedCount));
            EXPECT_EQ(*repo.count(query, 1001), std::min<qint64>(1001, static_cast<qint64>(expectedCount)));
        }
    }
};

TEST_F(CustomerBroadSearchTest, PagesAreSlicesOfTheOrderWithinTheScope)
{
    using S = CustomerQuery::SortColumn;
    expectPages(*m_manager1Session, S::Name, "c.name_pinyin", 1800); // rep1a, rep1b and the unassigned ones
    expectPages(*m_rep1aSession, S::Name, "c.name_pinyin", 600);
    expectPages(*m_manager2Session, S::Name, "c.name_pinyin", 600);
    expectPages(*m_adminSession, S::Name, "c.name_pinyin", 2400);
    expectPages(*m_manager1Session, S::Region, "c.region", 1800);
    // The walk ran (its hits table exists on this connection) and left no hits behind.
    EXPECT_EQ(scalar("SELECT count(*) FROM sqlite_temp_master WHERE name = 'search_hits'"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM temp.search_hits"), 0);
}

} // namespace
} // namespace carddesk::storage::test
