#include "StorageFixture.h"

#include "storage/queries/CustomerQuery.h"
#include "storage/repositories/InteractionRepository.h"

namespace carddesk::storage::test {
namespace {

// The list's "next follow-up" is the open one: the latest interaction's date, overdue or not.
class CustomerListFollowUpTest : public StorageFixture
{
protected:
    void logCall(qint64 customerId, const QDateTime& at, const QDate& followUp)
    {
        core::Interaction i;
        i.customerId = customerId;
        i.channel = QStringLiteral("phone");
        i.occurredAt = at;
        i.summary = QStringLiteral("回访");
        i.nextFollowUp = followUp;
        must(InteractionRepository(*m_rep1aSession).create(i), "log a call");
    }

    std::map<qint64, QDate> followUps(CustomerQuery::SortColumn sort, bool ascending = true)
    {
        CustomerQuery query;
        query.sort = sort;
        query.ascending = ascending;
        auto rows = must(CustomerListQueries(*m_rep1aSession).list(query), "list");
        std::map<qint64, QDate> byId;
        for (const CustomerListRow& row : rows)
            byId[row.id] = row.nextFollowUp;
        m_order.clear();
        for (const CustomerListRow& row : rows)
            m_order.push_back(row.id);
        return byId;
    }

    std::vector<qint64> m_order;
};

TEST_F(CustomerListFollowUpTest, OverdueFollowUpsStayVisibleUntilALaterInteraction)
{
    const QDate today = QDate::currentDate();
    const QDateTime lastWeek(today.addDays(-7), QTime(10, 0), Qt::UTC);
    const auto yesterdays = createCustomer(*m_rep1aSession);
    const auto tomorrows = createCustomer(*m_rep1aSession);
    const auto done = createCustomer(*m_rep1aSession);
    const auto none = createCustomer(*m_rep1aSession);
    logCall(yesterdays.id, lastWeek, today.addDays(-1));
    logCall(tomorrows.id, lastWeek, today.addDays(1));
    // A follow-up answered by a later call without a new date is no longer open.
    logCall(done.id, lastWeek, today.addDays(-2));
    logCall(done.id, lastWeek.addDays(2), QDate());

    for (bool ascending : {true, false}) {
        for (auto sort : {CustomerQuery::SortColumn::Name, CustomerQuery::SortColumn::NextFollowUp}) {
            auto shown = followUps(sort, ascending);
            EXPECT_EQ(shown[yesterdays.id], today.addDays(-1));
            EXPECT_EQ(shown[tomorrows.id], today.addDays(1));
            EXPECT_FALSE(shown[done.id].isValid());
            EXPECT_FALSE(shown[none.id].isValid());
        }
    }
    // Sorted by follow-up: customers without one first (ascending), then yesterday's before tomorrow's.
    followUps(CustomerQuery::SortColumn::NextFollowUp, true);
    ASSERT_EQ(m_order.size(), 4u);
    EXPECT_EQ(m_order[2], yesterdays.id);
    EXPECT_EQ(m_order[3], tomorrows.id);
    followUps(CustomerQuery::SortColumn::NextFollowUp, false);
    EXPECT_EQ(m_order[0], tomorrows.id);
    EXPECT_EQ(m_order[1], yesterdays.id);
}

} // namespace
} // namespace carddesk::storage::test
