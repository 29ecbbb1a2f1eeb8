// The agenda's days are the office's local days, although times are stored in UTC.
#include "LocalTimeZone.h"
#include "StorageFixture.h"

#include "storage/queries/AgendaQueries.h"

#include <algorithm>

namespace carddesk::storage::test {
namespace {

class AgendaLocalDayTest : public StorageFixture
{
};

// Bug: a complaint's deadline counted on its UTC day. In Beijing a deadline of 6 March at 04:00 (5 March, 20:00 UTC)
// was due on the 5th, and came onto the agenda of 3 March, three days before.
TEST_F(AgendaLocalDayTest, AComplaintIsDueOnTheLocalDayOfItsDeadline)
{
    const carddesk::test::LocalTimeZone beijing("Asia/Shanghai");
    const qint64 customer = createCustomer(*m_rep1aSession).id;
    m_db->sql().exec("INSERT INTO complaints (id, customer_id, received_at, deadline, status, description) VALUES "
                     "(9301, " +
                     std::to_string(customer) + ", '2026-03-01T02:00:00Z', '2026-03-05T20:00:00Z', 'new', '漏发货')");
    auto complaintOn = [&](const QDate& day) -> std::optional<core::AgendaItem> {
        const auto items = must(AgendaQueries(*m_rep1aSession).items(m_rep1a.id, day), "agenda");
        auto it = std::find_if(items.begin(), items.end(),
                               [](const core::AgendaItem& i) { return i.kind == QLatin1String("complaint"); });
        return it == items.end() ? std::nullopt : std::optional<core::AgendaItem>(*it);
    };
    EXPECT_FALSE(complaintOn(QDate(2026, 3, 3))); // two days' lead: from 4 March
    const auto due = complaintOn(QDate(2026, 3, 4));
    ASSERT_TRUE(due);
    EXPECT_EQ(due->recordId, 9301);
    EXPECT_EQ(due->due, QDate(2026, 3, 6));
    EXPECT_FALSE(due->overdue);
}

} // namespace
} // namespace carddesk::storage::test
