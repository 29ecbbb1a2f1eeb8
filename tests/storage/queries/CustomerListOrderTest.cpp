// The customer list reads a page's ids first and their columns afterwards, sorts by open complaints or next
// follow-up in two parts (customers with one, customers without, the latter by a walk in id order when unfiltered)
// and by rep one rep (or set of namesakes) after another. Every page of every sort must still be exactly
// the slice of one ORDER BY key, id over all rows, the way the list was defined before.
#include "StorageFixture.h"

#include "storage/access/AccessScope.h"
#include "storage/repositories/CustomerRepository.h"

#include <QDate>

#include <algorithm>
#include <vector>

namespace carddesk::storage::test {
namespace {

using S = CustomerQuery::SortColumn;

class CustomerListOrderTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        const QDate today = QDate::fromString(Database::todayIso(), Qt::ISODate);
        auto& sql = db().sql();
        sql.exec("INSERT INTO score_runs (id, as_of, run_at) VALUES (1, '2026-01-01', '2026-01-01T00:00:00')");
        for (int i = 0; i < 23; ++i) {
            // Names repeat, so ties are broken by id; two reps, so scopes differ.
            Session& owner = i % 3 == 2 ? *m_rep1bSession : *m_rep1aSession;
            const qint64 id = createCustomer(owner, QStringLiteral("客户 %1").arg(i % 7)).id;
            m_ids.push_back(id);
            const std::string cid = std::to_string(id);
            if (i % 4 == 0 || i % 5 == 0) // open complaints: 1 or 2; some customers only closed ones
                sql.exec("INSERT INTO complaints (customer_id, received_at, deadline, status) VALUES (" + cid +
                         ", '2026-01-01T00:00:00', '2026-01-08', 'new')");
            if (i % 5 == 0)
                sql.exec("INSERT INTO complaints (customer_id, received_at, deadline, status) VALUES (" + cid +
                         ", '2026-01-01T00:00:00', '2026-01-08', 'in_progress')");
            if (i % 6 == 1)
                sql.exec("INSERT INTO complaints (customer_id, received_at, deadline, status) VALUES (" + cid +
                         ", '2026-01-01T00:00:00', '2026-01-08', 'closed')");
            auto followUp = [&](int days, const std::string& occurredAt) {
                sql.exec("INSERT INTO interactions (customer_id, channel, occurred_at, next_follow_up) VALUES (" + cid +
                         ", 'phone', '" + occurredAt + "', '" +
                         today.addDays(days).toString(Qt::ISODate).toStdString() + "')");
            };
            if (i % 7 == 1)
                followUp(-3, "2026-01-01T00:00:00"); // overdue, still open unless a later call set a new date
            if (i % 3 == 0)
                followUp(i % 4, "2026-01-02T00:00:00"); // today or later (ties on the same day)
            if (i % 5 == 2)
                sql.exec("UPDATE customers SET status = 'current' WHERE id = " + cid);
            // Few regions, so the region order has ties broken by id.
            sql.exec("UPDATE customers SET region = '" +
                     std::string(i % 3 == 0   ? "上海"
                                 : i % 3 == 1 ? "南京"
                                              : "") +
                     "' WHERE id = " + cid);
            if (i % 4 != 3)
                // Class A/B/C and risk low/high as the table's codes (1..3).
                sql.exec("INSERT INTO scores (customer_id, run_id, revenue_12m, last_order_date, abc_code, "
                         "risk_code) VALUES (" +
                         cid + ", 1, " + std::to_string((i * 37) % 11 * 100) + ", " +
                         (i % 6 == 0 ? std::string("NULL") : "'2026-0" + std::to_string(1 + i % 5) + "-01'") + ", " +
                         std::to_string(1 + i % 3) + ", " + std::string(i % 2 ? "3" : "1") + ")");
        }
        // Another area's rep, whose display name is rep1b's: the sort by rep keeps namesakes together, by id, and
        // no scope but the admin's holds rep2's customers.
        for (int i = 0; i < 5; ++i) {
            const qint64 id = createCustomer(*m_rep2Session, QStringLiteral("客户 %1").arg(i)).id;
            if (i % 2 == 0)
                sql.exec("INSERT INTO interactions (customer_id, channel, occurred_at, next_follow_up) VALUES (" +
                         std::to_string(id) + ", 'phone', '2026-01-01T00:00:00', '" +
                         today.addDays(i).toString(Qt::ISODate).toStdString() + "')");
            if (i == 1)
                sql.exec("INSERT INTO complaints (customer_id, received_at, deadline, status) VALUES (" +
                         std::to_string(id) + ", '2026-01-01T00:00:00', '2026-01-08', 'new')");
        }
        sql.exec("UPDATE users SET display_name = '王芳' WHERE id IN (" + std::to_string(m_rep1b.id) + ", " +
                 std::to_string(m_rep2.id) + ")");
        sql.exec("UPDATE users SET display_name = '李娜' WHERE id = " + std::to_string(m_rep1a.id));
        // Unassigned customers of area 1: the manager's scope has them, no rep's does.
        for (int i = 0; i < 3; ++i) {
            core::Customer unassigned;
            unassigned.name = QStringLiteral("客户 %1").arg(i * 3);
            unassigned.region = i == 1 ? QStringLiteral("南京") : QString();
            must(CustomerRepository(*m_manager1Session).create(unassigned), "create a customer");
        }
    }

    // The list as it was defined: one statement, every row's key, ORDER BY key, id.
    std::vector<qint64> reference(Session& session, S sort, bool ascending, const std::string& filter)
    {
        const std::string today = Database::todayIso().toStdString();
        std::string key;
        switch (sort) {
        case S::Name:
            key = "c.name_pinyin";
            break;
        case S::Owner:
            key = "u.display_name";
            break;
        case S::Region:
            key = "c.region";
            break;
        case S::Revenue12m:
            key = "s.revenue_12m";
            break;
        case S::LastOrder:
            key = "s.last_order_date";
            break;
        case S::Abc:
            key = "s.abc";
            break;
        case S::OpenComplaints:
            key = "(SELECT count(*) FROM complaints k WHERE k.customer_id = c.id AND k.status NOT IN ('resolved', "
                  "'closed'))";
            break;
        case S::NextFollowUp:
            key = "(SELECT i.next_follow_up FROM interactions i WHERE i.customer_id = c.id ORDER BY i.occurred_at "
                  "DESC, i.id DESC LIMIT 1)";
            break;
        default:
            ADD_FAILURE() << "no reference for this sort";
        }
        const char* dir = ascending ? " ASC" : " DESC";
        SQLite::Statement q(db().sql(), "SELECT c.id FROM customers c LEFT JOIN users u ON u.id = c.owner_id "
                                        "LEFT JOIN scores s ON s.customer_id = c.id WHERE " +
                                            AccessScope::customerFilter(session, "c") + filter + " ORDER BY " + key +
                                            dir + ", c.id" + dir);
        std::vector<qint64> ids;
        while (q.executeStep())
            ids.push_back(q.getColumn(0).getInt64());
        return ids;
    }

    void expectEveryPage(Session& session, S sort, bool ascending, bool currentOnly)
    {
        const std::vector<qint64> all =
            reference(session, sort, ascending, currentOnly ? " AND c.status = 'current'" : "");
        ASSERT_FALSE(all.empty());
        CustomerListQueries repo(session);
        for (int limit : {1, 2, 5, 200}) {
            for (int offset = 0; offset <= static_cast<int>(all.size()) + 1; ++offset) {
                CustomerQuery query;
                query.sort = sort;
                query.ascending = ascending;
                query.status = currentOnly ? QStringLiteral("current") : QString();
                query.offset = offset;
                query.limit = limit;
                auto rows = repo.list(query);
                ASSERT_TRUE(rows) << rows.error().toString().toStdString();
                std::vector<qint64> got;
                for (const CustomerListRow& row : *rows)
                    got.push_back(row.id);
                const auto first = std::min(all.size(), static_cast<size_t>(offset));
                const auto last = std::min(all.size(), first + static_cast<size_t>(limit));
                const std::vector<qint64> expected(all.begin() + static_cast<std::ptrdiff_t>(first),
                                                   all.begin() + static_cast<std::ptrdiff_t>(last));
                EXPECT_EQ(got, expected) << "sort " << static_cast<int>(sort) << (ascending ? " asc" : " desc")
                                         << " offset " << offset << " limit " << limit
                                         << (currentOnly ? " current only" : "");
            }
        }
    }

    std::vector<qint64> m_ids;
};

TEST_F(CustomerListOrderTest, EveryPageIsASliceOfTheFullOrder)
{
    for (S sort :
         {S::OpenComplaints, S::NextFollowUp, S::Name, S::Region, S::Owner, S::Revenue12m, S::LastOrder, S::Abc}) {
        for (bool ascending : {true, false}) {
            expectEveryPage(*m_adminSession, sort, ascending, false);
            expectEveryPage(*m_adminSession, sort, ascending, true);
            expectEveryPage(*m_manager1Session, sort, ascending, false);
            expectEveryPage(*m_rep1aSession, sort, ascending, false);
            expectEveryPage(*m_rep1aSession, sort, ascending, true);
        }
    }
}

TEST_F(CustomerListOrderTest, RowsCarryTheirComplaintsAndFollowUps)
{
    CustomerListQueries repo(*m_manager1Session);
    CustomerQuery query;
    query.sort = S::OpenComplaints;
    query.ascending = false;
    auto rows = repo.list(query);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), m_ids.size() + 3); // and the three unassigned ones
    // Customer 0 and 5, 10, 15, 20 have two open complaints (i % 5 == 0), then i % 4 == 0 ones have one.
    EXPECT_EQ(rows->front().openComplaints, 2);
    EXPECT_EQ(rows->back().openComplaints, 0);
    const QDate today = QDate::fromString(Database::todayIso(), Qt::ISODate);
    for (const CustomerListRow& row : *rows) {
        const auto i = std::find(m_ids.begin(), m_ids.end(), row.id) - m_ids.begin();
        if (i == static_cast<std::ptrdiff_t>(m_ids.size()))
            continue; // unassigned: no complaints, no follow-ups

        EXPECT_EQ(row.openComplaints, i % 5 == 0 ? 2 : i % 4 == 0 ? 1 : 0) << i;
        EXPECT_EQ(row.nextFollowUp, i % 3 == 0 ? today.addDays(i % 4) : i % 7 == 1 ? today.addDays(-3) : QDate()) << i;
        EXPECT_EQ(row.name, QStringLiteral("客户 %1").arg(i % 7));
    }
}

} // namespace
} // namespace carddesk::storage::test
