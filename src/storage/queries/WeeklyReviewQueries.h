#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QDateTime>

#include <array>
#include <functional>
#include <map>
#include <unordered_map>
#include <vector>

namespace carddesk::storage {

// The figures of the manager's week; each is a set of records (WeeklyReviewQueries::records lists them), and the
// figure is their count or their amounts' sum, so a drill-down always adds up to the number it opened.
enum class WeeklyFigure
{
    Interactions,               // recorded by the rep in the period
    VisitsDone,                 // the rep's visits done in the period (done_at, else the planned day)
    VisitsPlanned,              // the rep's visits planned for a day of the period, whatever their status now
    NewCustomers,               // the rep's customers created in the period
    CardsEdited,                // the rep's customers with a change in the audit trail in the period (not creation)
    Sales,                      // orders of the rep's customers dated in the period
    Collections,                // payments on the rep's customers' receivables dated in the period
    OverdueReceivables,         // receivables due before `to` with an open amount at `to` (payments up to `to`)
    NewlyOverdue,               // of those, the ones whose first overdue day falls in the period
    ComplaintsReceived,         // complaints of the rep's customers received in the period
    ComplaintsResolved,         // complaints first marked resolved in the period
    ComplaintsOpenPastDeadline, // received by `to`, deadline before the end of `to`, not resolved/closed at `to`
    ComplaintsEscalated,        // escalated in the period
    CurrentCustomers,           // the rep's current customers, each with its card completeness as the amount
    StaleCards,                 // the rep's customers (not lost) whose card was not changed in the 90 days to `to`
    AClassWithoutContact,       // the rep's A-class customers (not lost) with no interaction in the 30 days to `to`
    FollowUpsDue,               // follow-ups (an interaction's next follow-up) on the rep's customers due in the period
    FollowUpsDone,              // of those, the ones followed by a later interaction with the customer by `to`
    FollowUpsOverdue,           // follow-ups due by `to` (recorded by then) with no later interaction by `to`
    IntoDeclineOrLost,          // the rep's customers whose stage moved to decline or lost in the period
    WonBack,                    // the rep's customers whose stage moved to won back in the period
    HighRiskAClass,             // the rep's A-class customers (not lost) whose latest churn risk is high
    WinBackQueue,               // the rep's customers in the win-back queue (latest stage decline or lost)
    WinBackContacted,           // of those, the ones with an interaction in the period
};

// One record behind a figure.
struct WeeklyRecord
{
    qint64 repId = 0;
    qint64 id = 0; // the record's row id (order, payment, visit …; the customer's id for customer figures)
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDate day;         // the record's date in the figure's sense (order date, due date, received …)
    double amount = 0; // money for sales/collections/receivables, completeness for current customers, else 0
    QString detail;    // channel, order or invoice number, complaint status …
};

// A rep the reviewer may see.
struct ReviewRep
{
    qint64 id = 0;
    QString username;
    QString displayName;
    qint64 areaId = 0;
    QString areaName;
};

// One rep's figures for a period [from, to].
struct RepWeekFigures
{
    ReviewRep rep;
    std::map<QString, qint64> interactionsByChannel;
    qint64 interactions = 0;
    qint64 visitsDone = 0;
    qint64 visitsPlanned = 0;
    qint64 newCustomers = 0;
    qint64 cardsEdited = 0;
    qint64 orders = 0;
    double sales = 0;
    qint64 payments = 0;
    double collections = 0;
    qint64 overdueCount = 0;
    double overdueReceivables = 0;
    std::array<double, 4> overdueAgeing{}; // open amounts overdue 1–30, 31–60, 61–90, > 90 days at `to`
    qint64 newlyOverdueCount = 0;
    double newlyOverdue = 0;
    qint64 complaintsReceived = 0;
    qint64 complaintsResolved = 0;
    qint64 complaintsOpenPastDeadline = 0;
    qint64 complaintsEscalated = 0;
    qint64 satisfactionCount = 0; // resolved in the period with a satisfaction score (1–5)
    double satisfactionSum = 0;
    qint64 currentCustomers = 0;
    double completenessSum = 0; // card completeness summed over the current customers
    qint64 staleCards = 0;
    qint64 aClassWithoutContact = 0;
    qint64 followUpsDue = 0;
    qint64 followUpsDone = 0;
    qint64 followUpsOverdue = 0;
    qint64 intoDeclineOrLost = 0;
    qint64 wonBack = 0;
    qint64 highRiskAClass = 0;
    qint64 winBackQueue = 0;
    qint64 winBackContacted = 0;
    bool reviewed = false;
    QString reviewComment;
    QString reviewerName;
    QDateTime reviewedAt;

    // The average card completeness (0..1); -1 when the rep has no current customers.
    double cardCompleteness() const { return currentCustomers > 0 ? completenessSum / currentCustomers : -1.0; }
    // The average satisfaction of complaints resolved in the period (1..5); -1 when none was scored.
    double averageSatisfaction() const { return satisfactionCount > 0 ? satisfactionSum / satisfactionCount : -1.0; }
};

// A rep's sales and collections over a period, and over its part from a later day on.
struct PeriodSums
{
    double sales = 0;
    double collections = 0;
    double salesSince = 0;
    double collectionsSince = 0;
};

// Reads for the weekly review, scoped by AccessScope: a rep sees their own row, a manager the reps of their area,
// the administrator every rep of the office or of one area. A rep's figures cover the customers the rep owns now
// (interactions and visits: those the rep recorded on customers the reader may see). Reads only.
class WeeklyReviewQueries
{
public:
    explicit WeeklyReviewQueries(Session& session) : m_session(session) {}

    // The card's key fields whose share is the card completeness (docs/USER_GUIDE.md lists them).
    static const std::vector<const char*>& completenessFields();

    // The area's id by name (case-insensitive); NotFound when there is none, AccessDenied when it is not the
    // manager's (a rep may not choose an area at all).
    core::Result<qint64> areaByName(const QString& name);

    // The reps this reviewer sees, in user name order; areaId 0: all of the reviewer's scope.
    core::Result<std::vector<ReviewRep>> reps(qint64 areaId);

    // Every rep's figures for [from, to].
    core::Result<std::vector<RepWeekFigures>> figures(const QDate& from, const QDate& to, qint64 areaId);

    // For each of `periods` ({from, to}, oldest first, not overlapping), every rep's figures that the comparisons
    // with past periods use (services::ReviewMeasure; not the card keeping, the follow-ups or the stage moves),
    // equal to figures() of each period. Each figure is read once over the periods' whole span and its records
    // counted into the period their day falls in; the states at a period's end (overdue receivables, complaints
    // open past deadline) from one read of the receivables for all the ends, and per period for the complaints.
    core::Result<std::vector<std::vector<RepWeekFigures>>> history(const std::vector<std::pair<QDate, QDate>>& periods,
                                                                   qint64 areaId);

    // Each rep's sales and collections from `from` to `to` and, of them, those from `since` on (a day in the
    // period), for the targets' attainment over a year to date and its last month: one read serves both.
    core::Result<std::map<qint64, PeriodSums>> salesAndCollections(const QDate& from, const QDate& since,
                                                                   const QDate& to, qint64 areaId);

    // The records behind one figure of one rep (a rep the reviewer sees), in date order.
    core::Result<std::vector<WeeklyRecord>> records(WeeklyFigure figure, qint64 repId, const QDate& from,
                                                    const QDate& to);

private:
    // `ordered`: in date order (a drill-down's list); sums and counts need no order, and sorting a year of orders
    // costs more than reading them.
    core::Status scan(WeeklyFigure figure, const std::vector<ReviewRep>& reps, const QDate& from, const QDate& to,
                      bool ordered, const std::function<void(const WeeklyRecord&)>& visit);

    // The cards edited in each period (a customer counts once per period it was edited in), one read for all.
    core::Status sumCardsEdited(const std::vector<ReviewRep>& reps, const std::vector<std::pair<QDate, QDate>>& periods,
                                std::vector<std::unordered_map<qint64, RepWeekFigures*>>& byRep);
    // The receivables overdue at the end of each period, one read for all.
    core::Status sumOverdue(const std::vector<ReviewRep>& reps, const std::vector<std::pair<QDate, QDate>>& periods,
                            std::vector<std::unordered_map<qint64, RepWeekFigures*>>& byRep);

    // The customer and card-keeping figures of `reps` in one pass over their customers (the figures' records are
    // still those recordSql lists; the drill-down reads them one figure at a time).
    core::Status sumCardKeeping(const std::vector<ReviewRep>& reps, const QDate& from, const QDate& to,
                                const std::unordered_map<qint64, RepWeekFigures*>& byRep);

    Session& m_session;
};

} // namespace carddesk::storage
