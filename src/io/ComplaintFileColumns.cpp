#include "io/ComplaintFileColumns.h"

#include <array>
#include <cmath>

namespace carddesk::io {

namespace {

const std::array<ComplaintFileColumns::Column, 17> kColumns = {{
    {"id", "编号", 8, true},
    {"customer_code", "客户编号", 12, false},
    {"customer", "客户名称", 28, false},
    {"received_at", "收到时间", 17, false},
    {"channel", "渠道", 10, false},
    {"category", "类别", 14, false},
    {"level", "级别", 6, true},
    {"status", "状态", 12, false},
    {"owner", "负责人", 14, false},
    {"deadline", "期限", 17, false},
    {"overdue", "逾期", 6, false},
    {"escalation", "升级级别", 8, true},
    {"age_days", "处理天数", 9, true},
    {"description", "投诉内容", 40, false},
    {"satisfaction", "满意度", 8, true},
    {"satisfaction_comment", "满意度说明", 24, false},
    {"close_reason", "关闭原因", 24, false},
}};

struct Label
{
    const char* code;
    const char* chinese;
};

// The complaints page's labels (gui/common/Labels and its translation), so a Chinese file reads like the page.
constexpr Label kStatuses[] = {{"new", "新建"},        {"acknowledged", "已受理"}, {"in_progress", "处理中"},
                               {"resolved", "已解决"}, {"closed", "已关闭"},       {"reopened", "已重开"}};
constexpr Label kChannels[] = {{"visit", "拜访"},   {"phone", "电话"},     {"sms", "短信"},
                               {"letter", "信函"},  {"email", "电子邮件"}, {"im", "即时消息"},
                               {"meeting", "会议"}, {"hotline", "热线"},   {"online", "在线客服"}};
constexpr Label kCategories[] = {{"product_quality", "产品质量"},
                                 {"delivery", "交付配送"},
                                 {"service_attitude", "服务态度"},
                                 {"billing", "账单结算"},
                                 {"other", "其他"}};

template <size_t N> QString labelled(const Label (&labels)[N], const QString& code, bool chinese)
{
    if (!chinese)
        return code;
    for (const Label& label : labels)
        if (code == QLatin1String(label.code))
            return QString::fromUtf8(label.chinese);
    return code; // an office's own category keeps its name
}

QString localTime(const QDateTime& when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

std::span<const ComplaintFileColumns::Column> ComplaintFileColumns::all()
{
    return kColumns;
}

QStringList ComplaintFileColumns::cells(const storage::ComplaintListRow& row, bool chinese)
{
    const core::Complaint& c = row.complaint;
    const QString yes = chinese ? QStringLiteral("是") : QStringLiteral("yes");
    const QString no = chinese ? QStringLiteral("否") : QStringLiteral("no");
    return {QString::number(c.id),
            row.customerCode,
            row.customerName,
            localTime(c.receivedAt),
            labelled(kChannels, c.channel, chinese),
            labelled(kCategories, row.categoryName, chinese),
            QString::number(c.level),
            labelled(kStatuses, c.status, chinese),
            row.ownerName,
            localTime(c.deadline),
            row.overdue ? yes : no,
            QString::number(c.escalationLevel),
            QString::number(std::round(row.ageDays * 10.0) / 10.0),
            c.description,
            c.satisfaction > 0 ? QString::number(c.satisfaction) : QString(),
            c.satisfactionComment,
            c.closeReason};
}

} // namespace carddesk::io
