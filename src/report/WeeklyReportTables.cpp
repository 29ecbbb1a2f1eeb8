#include "report/WeeklyReportTables.h"

#include <QLocale>

#include <optional>

namespace carddesk::report {

using services::ReviewMeasure;
using services::WeeklyReport;
using services::WeeklyReviewRow;
using storage::RepWeekFigures;

namespace {

ReportTable table(const QString& title, const QStringList& headers, std::vector<double> widths)
{
    ReportTable t;
    t.title = title;
    t.headers = headers;
    t.widths = std::move(widths);
    return t;
}

ReportCell nameCell(const QString& name)
{
    ReportCell cell = ReportCell::fromText(name);
    cell.emphasised = true;
    return cell;
}

// Adds one row per rep and the total row, each made by `cells` from the figures.
template <typename Cells>
void addRows(ReportTable& t, const WeeklyReport& report, const QString& totalLabel, Cells cells)
{
    for (const WeeklyReviewRow& row : report.rows) {
        std::vector<ReportCell> r{nameCell(WeeklyReportTables::repName(row.figures))};
        for (ReportCell& cell : cells(row.figures, false))
            r.push_back(std::move(cell));
        t.rows.push_back(std::move(r));
    }
    std::vector<ReportCell> total{nameCell(totalLabel)};
    for (ReportCell& cell : cells(report.totals.figures, true)) {
        cell.emphasised = true;
        total.push_back(std::move(cell));
    }
    t.rows.push_back(std::move(total));
    t.hasTotalRow = true;
}

// "–" without a rating in the period, as the page shows it: a blank read as a figure left out.
ReportCell satisfactionCell(const RepWeekFigures& f)
{
    return f.averageSatisfaction() >= 0 ? ReportCell::decimal(f.averageSatisfaction())
                                        : ReportCell::fromText(QStringLiteral("–"));
}

} // namespace

QString WeeklyReportTables::repName(const RepWeekFigures& f)
{
    return f.rep.displayName.isEmpty() ? f.rep.username : f.rep.displayName;
}

QString WeeklyReportTables::title(const WeeklyReport& report)
{
    switch (report.period.kind()) {
    case services::ReviewPeriod::Kind::Month:
        return tr("Monthly report %1").arg(report.period.label());
    case services::ReviewPeriod::Kind::Quarter:
        return tr("Quarterly report %1").arg(report.period.label());
    case services::ReviewPeriod::Kind::Week:
        break;
    }
    return tr("Weekly report %1").arg(report.period.label());
}

QString WeeklyReportTables::scope(const WeeklyReport& report)
{
    return report.areaName.isEmpty() ? tr("Whole office") : tr("Area %1").arg(report.areaName);
}

QString WeeklyReportTables::periodText(const WeeklyReport& report, const QLocale& locale)
{
    Q_UNUSED(locale);
    // ISO dates: unambiguous in both languages, and as the CLI's JSON writes them.
    const QString from = report.period.from().toString(Qt::ISODate);
    const QString to = report.period.to().toString(Qt::ISODate);
    if (report.period.inProgress())
        return tr("Period %1 – %2, still going on: counted to %3")
            .arg(from, to, report.period.lastDay().toString(Qt::ISODate));
    return tr("Period %1 – %2").arg(from, to);
}

QString WeeklyReportTables::generatedText(const QDateTime& generatedAt, const QLocale& locale)
{
    return tr("Generated %1").arg(locale.toString(generatedAt, QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString WeeklyReportTables::channelName(const QString& code)
{
    // The stored codes of core::Channel; an unknown code is shown as stored.
    if (code == QLatin1String("visit"))
        return tr("visit");
    if (code == QLatin1String("phone"))
        return tr("phone");
    if (code == QLatin1String("sms"))
        return tr("SMS");
    if (code == QLatin1String("letter"))
        return tr("letter");
    if (code == QLatin1String("email"))
        return tr("e-mail");
    if (code == QLatin1String("im"))
        return tr("instant message");
    if (code == QLatin1String("meeting"))
        return tr("meeting");
    if (code == QLatin1String("hotline"))
        return tr("hotline");
    if (code == QLatin1String("online"))
        return tr("online");
    return code;
}

QString WeeklyReportTables::channelsText(const RepWeekFigures& f, const QLocale& locale)
{
    QStringList parts;
    for (const auto& [channel, count] : f.interactionsByChannel)
        parts << tr("%1 %2").arg(channelName(channel), locale.toString(count));
    return parts.isEmpty() ? tr("none") : parts.join(tr(", "));
}

std::vector<ReportTable> WeeklyReportTables::summary(const WeeklyReport& report)
{
    const QString total = tr("Total");
    std::vector<ReportTable> tables;

    ReportTable activity = table(tr("Activity and card keeping"),
                                 {tr("Rep"), tr("Interactions"), tr("Visits done"), tr("Visits planned"),
                                  tr("New customers"), tr("Cards edited"), tr("Card completeness"),
                                  tr("Cards not changed for 90 days"), tr("A-class without contact for 30 days")},
                                 {2.2, 1, 1, 1, 1, 1, 1.1, 1.2, 1.3});
    addRows(activity, report, total, [](const RepWeekFigures& f, bool) {
        return std::vector<ReportCell>{ReportCell::count(f.interactions),  ReportCell::count(f.visitsDone),
                                       ReportCell::count(f.visitsPlanned), ReportCell::count(f.newCustomers),
                                       ReportCell::count(f.cardsEdited),   ReportCell::share(f.cardCompleteness()),
                                       ReportCell::count(f.staleCards),    ReportCell::count(f.aClassWithoutContact)};
    });
    tables.push_back(std::move(activity));

    ReportTable results = table(tr("Sales and collections"),
                                {tr("Rep"), tr("Sales"), tr("Collections"), tr("Sales minus collections"),
                                 tr("Overdue receivables"), tr("Newly overdue")},
                                {2.2, 1.5, 1.5, 1.5, 1.5, 1.5});
    addRows(results, report, total, [](const RepWeekFigures& f, bool) {
        return std::vector<ReportCell>{ReportCell::money(f.sales), ReportCell::money(f.collections),
                                       ReportCell::money(f.sales - f.collections),
                                       ReportCell::money(f.overdueReceivables), ReportCell::money(f.newlyOverdue)};
    });
    tables.push_back(std::move(results));

    ReportTable ageing = table(
        tr("Overdue receivables by age"),
        {tr("Rep"), tr("1–30 days"), tr("31–60 days"), tr("61–90 days"), tr("Over 90 days"), tr("Overdue receivables")},
        {2.2, 1.5, 1.5, 1.5, 1.5, 1.5});
    addRows(ageing, report, total, [](const RepWeekFigures& f, bool) {
        return std::vector<ReportCell>{ReportCell::money(f.overdueAgeing[0]), ReportCell::money(f.overdueAgeing[1]),
                                       ReportCell::money(f.overdueAgeing[2]), ReportCell::money(f.overdueAgeing[3]),
                                       ReportCell::money(f.overdueReceivables)};
    });
    tables.push_back(std::move(ageing));

    ReportTable complaints = table(tr("Complaints"),
                                   {tr("Rep"), tr("Received"), tr("Resolved"), tr("Open past deadline"),
                                    tr("Escalated"), tr("Average satisfaction (1–5)")},
                                   {2.2, 1.2, 1.2, 1.2, 1.2, 1.4});
    addRows(complaints, report, total, [](const RepWeekFigures& f, bool) {
        return std::vector<ReportCell>{ReportCell::count(f.complaintsReceived), ReportCell::count(f.complaintsResolved),
                                       ReportCell::count(f.complaintsOpenPastDeadline),
                                       ReportCell::count(f.complaintsEscalated), satisfactionCell(f)};
    });
    tables.push_back(std::move(complaints));

    if (report.equity.available) {
        // Customer equity (客户资产): what the scope's customers are expected to buy over the office's horizon,
        // discounted, at the period's end and the previous period's.
        ReportTable equity =
            table(tr("Customer equity"),
                  {tr("Scope"), tr("At the period's end"), tr("At the previous period's end"), tr("Change")},
                  {2.2, 1.6, 1.6, 1.6});
        equity.rows.push_back({nameCell(scope(report)), ReportCell::money(report.equity.equity),
                               ReportCell::money(report.equity.previous), ReportCell::money(report.equity.change())});
        tables.push_back(std::move(equity));
    }

    ReportTable reviews =
        table(tr("Reviews"), {tr("Rep"), tr("Reviewed"), tr("Reviewer"), tr("Comment")}, {2.2, 1, 1.6, 5.2});
    for (const WeeklyReviewRow& row : report.rows) {
        const RepWeekFigures& f = row.figures;
        reviews.rows.push_back({nameCell(repName(f)), ReportCell::fromText(f.reviewed ? tr("Yes") : tr("No")),
                                ReportCell::fromText(f.reviewerName), ReportCell::fromText(f.reviewComment)});
    }
    tables.push_back(std::move(reviews));
    return tables;
}

ReportTable WeeklyReportTables::repFigures(const WeeklyReport& report, const WeeklyReviewRow& row)
{
    const RepWeekFigures& f = row.figures;
    ReportTable t =
        report.compared
            ? table(repName(f),
                    report.comparedToSameDay
                        ? QStringList{tr("Figure"), tr("This period"), tr("Previous period to the same day"),
                                      tr("Average of the 8 periods before, to the same day")}
                        : QStringList{tr("Figure"), tr("This period"), tr("Previous period"),
                                      tr("Average of the 8 periods before")},
                    {3.2, 1.4, 1.4, 1.6})
            : table(repName(f), {tr("Figure"), tr("This period")}, {3.2, 1.4});
    // A compared figure shows its previous value and the average; the card-keeping figures describe the cards now.
    auto add = [&](const QString& label, ReportCell now, std::optional<ReviewMeasure> measure) {
        std::vector<ReportCell> r{ReportCell::fromText(label), std::move(now)};
        if (report.compared) {
            if (measure) {
                const auto m = static_cast<std::size_t>(*measure);
                const bool money = r[1].kind == ReportCell::Kind::Money;
                r.push_back(money ? ReportCell::money(row.previous[m]) : ReportCell::count(row.previous[m]));
                r.push_back(money ? ReportCell::money(row.average8[m]) : ReportCell::count(row.average8[m]));
            } else {
                r.push_back({});
                r.push_back({});
            }
        }
        t.rows.push_back(std::move(r));
    };
    add(tr("Interactions"), ReportCell::count(f.interactions), ReviewMeasure::Interactions);
    add(tr("Visits done"), ReportCell::count(f.visitsDone), ReviewMeasure::VisitsDone);
    add(tr("Visits planned"), ReportCell::count(f.visitsPlanned), ReviewMeasure::VisitsPlanned);
    add(tr("New customers"), ReportCell::count(f.newCustomers), ReviewMeasure::NewCustomers);
    add(tr("Cards edited"), ReportCell::count(f.cardsEdited), ReviewMeasure::CardsEdited);
    add(tr("Sales"), ReportCell::money(f.sales), ReviewMeasure::Sales);
    add(tr("Collections"), ReportCell::money(f.collections), ReviewMeasure::Collections);
    add(tr("Sales minus collections"), ReportCell::money(f.sales - f.collections), std::nullopt);
    add(tr("Overdue receivables"), ReportCell::money(f.overdueReceivables), ReviewMeasure::OverdueReceivables);
    add(tr("Overdue 1–30 days"), ReportCell::money(f.overdueAgeing[0]), std::nullopt);
    add(tr("Overdue 31–60 days"), ReportCell::money(f.overdueAgeing[1]), std::nullopt);
    add(tr("Overdue 61–90 days"), ReportCell::money(f.overdueAgeing[2]), std::nullopt);
    add(tr("Overdue over 90 days"), ReportCell::money(f.overdueAgeing[3]), std::nullopt);
    add(tr("Newly overdue"), ReportCell::money(f.newlyOverdue), std::nullopt);
    add(tr("Complaints received"), ReportCell::count(f.complaintsReceived), ReviewMeasure::ComplaintsReceived);
    add(tr("Complaints resolved"), ReportCell::count(f.complaintsResolved), ReviewMeasure::ComplaintsResolved);
    add(tr("Complaints open past deadline"), ReportCell::count(f.complaintsOpenPastDeadline),
        ReviewMeasure::ComplaintsOpenPastDeadline);
    add(tr("Complaints escalated"), ReportCell::count(f.complaintsEscalated), ReviewMeasure::ComplaintsEscalated);
    add(tr("Average satisfaction (1–5)"), satisfactionCell(f), std::nullopt);
    add(tr("Current customers"), ReportCell::count(f.currentCustomers), std::nullopt);
    add(tr("Card completeness"), ReportCell::share(f.cardCompleteness()), std::nullopt);
    add(tr("Cards not changed for 90 days"), ReportCell::count(f.staleCards), std::nullopt);
    add(tr("A-class without contact for 30 days"), ReportCell::count(f.aClassWithoutContact), std::nullopt);
    add(tr("Follow-ups due"), ReportCell::count(f.followUpsDue), std::nullopt);
    add(tr("Follow-ups due and done"), ReportCell::count(f.followUpsDone), std::nullopt);
    add(tr("Follow-ups overdue at the end"), ReportCell::count(f.followUpsOverdue), std::nullopt);
    add(tr("Customers into decline or lost"), ReportCell::count(f.intoDeclineOrLost), std::nullopt);
    add(tr("Customers won back"), ReportCell::count(f.wonBack), std::nullopt);
    add(tr("High-risk A-class customers"), ReportCell::count(f.highRiskAClass), std::nullopt);
    add(tr("Win-back queue (decline or lost)"), ReportCell::count(f.winBackQueue), std::nullopt);
    add(tr("Win-back queue contacted in the period"), ReportCell::count(f.winBackContacted), std::nullopt);
    const services::TargetAttainment& a = row.targets;
    // A blank cell read as "not counted"; without a target it says so (the page shows "no target" too).
    auto attained = [](double actual, double target) {
        return target > 0 ? ReportCell::share(services::TargetAttainment::share(actual, target))
                          : ReportCell::fromText(tr("no target set"));
    };
    add(tr("Sales, month to date"), ReportCell::money(a.monthSales), std::nullopt);
    add(tr("Month's sales target attained"), attained(a.monthSales, a.monthSalesTarget), std::nullopt);
    add(tr("Collections, month to date"), ReportCell::money(a.monthCollections), std::nullopt);
    add(tr("Month's collection target attained"), attained(a.monthCollections, a.monthCollectionsTarget), std::nullopt);
    add(tr("Sales, year to date"), ReportCell::money(a.yearSales), std::nullopt);
    add(tr("Year's sales plan attained"), attained(a.yearSales, a.yearSalesTarget), std::nullopt);
    add(tr("Collections, year to date"), ReportCell::money(a.yearCollections), std::nullopt);
    add(tr("Year's collection plan attained"), attained(a.yearCollections, a.yearCollectionsTarget), std::nullopt);
    return t;
}

ReportTable WeeklyReportTables::allRepFigures(const WeeklyReport& report)
{
    ReportTable all;
    for (const WeeklyReviewRow& row : report.rows) {
        ReportTable one = repFigures(report, row);
        if (all.headers.isEmpty()) {
            all.title = tr("Figures by rep");
            all.headers = QStringList{tr("User"), tr("Rep")} + one.headers;
            all.widths = std::vector<double>(static_cast<std::size_t>(all.headers.size()), 1.0);
        }
        for (std::vector<ReportCell>& r : one.rows) {
            r.insert(r.begin(), {ReportCell::fromText(row.figures.rep.username), ReportCell::fromText(one.title)});
            all.rows.push_back(std::move(r));
        }
    }
    if (all.headers.isEmpty()) {
        all.title = tr("Figures by rep");
        all.headers = QStringList{tr("User"), tr("Rep"), tr("Figure"), tr("This period")};
        all.widths = std::vector<double>(4, 1.0);
    }
    return all;
}

} // namespace carddesk::report
