#include "storage/queries/VisitSheetQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

// The local day of a stored UTC moment ("2026-04-30T22:59:00Z" is 05-01 in Beijing), as the agenda shows it; a bare
// day stays as it is.
QDate localDayOf(const SQLite::Column& column)
{
    const QString text = sqlbind::toQString(column);
    if (text.size() <= 10)
        return QDate::fromString(text, Qt::ISODate);
    return QDateTime::fromString(text, Qt::ISODate).toLocalTime().date();
}

// The card's own columns, after the visit's four (or four NULLs for a card alone).
constexpr const char* kCardColumns =
    "c.id, c.code, c.name, c.kind, c.status, c.industry, COALESCE(a.name, ''), c.region, c.address, c.phone, "
    "c.email, COALESCE(NULLIF(o.display_name, ''), o.username, ''), c.credit_rating, c.credit_limit, c.is_key, "
    "s.customer_id IS NOT NULL, s.abc, s.churn_risk, s.lifecycle_stage, s.clv_12m, s.p_alive, s.revenue_12m, "
    "s.last_order_date";
constexpr const char* kCardJoins = " LEFT JOIN areas a ON a.id = c.area_id LEFT JOIN users o ON o.id = c.owner_id "
                                   "LEFT JOIN scores s ON s.customer_id = c.id";

void readCard(SQLite::Statement& q, VisitSheetCard& card)
{
    using namespace sqlbind;
    card.visitId = toId(q.getColumn(0));
    card.plannedDate = toDate(q.getColumn(1));
    card.purpose = toQString(q.getColumn(2));
    card.visitorName = toQString(q.getColumn(3));
    int i = 4;
    card.customerId = q.getColumn(i++).getInt64();
    card.code = toQString(q.getColumn(i++));
    card.name = toQString(q.getColumn(i++));
    card.kind = toQString(q.getColumn(i++));
    card.status = toQString(q.getColumn(i++));
    card.industry = toQString(q.getColumn(i++));
    card.areaName = toQString(q.getColumn(i++));
    card.region = toQString(q.getColumn(i++));
    card.address = toQString(q.getColumn(i++));
    card.phone = toQString(q.getColumn(i++));
    card.email = toQString(q.getColumn(i++));
    card.ownerName = toQString(q.getColumn(i++));
    card.creditRating = toQString(q.getColumn(i++));
    card.creditLimit = q.getColumn(i++).getDouble();
    card.isKey = q.getColumn(i++).getInt() != 0;
    card.scored = q.getColumn(i++).getInt() != 0;
    card.abc = toQString(q.getColumn(i++));
    card.churnRisk = toQString(q.getColumn(i++));
    card.lifecycleStage = toQString(q.getColumn(i++));
    card.clv12m = q.getColumn(i).isNull() ? -1 : q.getColumn(i).getDouble();
    ++i;
    card.pAlive = q.getColumn(i).isNull() ? -1 : q.getColumn(i).getDouble();
    ++i;
    card.revenue12m = q.getColumn(i).isNull() ? 0 : q.getColumn(i).getDouble();
    ++i;
    card.lastOrder = toDate(q.getColumn(i));
}

// The card's child rows, one statement each, prepared once and reset per card.
class ChildReader
{
public:
    explicit ChildReader(SQLite::Database& db)
        : m_contacts(db, "SELECT name, title, phone, mobile, email, is_primary, do_not_contact FROM contacts "
                         "WHERE customer_id = ? ORDER BY is_primary DESC, name, id"),
          m_interactions(db, "SELECT i.occurred_at, i.channel, i.summary, "
                             "COALESCE(NULLIF(u.display_name, ''), u.username, '') FROM interactions i "
                             "LEFT JOIN users u ON u.id = i.user_id WHERE i.customer_id = ? "
                             "ORDER BY i.occurred_at DESC, i.id DESC LIMIT " +
                                 std::to_string(VisitSheetCard::kLastInteractions)),
          m_complaints(db, "SELECT k.received_at, k.deadline, k.status, k.level, COALESCE(g.name, ''), k.description "
                           "FROM complaints k LEFT JOIN complaint_categories g ON g.id = k.category_id "
                           "WHERE k.customer_id = ? AND k.status NOT IN ('resolved', 'closed') "
                           "ORDER BY k.received_at, k.id"),
          m_receivables(db, "SELECT count(*), COALESCE(sum(amount - paid_amount), 0), "
                            "COALESCE(sum(CASE WHEN due_date < ?2 THEN amount - paid_amount END), 0), "
                            "min(CASE WHEN due_date < ?2 THEN due_date END) FROM receivables "
                            // Open as for the collections plan: more than half a cent unpaid (money is REAL in
                            // currency units; a rounding remnant is not an invoice to collect).
                            "WHERE customer_id = ?1 AND paid_amount < amount AND paid_amount + 0.005 < amount")
    {
    }

    void read(VisitSheetCard& card, const QDate& asOf)
    {
        using namespace sqlbind;
        const auto id = static_cast<int64_t>(card.customerId);
        m_contacts.reset();
        m_contacts.bind(1, id);
        while (m_contacts.executeStep())
            card.contacts.push_back({toQString(m_contacts.getColumn(0)), toQString(m_contacts.getColumn(1)),
                                     toQString(m_contacts.getColumn(2)), toQString(m_contacts.getColumn(3)),
                                     toQString(m_contacts.getColumn(4)), m_contacts.getColumn(5).getInt() != 0,
                                     m_contacts.getColumn(6).getInt() != 0});
        m_interactions.reset();
        m_interactions.bind(1, id);
        while (m_interactions.executeStep())
            card.interactions.push_back({toDateTime(m_interactions.getColumn(0)),
                                         toQString(m_interactions.getColumn(1)), toQString(m_interactions.getColumn(2)),
                                         toQString(m_interactions.getColumn(3))});
        m_complaints.reset();
        m_complaints.bind(1, id);
        while (m_complaints.executeStep())
            card.openComplaints.push_back({localDayOf(m_complaints.getColumn(0)), localDayOf(m_complaints.getColumn(1)),
                                           toQString(m_complaints.getColumn(2)), m_complaints.getColumn(3).getInt(),
                                           toQString(m_complaints.getColumn(4)), toQString(m_complaints.getColumn(5))});
        m_receivables.reset();
        m_receivables.bind(1, id);
        date(m_receivables, 2, asOf);
        if (m_receivables.executeStep()) {
            card.openInvoices = m_receivables.getColumn(0).getInt();
            card.receivableOpen = m_receivables.getColumn(1).getDouble();
            card.receivableOverdue = m_receivables.getColumn(2).getDouble();
            card.oldestOverdueDue = toDate(m_receivables.getColumn(3));
        }
    }

private:
    SQLite::Statement m_contacts;
    SQLite::Statement m_interactions;
    SQLite::Statement m_complaints;
    SQLite::Statement m_receivables;
};

} // namespace

core::Result<std::vector<VisitSheetCard>> VisitSheetQueries::visits(const QDate& from, const QDate& to, qint64 userId,
                                                                    const QDate& asOf)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A date range (from ≤ to) is required."),
                         QStringLiteral("from"));
    std::vector<VisitSheetCard> cards;
    auto status = m_session.db().read([&]() -> core::Status {
        try {
            // Through visits_user_date: one user's days, or every user's (a visit always has its planner), so
            // the visits table is never scanned whole.
            SQLite::Statement q(
                m_session.db().sql(),
                std::string("SELECT v.id, v.planned_date, v.purpose, COALESCE(NULLIF(vu.display_name, ''), "
                            "vu.username, ''), ") +
                    kCardColumns + " FROM visits v JOIN customers c ON c.id = v.customer_id" + kCardJoins +
                    " LEFT JOIN users vu ON vu.id = v.user_id WHERE " +
                    (userId > 0 ? "v.user_id = ?1" : "v.user_id IN (SELECT id FROM users)") +
                    " AND v.planned_date BETWEEN ?2 AND ?3 AND v.status = 'planned' AND " +
                    AccessScope::customerFilter(m_session, "c") + " ORDER BY v.planned_date, c.name, v.id");
            if (userId > 0)
                q.bind(1, static_cast<int64_t>(userId));
            sqlbind::date(q, 2, from);
            sqlbind::date(q, 3, to);
            while (q.executeStep()) {
                VisitSheetCard card;
                readCard(q, card);
                cards.push_back(std::move(card));
            }
            ChildReader children(m_session.db().sql());
            for (VisitSheetCard& card : cards)
                children.read(card, asOf);
            return {};
        } catch (const std::exception& e) {
            return errorFromException(e);
        }
    });
    if (!status)
        return status.error();
    return cards;
}

core::Result<VisitSheetCard> VisitSheetQueries::card(qint64 customerId, const QDate& asOf)
{
    std::optional<VisitSheetCard> found;
    auto status = m_session.db().read([&]() -> core::Status {
        try {
            SQLite::Statement q(m_session.db().sql(), std::string("SELECT NULL, NULL, NULL, NULL, ") + kCardColumns +
                                                          " FROM customers c" + kCardJoins + " WHERE c.id = ? AND " +
                                                          AccessScope::customerFilter(m_session, "c"));
            q.bind(1, static_cast<int64_t>(customerId));
            if (!q.executeStep())
                return makeError(ErrorCode::NotFound,
                                 QStringLiteral("customer %1 does not exist or is not yours to see").arg(customerId));
            VisitSheetCard card;
            readCard(q, card);
            ChildReader(m_session.db().sql()).read(card, asOf);
            found = std::move(card);
            return {};
        } catch (const std::exception& e) {
            return errorFromException(e);
        }
    });
    if (!status)
        return status.error();
    return *found;
}

} // namespace carddesk::storage
