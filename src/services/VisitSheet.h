#pragma once

#include "core/Result.h"
#include "core/User.h"
#include "storage/access/Session.h"
#include "storage/queries/VisitSheetCard.h"

#include <QDate>
#include <QString>

#include <vector>

namespace carddesk::services {

// What a visit sheet (拜访单) or a printed card carries, read for both faces: the office, whose visits, the days,
// and one VisitSheetCard per planned visit.
struct VisitSheetData
{
    QString officeName;
    QString visitorName; // display name (user name when it has none); empty for a card printed alone
    QDate from;
    QDate to;
    QDate asOf; // the day receivables count as overdue from
    std::vector<storage::VisitSheetCard> cards;

    bool isCard() const { return !cards.empty() && cards.front().visitId == 0; }
    std::vector<qint64> customerIds() const; // each customer once, in the sheet's order
};

// The visit sheet (DOMAIN: a rep carries only the cards of the customers to visit; issue 14): the planned visits
// of one day or one week of a user, and a single card to print. A rep gets their own visits; a manager or the
// administrator may name another user they can see (Agenda::whose). Always within the session's customer scope.
// Recording a print or an export in the access log is here too, one entry per customer, so both faces log alike.
class VisitSheet
{
public:
    static constexpr int kMaxDays = 7; // a day or a week

    explicit VisitSheet(storage::Session& session, const QDate& today = QDate::currentDate())
        : m_session(session), m_today(today)
    {
    }

    // InvalidArgument (field "date") for an invalid day or range or one longer than a week; the user errors of
    // Agenda::whose. An empty list when nothing is planned: the caller says so (VisitSheetExport refuses it).
    core::Result<VisitSheetData> visits(const QDate& from, const QDate& to, const QString& username = {});

    // One card alone; NotFound outside the scope.
    core::Result<VisitSheetData> card(qint64 customerId);

    // The access log's entries for a sheet or card that went to a printer or a file: `action` "print" or
    // "export", one row per customer with `detail`, inside the caller's transaction (`Database::write`).
    void recordAccess(const VisitSheetData& data, const QString& action, const QString& detail);

    // "visit sheet 2026-12-07..2026-12-07 of rep01" / "card": what the access log's detail starts with.
    static QString describe(const VisitSheetData& data);

private:
    QString officeName();

    storage::Session& m_session;
    QDate m_today;
};

} // namespace carddesk::services
