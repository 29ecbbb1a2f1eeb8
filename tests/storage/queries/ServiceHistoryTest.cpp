#include "StorageFixture.h"

#include "storage/queries/ServiceHistory.h"
#include "storage/repositories/ComplaintRepository.h"
#include "storage/repositories/InteractionRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/VisitRepository.h"

#include <algorithm>

namespace carddesk::storage::test {
namespace {

class ServiceHistoryTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_customer = createCustomer(*m_rep1aSession);

        core::Order order;
        order.customerId = m_customer.id;
        order.orderNo = QStringLiteral("SO-1");
        order.orderDate = QDate(2024, 3, 1);
        order.amount = 880;
        must(OrderRepository(*m_rep1aSession).create(order), "create an order");

        core::Visit visit;
        visit.customerId = m_customer.id;
        visit.plannedDate = QDate(2024, 3, 2);
        visit.purpose = QStringLiteral("回访");
        must(VisitRepository(*m_rep1aSession).plan(visit), "plan a visit");

        core::Complaint complaint;
        complaint.customerId = m_customer.id;
        complaint.description = QStringLiteral("发票抬头错误");
        complaint.receivedAt = QDateTime(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC);
        const auto created = must(ComplaintRepository(*m_rep1aSession).create(complaint), "create a complaint");
        must(ComplaintRepository(*m_rep1aSession)
                 .transition(created.id, QStringLiteral("acknowledged"), QStringLiteral("已致电客户")),
             "acknowledge the complaint");

        core::Interaction interaction;
        interaction.customerId = m_customer.id;
        interaction.channel = QStringLiteral("phone");
        interaction.occurredAt = QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);
        interaction.summary = QStringLiteral("确认下季度需求");
        must(InteractionRepository(*m_rep1aSession).create(interaction), "log an interaction");

        core::Customer card = m_customer;
        card.phone = QStringLiteral("021-6234 5678");
        must(CustomerRepository(*m_rep1aSession).update(card), "edit the card");
    }

    static std::vector<QString> kinds(const std::vector<core::TimelineEntry>& entries)
    {
        std::vector<QString> out;
        for (const auto& entry : entries)
            out.push_back(entry.kind);
        return out;
    }

    core::Customer m_customer;
};

TEST_F(ServiceHistoryTest, MergesEverySourceNewestFirst)
{
    auto timeline = ServiceHistory(*m_rep1aSession).timeline(m_customer.id);
    ASSERT_TRUE(timeline) << timeline.error().toString().toStdString();
    const auto& entries = *timeline;
    ASSERT_GE(entries.size(), 6u);
    for (std::size_t i = 1; i < entries.size(); ++i)
        EXPECT_GE(entries[i - 1].when, entries[i].when) << i;

    const auto all = kinds(entries);
    for (const char* kind : {"interaction", "visit", "complaint", "complaint_status", "order", "card_change"})
        EXPECT_NE(std::find(all.begin(), all.end(), QString::fromLatin1(kind)), all.end()) << kind;

    // The dated records come last, in their own order.
    const std::size_t n = entries.size();
    EXPECT_EQ(entries[n - 1].kind, QStringLiteral("order"));
    EXPECT_EQ(entries[n - 1].title, QStringLiteral("SO-1"));
    EXPECT_EQ(entries[n - 1].detail, QStringLiteral("880"));
    EXPECT_EQ(entries[n - 2].kind, QStringLiteral("visit"));
    EXPECT_EQ(entries[n - 2].detail, QStringLiteral("回访"));
    EXPECT_EQ(entries[n - 3].kind, QStringLiteral("complaint"));
    EXPECT_EQ(entries[n - 4].kind, QStringLiteral("interaction"));
    EXPECT_EQ(entries[n - 4].title, QStringLiteral("phone"));
    EXPECT_EQ(entries[n - 4].userName, QStringLiteral("rep1a"));

    const auto status = std::find_if(entries.begin(), entries.end(),
                                     [](const auto& e) { return e.kind == QLatin1String("complaint_status"); });
    ASSERT_NE(status, entries.end());
    EXPECT_EQ(status->title, QStringLiteral("new → acknowledged"));
    EXPECT_EQ(status->detail, QStringLiteral("已致电客户"));

    const auto phoneChange = std::find_if(entries.begin(), entries.end(), [](const auto& e) {
        return e.kind == QLatin1String("card_change") && e.title == QLatin1String("customers.phone");
    });
    ASSERT_NE(phoneChange, entries.end());
    EXPECT_EQ(phoneChange->detail, QStringLiteral(" → 021-6234 5678"));
    // Child records are not repeated as card changes.
    EXPECT_EQ(std::count_if(entries.begin(), entries.end(),
                            [](const auto& e) { return e.title.startsWith(QLatin1String("orders.")); }),
              0);
}

TEST_F(ServiceHistoryTest, ManagersSeeItOthersDoNot)
{
    auto managers = ServiceHistory(*m_manager1Session).timeline(m_customer.id);
    ASSERT_TRUE(managers);
    const auto all = kinds(*managers);
    EXPECT_NE(std::find(all.begin(), all.end(), QStringLiteral("card_change")), all.end());

    for (Session* outsider : {m_rep1bSession.get(), m_rep2Session.get(), m_manager2Session.get()}) {
        auto denied = ServiceHistory(*outsider).timeline(m_customer.id);
        ASSERT_FALSE(denied);
        EXPECT_EQ(denied.error().code, core::ErrorCode::NotFound);
    }
}

} // namespace
} // namespace carddesk::storage::test
