#pragma once

#include "core/Complaint.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace carddesk::storage {

// What the complaints list shows; every field narrows the list, empty/zero fields do not.
struct ComplaintFilter
{
    QStringList statuses;       // any of ComplaintRepository::statuses(); "open" stands for all but resolved/closed
    bool overdueOnly = false;   // open and past the deadline at asOf
    bool escalatedOnly = false; // escalation level 1 or 2
    int minEscalationLevel = 0; // 2: only those escalated to the admin
    qint64 categoryId = 0;
    int level = 0;      // 1..4
    qint64 ownerId = 0; // the complaint's owner (the rep handling it)
    qint64 customerId = 0;
    QDateTime asOf; // the "now" of overdue and age; invalid: the current time
    int offset = 0;
    int limit = 0; // 0: all rows
};

// One complaint as a list shows it, with the names joined in.
struct ComplaintListRow
{
    core::Complaint complaint;
    QString customerCode;
    QString customerName;
    QString categoryName;      // the category key (product_quality...); empty when none
    QString ownerName;         // display name, else user name
    bool overdue = false;      // open and past its deadline at the filter's asOf
    QDateTime firstResolvedAt; // invalid until it was resolved once
    double ageDays = 0;        // received → asOf while open (reopened too), → first resolution once resolved
};

struct ComplaintCategoryCount
{
    qint64 categoryId = 0; // 0: complaints without a category
    QString categoryName;
    qint64 count = 0;
};

// How long one complaint took from being received to its first resolution.
struct ComplaintResolutionTime
{
    qint64 complaintId = 0;
    qint64 customerId = 0;
    qint64 categoryId = 0;
    int level = 0;
    QDateTime receivedAt;
    QDateTime resolvedAt;
    double hours = 0;
};

struct ResolutionHistogramBin
{
    double fromDays = 0; // inclusive
    double toDays = 0;   // exclusive; infinity for the last bin
    qint64 count = 0;
};

// Reads for the complaints view and its charts, scoped to the session's customers (AccessScope): a rep sees the
// complaints of their own customers, a manager those of their area, the admin all. Reads only.
class ComplaintQueries
{
public:
    explicit ComplaintQueries(Session& session) : m_session(session) {}

    // Newest received first. InvalidArgument (field "status" / "level") for a value the workflow does not know.
    core::Result<std::vector<ComplaintListRow>> list(const ComplaintFilter& filter);

    // Complaints received on [from, to] (dates, inclusive; invalid = open-ended), by category, most first.
    core::Result<std::vector<ComplaintCategoryCount>> countsByCategory(const QDate& from, const QDate& to);

    // Complaints received on [from, to] that were resolved at least once: received → first "resolved" step of
    // their history. Oldest received first.
    core::Result<std::vector<ComplaintResolutionTime>> resolutionTimes(const QDate& from, const QDate& to);

    // Counts per bin of days; `edgesDays` ascending, e.g. {1, 3, 7, 14} gives [0,1) [1,3) [3,7) [7,14) [14,∞).
    static std::vector<ResolutionHistogramBin> histogram(const std::vector<ComplaintResolutionTime>& times,
                                                         const std::vector<double>& edgesDays);

private:
    Session& m_session;
};

} // namespace carddesk::storage
