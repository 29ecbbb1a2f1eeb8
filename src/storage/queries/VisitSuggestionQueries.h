#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QString>

#include <vector>

namespace carddesk::storage {

// Why a customer is suggested for a visit; one customer may meet several rules.
enum VisitSuggestionReason : unsigned
{
    SuggestNotVisited = 1,        // an A customer not visited for the rule's days
    SuggestOverdueReceivable = 2, // an open receivable past its due date
    SuggestDecline = 4,           // in the decline stage in the latest scoring
    SuggestOpenComplaint = 8,     // a complaint neither resolved nor closed
};

// One suggested customer with what each rule it meets found.
struct VisitSuggestionRow
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString namePinyin; // the order within a region
    QString region;
    QString address;
    unsigned reasons = 0;
    QDate lastVisit;          // invalid: never visited (known for the not-visited rule)
    double overdueAmount = 0; // open amount of the overdue receivables
    QDate oldestDue;          // the earliest due date among them
    int openComplaints = 0;
};

// The customers a rep might visit (issue 14): one statement per rule over the rep's own customers, merged by
// customer. Out of every rule: archived customers, customers outside the session's scope, customers with a
// visit still planned (they have one coming or overdue already, which the plan shows) and customers visited in
// the last kRecentVisitDays days, the as-of day included. A visit is a `visit` interaction or a done visit (which
// logs one).
class VisitSuggestionQueries
{
public:
    static constexpr int kRecentVisitDays = 7;

    explicit VisitSuggestionQueries(Session& session) : m_session(session) {}

    // The rules as of `asOf`: overdue means due before it, not visited means no visit on or after asOf − days.
    // Rows ordered by region (customers without one last), then name (by its pinyin).
    core::Result<std::vector<VisitSuggestionRow>> forOwner(qint64 ownerId, const QDate& asOf, int notVisitedDays);

private:
    Session& m_session;
};

} // namespace carddesk::storage
