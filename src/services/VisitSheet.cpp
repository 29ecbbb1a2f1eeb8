#include "services/VisitSheet.h"

#include "services/Agenda.h"
#include "services/OfficeSetup.h"
#include "storage/access/AuditTrail.h"
#include "storage/queries/VisitSheetQueries.h"
#include "storage/repositories/SettingsRepository.h"

#include <unordered_set>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;

std::vector<qint64> VisitSheetData::customerIds() const
{
    std::vector<qint64> ids;
    std::unordered_set<qint64> seen;
    for (const storage::VisitSheetCard& card : cards)
        if (seen.insert(card.customerId).second)
            ids.push_back(card.customerId);
    return ids;
}

QString VisitSheet::officeName()
{
    return storage::SettingsRepository::value(m_session.db(), OfficeSetup::OfficeNameKey).value_or(QString());
}

core::Result<VisitSheetData> VisitSheet::visits(const QDate& from, const QDate& to, const QString& username)
{
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A visit sheet needs a valid date."),
                         QStringLiteral("date"));
    if (to < from)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The last day (%1) is before the first (%2).")
                             .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                         QStringLiteral("date"));
    if (from.daysTo(to) >= kMaxDays)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("A visit sheet covers a day or a week (at most %1 days).").arg(kMaxDays),
                         QStringLiteral("date"));
    auto user = Agenda(m_session).whose(username);
    if (!user)
        return user.error();
    auto cards = storage::VisitSheetQueries(m_session).visits(from, to, user->id, m_today);
    if (!cards)
        return cards.error();
    VisitSheetData data;
    data.officeName = officeName();
    data.visitorName = user->displayName.isEmpty() ? user->username : user->displayName;
    data.from = from;
    data.to = to;
    data.asOf = m_today;
    data.cards = std::move(*cards);
    return data;
}

core::Result<VisitSheetData> VisitSheet::card(qint64 customerId)
{
    auto card = storage::VisitSheetQueries(m_session).card(customerId, m_today);
    if (!card)
        return card.error();
    VisitSheetData data;
    data.officeName = officeName();
    data.from = m_today;
    data.to = m_today;
    data.asOf = m_today;
    data.cards.push_back(std::move(*card));
    return data;
}

void VisitSheet::recordAccess(const VisitSheetData& data, const QString& action, const QString& detail)
{
    for (qint64 id : data.customerIds())
        storage::AuditTrail::recordAccess(m_session.db(), m_session.userId(), id, action, detail);
}

QString VisitSheet::describe(const VisitSheetData& data)
{
    if (data.isCard())
        return QStringLiteral("card %1").arg(data.cards.front().code);
    return QStringLiteral("visit sheet %1..%2 of %3, %4 customers")
        .arg(data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate), data.visitorName)
        .arg(data.customerIds().size());
}

} // namespace carddesk::services
