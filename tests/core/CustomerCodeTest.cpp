#include "core/CustomerCode.h"

#include <gtest/gtest.h>

namespace carddesk::core {
namespace {

// A code in its one form is unchanged when normalised again; NFKC turned "´" into a space and a combining accent,
// so "\u00a0´" became a code starting with a space, and normalising that again gave another code (found by fuzzing,
// tests/fuzz/corpus/text_input).
TEST(CustomerCodeTest, ACodeInItsOneFormStaysAsItIs)
{
    for (const QString& typed : {QStringLiteral("\u00a0\u00b4"), QStringLiteral("\u00b4C1"), QStringLiteral("c1\u00a8"),
                                 QStringLiteral("Ｃ０００１"), QStringLiteral("c0000001"), QStringLiteral("ǰ1")}) {
        auto once = CustomerCode::normalized(typed);
        if (!once)
            continue;
        SCOPED_TRACE(once->toStdString());
        EXPECT_EQ(*once, once->trimmed());
        auto twice = CustomerCode::normalized(*once);
        ASSERT_TRUE(twice) << twice.error().message.toStdString();
        EXPECT_EQ(*twice, *once);
    }
    EXPECT_EQ(*CustomerCode::normalized(QStringLiteral("Ｃ０００１")), QStringLiteral("C0001"));
}

} // namespace
} // namespace carddesk::core
