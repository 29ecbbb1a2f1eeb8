#include "core/AbcClass.h"
#include "core/Channel.h"
#include "core/ChurnRisk.h"
#include "core/CompanySize.h"
#include "core/ComplaintLevel.h"
#include "core/ComplaintStatus.h"
#include "core/CustomerColumns.h"
#include "core/CustomerKind.h"
#include "core/CustomerSource.h"
#include "core/CustomerStatus.h"
#include "core/CustomerValidator.h"
#include "core/LoyaltyClass.h"
#include "core/Role.h"
#include "core/Stage.h"
#include "core/VisitStatus.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace carddesk::core;

namespace {
// Every value has a distinct, non-empty code that reads back as the same value.
template <typename E> void expectRoundTrip(const QStringList& schemaCodes)
{
    QSet<QString> seen;
    for (E value : valuesOf<E>()) {
        const QString code = codeOf(value);
        EXPECT_FALSE(code.isEmpty());
        EXPECT_FALSE(seen.contains(code)) << code.toStdString();
        seen.insert(code);
        ASSERT_TRUE(fromCode<E>(code).has_value()) << code.toStdString();
        EXPECT_EQ(*fromCode<E>(code), value);
    }
    EXPECT_EQ(codesOf<E>(), schemaCodes);
    EXPECT_FALSE(fromCode<E>(u"no such code").has_value());
    EXPECT_FALSE(fromCode<E>(u"").has_value());
}
} // namespace

// The codes are the ones the schema's CHECK constraints list (Migrations.cpp), in that order.
TEST(Vocabulary, CodesMatchTheSchema)
{
    expectRoundTrip<Stage>({"potential", "exploration", "formation", "stability", "decline", "lost", "won_back"});
    expectRoundTrip<CustomerStatus>({"potential", "current", "lost"});
    expectRoundTrip<CustomerKind>({"company", "person"});
    expectRoundTrip<CustomerSource>(
        {"visit", "referral", "exhibition", "phone", "web", "competitor", "advertising", "other"});
    expectRoundTrip<CompanySize>({"micro", "small", "medium", "large"});
    expectRoundTrip<LoyaltyClass>({"loyal", "switcher", "none"});
    expectRoundTrip<Channel>({"visit", "phone", "sms", "letter", "email", "im", "meeting", "hotline", "online"});
    expectRoundTrip<ComplaintStatus>({"new", "acknowledged", "in_progress", "resolved", "closed", "reopened"});
    expectRoundTrip<VisitStatus>({"planned", "done", "cancelled"});
    expectRoundTrip<ComplaintLevel>({"1", "2", "3", "4"});
    expectRoundTrip<AbcClass>({"A", "B", "C"});
    expectRoundTrip<ChurnRisk>({"low", "medium", "high"});
    expectRoundTrip<Role>({"rep", "manager", "admin"});
    EXPECT_EQ(static_cast<int>(ComplaintLevel::Critical), 4);
    EXPECT_EQ(roleName(Role::Manager), QStringLiteral("manager"));
    EXPECT_EQ(roleFromName(QStringLiteral("admin")), Role::Admin);
}

TEST(CustomerColumns, OneEntryPerFieldInStoredOrder)
{
    const auto all = CustomerColumns::all();
    ASSERT_EQ(all.size(), 29u);
    QSet<QString> names;
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(static_cast<std::size_t>(all[i].field), i);
        EXPECT_EQ(&CustomerColumns::of(all[i].field), &all[i]);
        EXPECT_EQ(CustomerColumns::find(all[i].columnName()), &all[i]);
        names.insert(all[i].columnName());
    }
    EXPECT_EQ(names.size(), 29);
    EXPECT_EQ(CustomerColumns::find(u"row_version"), nullptr);
    EXPECT_EQ(CustomerColumns::of(CustomerField::CreditLimit).columnName(), QStringLiteral("credit_limit"));
}

TEST(CustomerColumns, ValuesGoThroughTheRightMember)
{
    Customer c;
    const auto& limit = CustomerColumns::of(CustomerField::CreditLimit);
    limit.setValue(c, 1234.5);
    EXPECT_DOUBLE_EQ(c.creditLimit, 1234.5);
    EXPECT_EQ(limit.auditText(c), QStringLiteral("1234.50"));
    const auto& owner = CustomerColumns::of(CustomerField::OwnerId);
    EXPECT_EQ(owner.auditText(c), QString());
    owner.setValue(c, 7);
    EXPECT_EQ(c.ownerId, 7);
    EXPECT_EQ(owner.auditText(c), QStringLiteral("7"));
    const auto& key = CustomerColumns::of(CustomerField::IsKey);
    key.setValue(c, true);
    EXPECT_TRUE(c.isKey);
    EXPECT_EQ(key.auditText(c), QStringLiteral("1"));
    const auto& established = CustomerColumns::of(CustomerField::Established);
    established.setValue(c, QDate(2019, 3, 1));
    EXPECT_EQ(established.auditText(c), QStringLiteral("2019-03-01"));
    EXPECT_EQ(established.value(c).toDate(), QDate(2019, 3, 1));
    CustomerColumns::of(CustomerField::Notes).setValue(c, QStringLiteral("n"));
    EXPECT_EQ(c.notes, QStringLiteral("n"));
    // Only the card editor's fields are editable: code, area, owner, referrer and the manual stage are not.
    EXPECT_FALSE(CustomerColumns::of(CustomerField::Code).editable);
    EXPECT_FALSE(CustomerColumns::of(CustomerField::OwnerId).editable);
    EXPECT_FALSE(CustomerColumns::of(CustomerField::ManualStage).editable);
    EXPECT_TRUE(CustomerColumns::of(CustomerField::Notes).editable);
}
