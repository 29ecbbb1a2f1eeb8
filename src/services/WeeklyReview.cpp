#include "services/WeeklyReview.h"

#include "services/OfficeSettings.h"
#include "services/OfficeSetup.h"
#include "storage/access/AccessScope.h"
#include "storage/access/ReportAccessLog.h"
#include "storage/db/Database.h"
#include "storage/queries/WeeklyReviewNotes.h"
#include "storage/repositories/SalesTargetRepository.h"
#include "storage/repositories/SettingsRepository.h"

#include <future>
#include <map>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;
using storage::RepWeekFigures;

core::Result<ReviewPeriod> WeeklyReview::period(const QString& label, const QDate& today, int firstDay)
{
    if (label.trimmed().isEmpty())
        return ReviewPeriod::lastFullWeek(today, firstDay);
    return ReviewPeriod::parse(label, today, firstDay);
}

int WeeklyReview::firstDayOfWeek()
{
    return OfficeSettings::integer(m_session.db(), "report.week_start");
}

double WeeklyReview::measure(const RepWeekFigures& f, ReviewMeasure which)
{
    switch (which) {
    case ReviewMeasure::Interactions:
        return static_cast<double>(f.interactions);
    case ReviewMeasure::VisitsDone:
        return static_cast<double>(f.visitsDone);
    case ReviewMeasure::VisitsPlanned:
        return static_cast<double>(f.visitsPlanned);
    case ReviewMeasure::NewCustomers:
        return static_cast<double>(f.newCustomers);
    case ReviewMeasure::CardsEdited:
        return static_cast<double>(f.cardsEdited);
    case ReviewMeasure::Sales:
        return f.sales;
    case ReviewMeasure::Collections:
        return f.collections;
    case ReviewMeasure::OverdueReceivables:
        return f.overdueReceivables;
    case ReviewMeasure::ComplaintsReceived:
        return static_cast<double>(f.complaintsReceived);
    case ReviewMeasure::ComplaintsResolved:
        return static_cast<double>(f.complaintsResolved);
    case ReviewMeasure::ComplaintsOpenPastDeadline:
        return static_cast<double>(f.complaintsOpenPastDeadline);
    case ReviewMeasure::ComplaintsEscalated:
        return static_cast<double>(f.complaintsEscalated);
    }
    return 0;
}

MeasureValues WeeklyReview::measures(const RepWeekFigures& figures)
{
    MeasureValues values{};
    for (int i = 0; i < kReviewMeasureCount; ++i)
        values[i] = measure(figures, static_cast<ReviewMeasure>(i));
    return values;
}

RepWeekFigures WeeklyReview::sum(const std::vector<WeeklyReviewRow>& rows)
{
    RepWeekFigures t;
    t.reviewed = !rows.empty();
    for (const WeeklyReviewRow& row : rows) {
        const RepWeekFigures& f = row.figures;
        for (const auto& [channel, count] : f.interactionsByChannel)
            t.interactionsByChannel[channel] += count;
        t.interactions += f.interactions;
        t.visitsDone += f.visitsDone;
        t.visitsPlanned += f.visitsPlanned;
        t.newCustomers += f.newCustomers;
        t.cardsEdited += f.cardsEdited;
        t.orders += f.orders;
        t.sales += f.sales;
        t.payments += f.payments;
        t.collections += f.collections;
        t.overdueCount += f.overdueCount;
        t.overdueReceivables += f.overdueReceivables;
        for (std::size_t b = 0; b < t.overdueAgeing.size(); ++b)
            t.overdueAgeing[b] += f.overdueAgeing[b];
        t.newlyOverdueCount += f.newlyOverdueCount;
        t.newlyOverdue += f.newlyOverdue;
        t.complaintsReceived += f.complaintsReceived;
        t.complaintsResolved += f.complaintsResolved;
        t.complaintsOpenPastDeadline += f.complaintsOpenPastDeadline;
        t.complaintsEscalated += f.complaintsEscalated;
        t.satisfactionCount += f.satisfactionCount;
        t.satisfactionSum += f.satisfactionSum;
        t.currentCustomers += f.currentCustomers;
        t.completenessSum += f.completenessSum;
        t.staleCards += f.staleCards;
        t.aClassWithoutContact += f.aClassWithoutContact;
        t.followUpsDue += f.followUpsDue;
        t.followUpsDone += f.followUpsDone;
        t.followUpsOverdue += f.followUpsOverdue;
        t.intoDeclineOrLost += f.intoDeclineOrLost;
        t.wonBack += f.wonBack;
        t.highRiskAClass += f.highRiskAClass;
        t.winBackQueue += f.winBackQueue;
        t.winBackContacted += f.winBackContacted;
        t.reviewed = t.reviewed && f.reviewed;
    }
    return t;
}

core::Result<WeeklyReport> WeeklyReview::build(const ReviewPeriod& asked, const QString& areaName, bool compare)
{
    // The week as the office counts it, whatever day the caller's week began on.
    const ReviewPeriod period = asked.withFirstDay(firstDayOfWeek());
    storage::WeeklyReviewQueries queries(m_session);
    WeeklyReport report;
    report.period = period;
    report.officeName =
        storage::SettingsRepository::value(m_session.db(), OfficeSetup::OfficeNameKey).value_or(QString());
    if (!areaName.trimmed().isEmpty()) {
        auto area = queries.areaByName(areaName);
        if (!area)
            return area.error();
        report.areaId = *area;
        report.areaName = areaName.trimmed();
    } else if (m_session.isManager() || m_session.user().role == core::Role::Rep) {
        // A manager's (and a rep's) whole scope is their area.
        report.areaId = m_session.user().areaId;
    }
    const qint64 areaFilter = areaName.trimmed().isEmpty() ? 0 : report.areaId;
    // The equity reads every order of the scope: on a connection and thread of its own, beside the figures' reads
    // (docs/PERFORMANCE.md), or here afterwards when the file cannot be opened again (an in-memory database).
    std::future<core::Result<EquityChange>> equity =
        std::async(std::launch::async,
                   [path = m_session.db().path(), user = m_session.user(), previousEnd = period.previous().to(),
                    end = period.lastDay(), areaFilter]() -> core::Result<EquityChange> {
                       storage::Database::Options options;
                       options.create = false;
                       options.migrate = false;
                       options.quickCheck = false;
                       auto db = storage::Database::open(path, options);
                       if (!db)
                           return db.error();
                       storage::Session session(**db, user);
                       return CustomerEquityReport(session).change(previousEnd, end, areaFilter);
                   });
    auto now = queries.figures(period.from(), period.lastDay(), areaFilter);
    if (!now)
        return now.error();
    if (report.areaId > 0 && report.areaName.isEmpty() && !now->empty())
        report.areaName = now->front().rep.areaName;
    for (RepWeekFigures& figures : *now) {
        WeeklyReviewRow row;
        row.figures = std::move(figures);
        report.rows.push_back(std::move(row));
    }
    if (compare) {
        std::map<qint64, std::size_t> index;
        for (std::size_t i = 0; i < report.rows.size(); ++i)
            index[report.rows[i].figures.rep.id] = i;
        for (WeeklyReviewRow& row : report.rows) {
            row.trendSales[kTrendPeriods - 1] = row.figures.sales;
            row.trendCollections[kTrendPeriods - 1] = row.figures.collections;
        }
        report.trendPeriods.assign(kTrendPeriods, period);
        // The 8 periods before, oldest first, read together (one pass per figure over their span).
        std::vector<ReviewPeriod> past;
        const qint64 daysGoneBy = period.from().daysTo(period.lastDay());
        for (ReviewPeriod p = period.previous(); past.size() < 8; p = p.previous())
            past.insert(past.begin(), period.inProgress() ? p.cutAt(p.from().addDays(daysGoneBy)) : p);
        report.comparedToSameDay = period.inProgress();
        std::vector<std::pair<QDate, QDate>> spans;
        for (const ReviewPeriod& p : past)
            spans.emplace_back(p.from(), p.lastDay());
        auto history = queries.history(spans, areaFilter);
        if (!history)
            return history.error();
        for (int back = 1; back <= 8; ++back) {
            const std::size_t k = static_cast<std::size_t>(8 - back);
            if (back < kTrendPeriods)
                report.trendPeriods[static_cast<std::size_t>(kTrendPeriods - 1 - back)] = past[k];
            for (const RepWeekFigures& figures : (*history)[k]) {
                auto it = index.find(figures.rep.id);
                if (it == index.end())
                    continue;
                WeeklyReviewRow& row = report.rows[it->second];
                const MeasureValues values = measures(figures);
                if (back < kTrendPeriods) {
                    row.trendSales[static_cast<std::size_t>(kTrendPeriods - 1 - back)] = figures.sales;
                    row.trendCollections[static_cast<std::size_t>(kTrendPeriods - 1 - back)] = figures.collections;
                }
                for (int m = 0; m < kReviewMeasureCount; ++m) {
                    if (back == 1)
                        row.previous[m] = values[m];
                    row.average8[m] += values[m] / 8.0;
                }
            }
        }
        report.compared = true;
    }
    if (auto attained = addAttainment(report, areaFilter); !attained)
        return attained.error();
    auto equityRead = equity.get();
    if (!equityRead)
        equityRead = CustomerEquityReport(m_session).change(period.previous().to(), period.lastDay(), areaFilter);
    if (!equityRead)
        return equityRead.error();
    report.equity = *equityRead;
    report.totals.figures = sum(report.rows);
    for (const WeeklyReviewRow& row : report.rows)
        for (int m = 0; m < kReviewMeasureCount; ++m) {
            report.totals.previous[m] += row.previous[m];
            report.totals.average8[m] += row.average8[m];
        }
    for (const WeeklyReviewRow& row : report.rows)
        for (int i = 0; i < kTrendPeriods; ++i) {
            report.totals.trendSales[static_cast<std::size_t>(i)] += row.trendSales[static_cast<std::size_t>(i)];
            report.totals.trendCollections[static_cast<std::size_t>(i)] +=
                row.trendCollections[static_cast<std::size_t>(i)];
        }
    return report;
}

core::Status WeeklyReview::recordExport(const WeeklyReport& report, const QString& format,
                                        const std::function<core::Status()>& alongside, bool printed)
{
    // English and without personal data, like every log detail: which report, period, scope and format.
    const QString detail =
        QStringLiteral("weekly report %1, %2, %3")
            .arg(report.period.label(),
                 report.areaName.isEmpty() ? QStringLiteral("whole scope") : QStringLiteral("area ") + report.areaName,
                 format);
    return storage::ReportAccessLog::record(
        m_session, printed ? storage::ReportAccessLog::Action::Print : storage::ReportAccessLog::Action::Export, detail,
        alongside);
}

core::Status WeeklyReview::addAttainment(WeeklyReport& report, qint64 areaFilter)
{
    const QDate to = report.period.lastDay();
    storage::WeeklyReviewQueries queries(m_session);
    // The year to date and, within it, the month to date, read together.
    auto sums = queries.salesAndCollections(QDate(to.year(), 1, 1), QDate(to.year(), to.month(), 1), to, areaFilter);
    if (!sums)
        return sums.error();
    auto targets = storage::SalesTargetRepository(m_session).forYear(to.year());
    if (!targets)
        return targets.error();
    // A target summed into `into` (which starts at -1: none).
    const auto add = [](double& into, double value) { into = (into < 0 ? 0.0 : into) + value; };
    TargetAttainment areaTargets;
    const auto fillTargets = [&](TargetAttainment& a, const core::SalesTarget& t) {
        ++a.plannedMonths;
        add(a.yearSalesTarget, t.sales);
        add(a.yearCollectionsTarget, t.collections);
        if (t.month == to.month()) {
            add(a.monthSalesTarget, t.sales);
            add(a.monthCollectionsTarget, t.collections);
        }
    };
    std::map<qint64, TargetAttainment> byRep;
    for (const core::SalesTarget& t : *targets) {
        if (t.repId > 0)
            fillTargets(byRep[t.repId], t);
        else if (report.areaId > 0 && t.areaId == report.areaId)
            fillTargets(areaTargets, t);
    }
    // A year's plan is its twelve months: with some months unset, the year to date would be set against a part of
    // a plan (a December target alone made 2,817 % of "the year"), so there is no year target until all are set.
    const auto wholeYearOnly = [](TargetAttainment& a) {
        if (a.plannedMonths < 12) {
            a.yearSalesTarget = -1;
            a.yearCollectionsTarget = -1;
        }
    };
    for (auto& [rep, attainment] : byRep)
        wholeYearOnly(attainment);
    wholeYearOnly(areaTargets);
    TargetAttainment totals;
    totals.year = to.year();
    totals.month = to.month();
    for (WeeklyReviewRow& row : report.rows) {
        TargetAttainment& a = row.targets;
        a = byRep[row.figures.rep.id];
        a.year = to.year();
        a.month = to.month();
        if (const auto it = sums->find(row.figures.rep.id); it != sums->end()) {
            a.monthSales = it->second.salesSince;
            a.monthCollections = it->second.collectionsSince;
            a.yearSales = it->second.sales;
            a.yearCollections = it->second.collections;
        }
        totals.monthSales += a.monthSales;
        totals.monthCollections += a.monthCollections;
        totals.yearSales += a.yearSales;
        totals.yearCollections += a.yearCollections;
        for (auto [from, into] : {std::pair{a.monthSalesTarget, &totals.monthSalesTarget},
                                  std::pair{a.monthCollectionsTarget, &totals.monthCollectionsTarget},
                                  std::pair{a.yearSalesTarget, &totals.yearSalesTarget},
                                  std::pair{a.yearCollectionsTarget, &totals.yearCollectionsTarget}})
            if (from >= 0)
                add(*into, from);
    }
    // The reps' targets summed are the totals' target only when every rep has one (else the total's share would
    // set everybody's sales against a few reps' targets); an area's own plan, when the administrator set one,
    // replaces them.
    for (const WeeklyReviewRow& row : report.rows)
        for (auto [own, into] : {std::pair{row.targets.monthSalesTarget, &totals.monthSalesTarget},
                                 std::pair{row.targets.monthCollectionsTarget, &totals.monthCollectionsTarget},
                                 std::pair{row.targets.yearSalesTarget, &totals.yearSalesTarget},
                                 std::pair{row.targets.yearCollectionsTarget, &totals.yearCollectionsTarget}})
            if (own < 0)
                *into = -1;
    for (auto [from, into] : {std::pair{areaTargets.monthSalesTarget, &totals.monthSalesTarget},
                              std::pair{areaTargets.monthCollectionsTarget, &totals.monthCollectionsTarget},
                              std::pair{areaTargets.yearSalesTarget, &totals.yearSalesTarget},
                              std::pair{areaTargets.yearCollectionsTarget, &totals.yearCollectionsTarget}})
        if (from >= 0)
            *into = from;
    report.totals.targets = totals;
    return {};
}

core::Result<std::vector<storage::RouteRow>> WeeklyReview::routes(const ReviewPeriod& asked, const QString& areaName)
{
    const ReviewPeriod period = asked.withFirstDay(firstDayOfWeek());
    qint64 areaId = 0;
    if (!areaName.trimmed().isEmpty()) {
        auto area = storage::WeeklyReviewQueries(m_session).areaByName(areaName);
        if (!area)
            return area.error();
        areaId = *area;
    }
    return storage::RouteReviewQueries(m_session).byRegion(period.from(), period.lastDay(), areaId);
}

core::Result<qint64> WeeklyReview::repId(const QString& username)
{
    auto reps = storage::WeeklyReviewQueries(m_session).reps(0);
    if (!reps)
        return reps.error();
    for (const storage::ReviewRep& rep : *reps)
        if (rep.username.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
            return rep.id;
    return makeError(ErrorCode::NotFound, QStringLiteral("'%1' is not a rep you may review.").arg(username.trimmed()),
                     QStringLiteral("user"));
}

core::Result<std::vector<storage::WeeklyRecord>>
WeeklyReview::drillDown(storage::WeeklyFigure figure, const QString& username, const ReviewPeriod& period)
{
    auto id = repId(username);
    if (!id)
        return id.error();
    return drillDown(figure, *id, period);
}

core::Result<std::vector<storage::WeeklyRecord>> WeeklyReview::drillDown(storage::WeeklyFigure figure, qint64 repId,
                                                                         const ReviewPeriod& asked)
{
    const ReviewPeriod period = asked.withFirstDay(firstDayOfWeek());
    return storage::WeeklyReviewQueries(m_session).records(figure, repId, period.from(), period.lastDay());
}

core::Result<qint64> WeeklyReview::markReviewed(const QString& username, const ReviewPeriod& period,
                                                const QString& comment, QString* replaced)
{
    // The role first: a rep sees only themselves, so "not a rep you may review" would hide the real refusal.
    if (auto allowed =
            storage::AccessScope::requireRole(m_session, core::Role::Manager, QStringLiteral("Marking a review"));
        !allowed)
        return allowed.error();
    auto id = repId(username);
    if (!id)
        return id.error();
    return markReviewed(*id, period, comment, replaced);
}

core::Result<qint64> WeeklyReview::markReviewed(qint64 repId, const ReviewPeriod& asked, const QString& comment,
                                                QString* replaced)
{
    const ReviewPeriod period = asked.withFirstDay(firstDayOfWeek());
    return storage::WeeklyReviewNotes(m_session).mark(repId, period.from(), period.to(), comment, replaced);
}

} // namespace carddesk::services
