#include "io/CustomerFileColumns.h"

#include "core/Codes.h"
#include "core/CompanySize.h"
#include "core/CustomerKind.h"
#include "core/CustomerSource.h"
#include "core/CustomerStatus.h"
#include "core/LoyaltyClass.h"

#include <array>

namespace carddesk::io {

namespace {

using F = core::CustomerField;
using S = CustomerFileColumn::Source;

constexpr CustomerFileColumn card(const char* key, const char* chinese, const char* aliases, F field)
{
    return CustomerFileColumn{key, chinese, aliases, S::Card, field};
}
constexpr CustomerFileColumn other(const char* key, const char* chinese, const char* aliases, S source)
{
    return CustomerFileColumn{key, chinese, aliases, source};
}

// The card's columns in card order; area_id, owner_id and referred_by_id by name or code, so a file moves
// between offices; the manual lifecycle stage stays out (it is set through the stage dialog, with a reason).
const std::array<CustomerFileColumn, 36> kColumns = {
    card("code", "编号", "客户编号|客户代码|Customer code", F::Code),
    card("name", "客户名称", "名称|公司名称|客户|Customer|Customer name", F::Name),
    card("kind", "类型", "客户类型", F::Kind),
    card("industry", "行业", "所属行业", F::Industry),
    other("area", "区域", "所属区域|片区", S::AreaName),
    card("region", "地区", "省市|城市|District", F::Region),
    card("address", "地址", "详细地址|公司地址", F::Address),
    card("phone", "电话", "公司电话|座机|Telephone", F::Phone),
    card("email", "电子邮件", "邮箱|E-mail|Mail", F::Email),
    card("website", "网站", "网址|Web", F::Website),
    card("source", "来源", "客户来源", F::Source),
    card("status", "状态", "客户状态", F::Status),
    card("size", "规模", "企业规模", F::Size),
    card("established", "成立日期", "成立时间", F::Established),
    card("registered_capital", "注册资本", "Registered capital", F::RegisteredCapital),
    card("key_figures", "主要人物", "Key figures", F::KeyFigures),
    card("preferences", "偏好", "", F::Preferences),
    card("purchase_habits", "采购习惯", "Purchase habits", F::PurchaseHabits),
    card("preferred_payment", "偏好的付款方式", "付款方式|Preferred payment", F::PreferredPayment),
    card("credit_rating", "信用等级", "信用|Credit rating", F::CreditRating),
    card("credit_limit", "信用额度", "Credit limit", F::CreditLimit),
    card("satisfaction", "满意度", "", F::Satisfaction),
    card("loyalty_class", "忠诚度类别", "忠诚度|Loyalty class", F::LoyaltyClass),
    other("owner", "负责业务员", "业务员|负责人|Assigned rep|Sales rep", S::OwnerUsername),
    card("is_key", "重点客户", "Key customer", F::IsKey),
    other("referred_by", "介绍人", "Referred by", S::ReferredByCode),
    card("notes", "备注", "", F::Notes),
    other("contact_name", "联系人", "联系人姓名|Contact|Contact name", S::ContactName),
    other("contact_title", "联系人职务", "职务|Title", S::ContactTitle),
    other("contact_phone", "联系人电话", "Contact phone", S::ContactPhone),
    other("contact_mobile", "联系人手机", "手机|手机号|手机号码|Mobile", S::ContactMobile),
    other("contact_email", "联系人电子邮件", "联系人邮箱|Contact e-mail", S::ContactEmail),
    other("contact_birthday", "联系人生日", "生日|Birthday", S::ContactBirthday),
    other("contact_primary", "主要联系人", "Primary contact", S::ContactPrimary),
    other("contact_notes", "联系人备注", "Contact notes", S::ContactNotes),
    other("contact_do_not_contact", "不再联系", "要求不再联系|Do not contact", S::ContactDoNotContact),
};

// Full-width ASCII (Ａ, ：, ０) to half-width, the ideographic space to a space, lower case, trimmed, without a
// trailing colon: "  客户名称： " and "Customer Name" match their column.
QString normalisedHeader(QStringView header)
{
    QString text;
    text.reserve(header.size());
    for (QChar c : header) {
        const char16_t u = c.unicode();
        if (u == 0x3000)
            text += QLatin1Char(' ');
        else if (u >= 0xFF01 && u <= 0xFF5E)
            text += QChar(static_cast<char16_t>(u - 0xFEE0));
        else
            text += c;
    }
    text = text.trimmed().toCaseFolded();
    while (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

struct ValueLabel
{
    const char* code;
    const char* english;
    const char* chinese;
};

// The labels the card shows (gui/common/Labels and its translation), so an office's own sheet in either
// language reads back to the stored codes.
constexpr ValueLabel kKinds[] = {{"company", "Company", "企业"}, {"person", "Person", "个人"}};
constexpr ValueLabel kStatuses[] = {
    {"potential", "Potential", "潜在客户"}, {"current", "Current", "现有客户"}, {"lost", "Lost", "流失客户"}};
constexpr ValueLabel kSources[] = {{"visit", "Visit", "拜访"},
                                   {"referral", "Referral", "介绍"},
                                   {"exhibition", "Exhibition", "展会"},
                                   {"phone", "Phone call", "电话"},
                                   {"web", "Web", "网络"},
                                   {"competitor", "From a competitor", "从竞争对手处争取"},
                                   {"advertising", "Advertising", "广告"},
                                   {"other", "Other", "其他"}};
constexpr ValueLabel kSizes[] = {
    {"micro", "Micro", "微型"}, {"small", "Small", "小型"}, {"medium", "Medium", "中型"}, {"large", "Large", "大型"}};
constexpr ValueLabel kLoyalty[] = {{"loyal", "Loyal", "忠诚客户"},
                                   {"switcher", "Brand switcher", "品牌转移客户"},
                                   {"none", "No brand loyalty", "无品牌忠诚客户"}};
constexpr ValueLabel kFlags[] = {{"1", "yes", "是"}, {"0", "no", "否"}};

std::span<const ValueLabel> labelsOf(const CustomerFileColumn& column)
{
    if (column.source == S::ContactPrimary || column.source == S::ContactDoNotContact)
        return kFlags;
    if (column.source != S::Card)
        return {};
    switch (column.field) {
    case F::Kind:
        return kKinds;
    case F::Status:
        return kStatuses;
    case F::Source:
        return kSources;
    case F::Size:
        return kSizes;
    case F::LoyaltyClass:
        return kLoyalty;
    case F::IsKey:
        return kFlags;
    default:
        return {};
    }
}

bool isFlag(const CustomerFileColumn& column)
{
    return column.source == S::ContactPrimary || column.source == S::ContactDoNotContact ||
           (column.source == S::Card && column.field == F::IsKey);
}

} // namespace

std::span<const CustomerFileColumn> CustomerFileColumns::all()
{
    return kColumns;
}

const CustomerFileColumn* CustomerFileColumns::findByHeader(QStringView header)
{
    const QString wanted = normalisedHeader(header);
    if (wanted.isEmpty())
        return nullptr;
    for (const CustomerFileColumn& column : kColumns) {
        if (wanted == normalisedHeader(QString::fromLatin1(column.key)) ||
            wanted == normalisedHeader(QString::fromUtf8(column.chinese)))
            return &column;
    }
    // Aliases only after every column's own headers: "电话" is the customer's phone, not an alias elsewhere.
    for (const CustomerFileColumn& column : kColumns) {
        const QStringList aliases = QString::fromUtf8(column.aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString& alias : aliases) {
            if (wanted == normalisedHeader(alias))
                return &column;
        }
    }
    return nullptr;
}

bool CustomerFileColumns::isEnumerated(const CustomerFileColumn& column)
{
    return !labelsOf(column).empty();
}

QString CustomerFileColumns::textForValue(const CustomerFileColumn& column, const QString& storedValue, bool chinese)
{
    for (const ValueLabel& label : labelsOf(column)) {
        if (storedValue == QLatin1String(label.code)) {
            if (chinese)
                return QString::fromUtf8(label.chinese);
            return isFlag(column) ? QString::fromLatin1(label.english) : storedValue;
        }
    }
    return storedValue;
}

std::optional<QString> CustomerFileColumns::valueFromText(const CustomerFileColumn& column, QStringView text)
{
    const std::span<const ValueLabel> labels = labelsOf(column);
    if (labels.empty())
        return text.toString();
    const QString wanted = normalisedHeader(text);
    if (isFlag(column)) {
        static const QStringList yes = {QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("true"),
                                        QStringLiteral("y"), QStringLiteral("是"),  QStringLiteral("x")};
        static const QStringList no = {QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("false"),
                                       QStringLiteral("n"), QStringLiteral("否"), QString()};
        if (yes.contains(wanted))
            return QStringLiteral("1");
        if (no.contains(wanted))
            return QStringLiteral("0");
        return std::nullopt;
    }
    if (wanted.isEmpty())
        return QString();
    for (const ValueLabel& label : labels) {
        if (wanted == QLatin1String(label.code) || wanted == normalisedHeader(QString::fromLatin1(label.english)) ||
            wanted == normalisedHeader(QString::fromUtf8(label.chinese)))
            return QString::fromLatin1(label.code);
    }
    return std::nullopt;
}

} // namespace carddesk::io
