#include "gui/common/ErrorText.h"
#include "core/CustomerColumns.h"
#include "core/Result.h"
#include "gui/common/FieldLabels.h"
#include "gui/customer/CustomerFields.h"
#include "gui/shell/Translations.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace carddesk;

namespace {
bool hasNonAscii(const QString& text)
{
    for (QChar ch : text) {
        if (ch.unicode() > 0x7f)
            return true;
    }
    return false;
}

class ChineseUi : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(gui::Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN")); }
    void TearDown() override { gui::Translations::install(QStringLiteral("en")); }
};
} // namespace

TEST_F(ChineseUi, EveryErrorCodeHasAChineseSentence)
{
    using core::ErrorCode;
    for (ErrorCode code :
         {ErrorCode::InvalidArgument, ErrorCode::NotFound, ErrorCode::AccessDenied, ErrorCode::Conflict,
          ErrorCode::Busy, ErrorCode::Corrupt, ErrorCode::Io, ErrorCode::Internal}) {
        for (const QString& field : {QString(), QStringLiteral("amount")}) {
            const core::Error error{code, QStringLiteral("English detail for the log"), field, -1};
            const QString text = gui::ErrorText::sentence(error);
            EXPECT_TRUE(hasNonAscii(text)) << core::errorCodeName(code).toStdString() << ": " << text.toStdString();
            EXPECT_FALSE(text.contains(QLatin1String("English detail"))) << text.toStdString();
        }
    }
}

TEST_F(ChineseUi, ErrorsNameTheFieldByItsLabelAndTheRow)
{
    const QString text = gui::ErrorText::sentence(
        core::Error{core::ErrorCode::InvalidArgument, QStringLiteral("bad"), QStringLiteral("due_date"), 12});
    EXPECT_TRUE(text.contains(QStringLiteral("到期日"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("12"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1String("due_date"))) << text.toStdString();

    // A card field the validator has no own sentence for is named by the card's label.
    const QString industry = gui::ErrorText::sentence(
        core::Error{core::ErrorCode::InvalidArgument, QStringLiteral("bad"), QStringLiteral("industry"), -1});
    EXPECT_TRUE(industry.contains(gui::CustomerFields::label(gui::CustomerFields::Industry))) << industry.toStdString();
    EXPECT_TRUE(industry.contains(QStringLiteral("行业"))) << industry.toStdString();
}

TEST_F(ChineseUi, EveryCustomerColumnHasAChineseLabel)
{
    for (const core::CustomerColumn& column : core::CustomerColumns::all()) {
        const QString label = gui::FieldLabels::customer(column.field);
        EXPECT_TRUE(hasNonAscii(label)) << column.name << ": " << label.toStdString();
    }
}

TEST_F(ChineseUi, ChangeHistoryShowsFieldAndValueLabels)
{
    EXPECT_EQ(gui::FieldLabels::field(QStringLiteral("interactions"), QStringLiteral("next_follow_up")),
              QStringLiteral("互动：下次跟进"));
    EXPECT_EQ(gui::FieldLabels::value(QStringLiteral("complaints"), QStringLiteral("status"), QStringLiteral("closed")),
              QStringLiteral("已关闭"));
    EXPECT_EQ(gui::FieldLabels::field(QStringLiteral("customers"), QStringLiteral("credit_limit")),
              QStringLiteral("信用额度"));
    EXPECT_EQ(gui::FieldLabels::value(QStringLiteral("customers"), QStringLiteral("status"), QStringLiteral("lost")),
              QStringLiteral("流失客户"));
    EXPECT_EQ(gui::FieldLabels::value(QStringLiteral("lifecycle_history"), QStringLiteral("to_stage"),
                                      QStringLiteral("won_back")),
              QStringLiteral("恢复"));
    // Money with its thousands grouped, as on the card (the merge dialog showed 37740000.00).
    EXPECT_EQ(gui::FieldLabels::value(QStringLiteral("customers"), QStringLiteral("registered_capital"),
                                      QStringLiteral("37740000.00")),
              QLocale().toString(37740000.0, 'f', 2));
    EXPECT_TRUE(QLocale().toString(37740000.0, 'f', 2).contains(QLocale().groupSeparator()));
    EXPECT_EQ(gui::FieldLabels::value(QStringLiteral("customers"), QStringLiteral("credit_limit"), QString()),
              QString());
}

// The card editor's field list is the editable part of core's column list, in order.
TEST(CustomerFields, AreTheEditableCoreColumns)
{
    int f = 0;
    for (const core::CustomerColumn& column : core::CustomerColumns::all()) {
        if (!column.editable)
            continue;
        ASSERT_LT(f, gui::CustomerFields::FieldCount);
        EXPECT_EQ(gui::CustomerFields::key(static_cast<gui::CustomerFields::Field>(f)), column.columnName());
        ++f;
    }
    EXPECT_EQ(f, gui::CustomerFields::FieldCount);
    EXPECT_EQ(gui::CustomerFields::key(gui::CustomerFields::Email), QStringLiteral("email"));
    EXPECT_EQ(gui::CustomerFields::key(gui::CustomerFields::IsKey), QStringLiteral("is_key"));
    EXPECT_EQ(gui::CustomerFields::key(gui::CustomerFields::Notes), QStringLiteral("notes"));
}

// Bad visit input from services::VisitPlanning says which rule it broke, in the user's language (issue 14).
TEST_F(ChineseUi, VisitRulesAreSentencesInChinese)
{
    const auto sentence = [](const QString& message, const QString& field) {
        return gui::ErrorText::sentence(core::Error{core::ErrorCode::InvalidArgument, message, field, -1});
    };
    EXPECT_EQ(sentence(QStringLiteral("A visit cannot be planned in the past (2026-12-01 is before today, "
                                      "2026-12-07)."),
                       QStringLiteral("planned_date")),
              QStringLiteral("拜访不能安排在过去的日期；请选择今天或以后的日期。"));
    EXPECT_EQ(sentence(QStringLiteral("Visit 7 is cancelled; a cancelled visit cannot be completed."),
                       QStringLiteral("visit_status")),
              QStringLiteral("此拜访已取消；已取消的拜访不能再完成或再次取消。请重新安排一次拜访。"));
    EXPECT_EQ(
        sentence(QStringLiteral("Visit 7 is done; a done visit cannot be cancelled."), QStringLiteral("visit_status")),
        QStringLiteral("此拜访已完成，不能再次完成或取消。"));
}

// Issue #17, finding 7: a full disk and a failing disk are told apart, and both say nothing was saved.
TEST_F(ChineseUi, AFullDiskAndAFailingDiskAreToldApart)
{
    const QString full = gui::ErrorText::sentence(
        core::makeError(core::ErrorCode::Io, QStringLiteral("disk full: …"), QStringLiteral("disk_full")));
    const QString failed = gui::ErrorText::sentence(
        core::makeError(core::ErrorCode::Io, QStringLiteral("disk failure: …"), QStringLiteral("disk")));
    EXPECT_TRUE(full.contains(QStringLiteral("磁盘已满"))) << full.toStdString();
    EXPECT_TRUE(failed.contains(QStringLiteral("磁盘出错"))) << failed.toStdString();
    for (const QString& text : {full, failed})
        EXPECT_TRUE(text.contains(QStringLiteral("没有保存"))) << text.toStdString();
}
