#include "services/CollectionsPlan.h"

#include "core/InputLimits.h"
#include "storage/repositories/ReceivableRepository.h"

#include <algorithm>

namespace carddesk::services {

using core::CollectionPriority;
using core::ErrorCode;
using core::makeError;

namespace {

constexpr int kLongOverdueDays = 30;
constexpr int kDueSoonDays = 7;

bool weakRating(const QString& rating)
{
    return rating == QLatin1String("B") || rating == QLatin1String("C");
}

} // namespace

CollectionPriority CollectionsPlan::priorityOf(int daysToDue, const QString& creditRating)
{
    if (daysToDue < -kLongOverdueDays || (daysToDue < 0 && weakRating(creditRating)))
        return CollectionPriority::High;
    if (daysToDue <= kDueSoonDays)
        return CollectionPriority::Medium;
    return CollectionPriority::Low;
}

core::Result<std::vector<core::CollectionItem>> CollectionsPlan::list(bool overdueOnly)
{
    auto rows = storage::ReceivableRepository(m_session).open(m_today);
    if (!rows)
        return rows.error();
    std::vector<core::CollectionItem> items;
    items.reserve(rows->size());
    for (core::CollectionItem& item : *rows) {
        const int daysToDue = static_cast<int>(m_today.daysTo(item.receivable.dueDate));
        if (overdueOnly && daysToDue >= 0)
            continue;
        item.priority = priorityOf(daysToDue, item.creditRating);
        items.push_back(std::move(item));
    }
    std::stable_sort(items.begin(), items.end(), [](const core::CollectionItem& a, const core::CollectionItem& b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        if (a.receivable.dueDate != b.receivable.dueDate)
            return a.receivable.dueDate < b.receivable.dueDate;
        return a.openAmount > b.openAmount;
    });
    return items;
}

core::Result<core::Payment> CollectionsPlan::recordPayment(qint64 receivableId, const core::Payment& payment)
{
    if (payment.paidDate.isValid() && payment.paidDate > m_today)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The payment date %1 is in the future; record a payment when it has arrived.")
                             .arg(payment.paidDate.toString(Qt::ISODate)),
                         QStringLiteral("paid_date"));
    if (payment.amount > core::InputLimits::kMaxAmount)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("A payment is more than %1.").arg(core::InputLimits::kMaxAmount),
                         QStringLiteral("amount"));
    if (auto problem = core::InputLimits::textProblem(payment.method, core::InputLimits::kShortText, false))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The payment method %1.").arg(*problem),
                         QStringLiteral("method"));
    return storage::ReceivableRepository(m_session).addPayment(receivableId, payment);
}

} // namespace carddesk::services
