#include "cli/ReportCommands.h"

#include "cli/CommandOptions.h"
#include "cli/Money.h"
#include "cli/OutputTable.h"
#include "report/ReportLanguage.h"
#include "report/WeeklyReportExport.h"
#include "services/WeeklyReview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace carddesk::cli {

namespace {

// Input the user can correct exits with 2 (usage), with the reason printed like every other failure.
// Issue 13: a period that cannot be, or an area or rep that does not exist or is not the caller's (another manager's
// area included), is a bad option value (2), not the failure (1) other commands give for a name they cannot find; a
// role refusal (a rep marking a review or naming an area) stays 3.
int badInput(CliContext& ctx, const core::Error& error)
{
    // A manager naming another area gave a wrong value; a rep naming any area is refused by role (3).
    const bool notTheCallersArea = error.code == core::ErrorCode::AccessDenied &&
                                   error.field == QLatin1String("area") && ctx.session && ctx.session->isManager();
    if (error.code == core::ErrorCode::InvalidArgument || error.code == core::ErrorCode::NotFound ||
        notTheCallersArea) {
        ctx.err << "carddesk-cli: " << error.toString() << Qt::endl;
        return ExitUsage;
    }
    return ctx.fail(error);
}

// --week, --month or --quarter (at most one), relative to --as-of or today, weeks beginning on `firstDay`.
bool periodOption(CliContext& ctx, CommandOptions& options, bool required, int firstDay, services::ReviewPeriod* period,
                  int* code)
{
    QDate today = QDate::currentDate();
    QDate asOf;
    if (!options.date(QStringLiteral("as-of"), false, &asOf)) {
        *code = ctx.exitCode;
        return false;
    }
    if (asOf.isValid() && asOf > today) {
        // A review counts what has happened: a day to come would count invoices and deadlines not yet overdue.
        *code = badInput(ctx, core::makeError(core::ErrorCode::InvalidArgument,
                                              QStringLiteral("--as-of %1 is after today; a review counts what has "
                                                             "happened")
                                                  .arg(asOf.toString(Qt::ISODate)),
                                              QStringLiteral("as-of")));
        return false;
    }
    if (asOf.isValid())
        today = asOf;
    QString label;
    int given = 0;
    for (const QString& name : {QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("quarter")})
        if (options.isSet(name)) {
            label = options.value(name);
            ++given;
        }
    if (given > 1) {
        *code = ctx.usage(QStringLiteral("give one of --week, --month and --quarter"));
        return false;
    }
    if (required && given == 0) {
        *code = ctx.usage(QStringLiteral("report review needs --week (or --month or --quarter)"));
        return false;
    }
    auto parsed = services::WeeklyReview::period(label, today, firstDay);
    if (!parsed) {
        *code = badInput(ctx, parsed.error());
        return false;
    }
    *period = *parsed;
    return true;
}

QList<QCommandLineOption> periodOptions()
{
    return {CommandOptions::withValue(QStringLiteral("week"),
                                      QStringLiteral("A week by its ISO number, e.g. 2026-W05 (default: the last "
                                                     "full week); it begins on the office's first day of the week "
                                                     "(setting report.week_start)."),
                                      QStringLiteral("YYYY-Www")),
            CommandOptions::withValue(QStringLiteral("month"),
                                      QStringLiteral("A calendar month instead, e.g. 2026-03."),
                                      QStringLiteral("YYYY-MM")),
            CommandOptions::withValue(QStringLiteral("quarter"), QStringLiteral("A quarter instead, e.g. 2026-Q1."),
                                      QStringLiteral("YYYY-Qn")),
            CommandOptions::withValue(QStringLiteral("as-of"),
                                      QStringLiteral("The day the report is made (default today): the last full "
                                                     "week and what counts as future follow from it."),
                                      QStringLiteral("DATE"))};
}

QJsonValue completeness(const storage::RepWeekFigures& f)
{
    const double value = f.cardCompleteness();
    return value < 0 ? QJsonValue() : QJsonValue(std::round(value * 10000.0) / 10000.0);
}

QJsonValue targetJson(double target)
{
    return target < 0 ? QJsonValue() : QJsonValue(money(target));
}

// "targets": the month's and the year's sales and collections against their targets (null: none set).
QJsonObject targetsJson(const services::TargetAttainment& a)
{
    return QJsonObject{
        {QStringLiteral("year"), a.year},
        {QStringLiteral("month"), a.month},
        {QStringLiteral("month_to_date"),
         QJsonObject{{QStringLiteral("sales"), money(a.monthSales)},
                     {QStringLiteral("sales_target"), targetJson(a.monthSalesTarget)},
                     {QStringLiteral("collections"), money(a.monthCollections)},
                     {QStringLiteral("collections_target"), targetJson(a.monthCollectionsTarget)}}},
        {QStringLiteral("year_to_date"),
         QJsonObject{{QStringLiteral("sales"), money(a.yearSales)},
                     {QStringLiteral("sales_target"), targetJson(a.yearSalesTarget)},
                     {QStringLiteral("collections"), money(a.yearCollections)},
                     {QStringLiteral("collections_target"), targetJson(a.yearCollectionsTarget)}}},
    };
}

QJsonObject figuresJson(const storage::RepWeekFigures& f)
{
    QJsonObject o;
    o[QStringLiteral("interactions")] = f.interactions;
    o[QStringLiteral("visits_done")] = f.visitsDone;
    o[QStringLiteral("visits_planned")] = f.visitsPlanned;
    o[QStringLiteral("new_customers")] = f.newCustomers;
    o[QStringLiteral("sales")] = money(f.sales);
    o[QStringLiteral("collections")] = money(f.collections);
    o[QStringLiteral("overdue_receivables")] = money(f.overdueReceivables);
    o[QStringLiteral("complaints_received")] = f.complaintsReceived;
    o[QStringLiteral("complaints_open_past_deadline")] = f.complaintsOpenPastDeadline;
    o[QStringLiteral("card_completeness")] = completeness(f);
    o[QStringLiteral("reviewed")] = f.reviewed;
    // Beyond the contract's keys: the rest of the page's figures.
    QJsonObject channels;
    for (const auto& [channel, count] : f.interactionsByChannel)
        channels[channel] = count;
    o[QStringLiteral("interactions_by_channel")] = channels;
    o[QStringLiteral("cards_edited")] = f.cardsEdited;
    o[QStringLiteral("overdue_ageing")] = QJsonArray{money(f.overdueAgeing[0]), money(f.overdueAgeing[1]),
                                                     money(f.overdueAgeing[2]), money(f.overdueAgeing[3])};
    o[QStringLiteral("newly_overdue")] = money(f.newlyOverdue);
    o[QStringLiteral("complaints_resolved")] = f.complaintsResolved;
    o[QStringLiteral("complaints_escalated")] = f.complaintsEscalated;
    const double satisfaction = f.averageSatisfaction();
    o[QStringLiteral("average_satisfaction")] =
        satisfaction < 0 ? QJsonValue() : QJsonValue(std::round(satisfaction * 100.0) / 100.0);
    o[QStringLiteral("stale_cards")] = f.staleCards;
    o[QStringLiteral("a_class_without_contact")] = f.aClassWithoutContact;
    o[QStringLiteral("follow_ups_due")] = f.followUpsDue;
    o[QStringLiteral("follow_ups_done")] = f.followUpsDone;
    o[QStringLiteral("follow_ups_overdue")] = f.followUpsOverdue;
    o[QStringLiteral("into_decline_or_lost")] = f.intoDeclineOrLost;
    o[QStringLiteral("won_back")] = f.wonBack;
    o[QStringLiteral("high_risk_a_class")] = f.highRiskAClass;
    o[QStringLiteral("win_back_queue")] = f.winBackQueue;
    o[QStringLiteral("win_back_contacted")] = f.winBackContacted;
    return o;
}

int weekly(CliContext& ctx)
{
    QList<QCommandLineOption> declared = periodOptions();
    declared << CommandOptions::withValue(QStringLiteral("area"),
                                          QStringLiteral("One area (administrator); default: your whole scope."),
                                          QStringLiteral("NAME"))
             << CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print the report as JSON."))
             << CommandOptions::withValue(QStringLiteral("pdf"), QStringLiteral("Also save the report as a PDF."),
                                          QStringLiteral("FILE"))
             << CommandOptions::withValue(QStringLiteral("xlsx"),
                                          QStringLiteral("Also save the report as an Excel workbook."),
                                          QStringLiteral("FILE"))
             << CommandOptions::withValue(QStringLiteral("lang"),
                                          QStringLiteral("Language of the PDF and workbook: en or zh_CN (default: "
                                                         "the system's)."),
                                          QStringLiteral("LANG"));
    CommandOptions options(ctx,
                           QStringLiteral("report weekly [--week YYYY-Www | --month YYYY-MM | --quarter YYYY-Qn] "
                                          "[--area NAME] [--as-of YYYY-MM-DD] [--json] [--pdf FILE] [--xlsx FILE] "
                                          "[--lang en|zh_CN]"),
                           declared);
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("report weekly takes no arguments, only options"));
    QString language;
    if (!options.language(&language))
        return ctx.exitCode;
    // The files asked for, checked before any work: an empty name is a usage error.
    std::vector<std::pair<report::WeeklyReportExport::Format, QString>> exports;
    for (const auto format : {report::WeeklyReportExport::Format::Pdf, report::WeeklyReportExport::Format::Xlsx}) {
        const QString name = report::WeeklyReportExport::formatName(format);
        if (!options.isSet(name))
            continue;
        if (options.value(name).trimmed().isEmpty())
            return ctx.usage(QStringLiteral("--%1 needs a file name").arg(name));
        if (auto writable = report::WeeklyReportExport::checkTarget(format, options.value(name)); !writable)
            return badInput(ctx, writable.error());
        exports.emplace_back(format, options.value(name));
    }
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    services::WeeklyReview review(*ctx.session);
    services::ReviewPeriod period;
    int code = ExitOk;
    if (!periodOption(ctx, options, false, review.firstDayOfWeek(), &period, &code))
        return code;
    // The documents show each figure against the previous period and the average of the 8 before.
    auto report = review.build(period, options.value(QStringLiteral("area")), !exports.empty());
    if (!report)
        return badInput(ctx, report.error());
    if (!exports.empty()) {
        carddesk::report::ReportLanguage::install(language);
        const QDateTime now = QDateTime::currentDateTime();
        for (const auto& [format, path] : exports)
            if (auto written = carddesk::report::WeeklyReportExport::write(*ctx.session, *report, format, path, now);
                !written)
                return badInput(ctx, written.error());
    }

    if (options.isSet(QStringLiteral("json"))) {
        QJsonObject json;
        json[QStringLiteral("week")] = period.label();
        json[QStringLiteral("from")] = period.from().toString(Qt::ISODate);
        json[QStringLiteral("to")] = period.to().toString(Qt::ISODate);
        // A period still going on is counted to today: nothing falls due or overdue on days to come.
        json[QStringLiteral("counted_to")] = period.lastDay().toString(Qt::ISODate);
        json[QStringLiteral("area")] = report->areaName.isEmpty() ? QJsonValue() : QJsonValue(report->areaName);
        QJsonArray reps;
        for (const services::WeeklyReviewRow& row : report->rows) {
            QJsonObject o = figuresJson(row.figures);
            o[QStringLiteral("user")] = row.figures.rep.username;
            o[QStringLiteral("name")] =
                row.figures.rep.displayName.isEmpty() ? row.figures.rep.username : row.figures.rep.displayName;
            if (row.figures.reviewed)
                o[QStringLiteral("review_comment")] = row.figures.reviewComment;
            o[QStringLiteral("targets")] = targetsJson(row.targets);
            reps.append(o);
        }
        json[QStringLiteral("reps")] = reps;
        QJsonObject totals = figuresJson(report->totals.figures);
        totals[QStringLiteral("targets")] = targetsJson(report->totals.targets);
        json[QStringLiteral("totals")] = totals;
        // The area's customer equity at the period's end and the previous period's (null without a scoring run).
        const services::EquityChange& e = report->equity;
        json[QStringLiteral("equity")] =
            e.available
                ? QJsonValue(QJsonObject{{QStringLiteral("as_of"), e.end.toString(Qt::ISODate)},
                                         {QStringLiteral("equity"), money(e.equity)},
                                         {QStringLiteral("previous_as_of"), e.previousEnd.toString(Qt::ISODate)},
                                         {QStringLiteral("previous"), money(e.previous)},
                                         {QStringLiteral("change"), money(e.change())}})
                : QJsonValue();
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (!exports.empty())
        return ExitOk; // the files are the result; stdout stays empty for scripts
    const QString title = period.kind() == services::ReviewPeriod::Kind::Month     ? QStringLiteral("Monthly review ")
                          : period.kind() == services::ReviewPeriod::Kind::Quarter ? QStringLiteral("Quarterly review ")
                                                                                   : QStringLiteral("Weekly review ");
    ctx.out << title << period.label() << " (" << period.from().toString(Qt::ISODate) << " – "
            << period.to().toString(Qt::ISODate)
            << (period.inProgress()
                    ? QStringLiteral(", still going on: counted to ") + period.lastDay().toString(Qt::ISODate)
                    : QString())
            << ")" << (report->areaName.isEmpty() ? QString() : QStringLiteral(", area ") + report->areaName) << "\n";
    OutputTable table({QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("interactions"),
                       QStringLiteral("visits"), QStringLiteral("new"), QStringLiteral("sales"),
                       QStringLiteral("collections"), QStringLiteral("overdue"), QStringLiteral("complaints"),
                       QStringLiteral("past_deadline"), QStringLiteral("completeness"), QStringLiteral("reviewed")});
    auto add = [&](const QString& user, const QString& name, const storage::RepWeekFigures& f) {
        const double c = f.cardCompleteness();
        table.addRow({user, name, f.interactions, QStringLiteral("%1/%2").arg(f.visitsDone).arg(f.visitsPlanned),
                      f.newCustomers, money(f.sales), money(f.collections), money(f.overdueReceivables),
                      f.complaintsReceived, f.complaintsOpenPastDeadline,
                      c < 0 ? QString() : QString::number(std::round(c * 100.0)) + QLatin1Char('%'),
                      f.reviewed ? QStringLiteral("yes") : QStringLiteral("no")});
    };
    for (const services::WeeklyReviewRow& row : report->rows)
        add(row.figures.rep.username, row.figures.rep.displayName, row.figures);
    add(QStringLiteral("total"), QString(), report->totals.figures);
    table.print(ctx.out, OutputTable::Format::Table);
    return ExitOk;
}

// report routes: the route review by rep and region (001 ⑤).
int routes(CliContext& ctx)
{
    QList<QCommandLineOption> declared = periodOptions();
    declared << CommandOptions::withValue(QStringLiteral("area"),
                                          QStringLiteral("One area (administrator); default: your whole scope."),
                                          QStringLiteral("NAME"))
             << CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print the rows as JSON."));
    CommandOptions options(ctx,
                           QStringLiteral("report routes [--month YYYY-MM | --quarter YYYY-Qn | --week YYYY-Www] "
                                          "[--area NAME] [--as-of YYYY-MM-DD] [--json]"),
                           declared);
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("report routes takes no arguments, only options"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    services::WeeklyReview review(*ctx.session);
    services::ReviewPeriod period;
    int code = ExitOk;
    if (!periodOption(ctx, options, false, review.firstDayOfWeek(), &period, &code))
        return code;
    auto rows = review.routes(period, options.value(QStringLiteral("area")));
    if (!rows)
        return badInput(ctx, rows.error());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const storage::RouteRow& r : *rows)
            list.append(QJsonObject{{QStringLiteral("rep"), r.repName},
                                    {QStringLiteral("region"), r.region},
                                    {QStringLiteral("customers"), r.customers},
                                    {QStringLiteral("orders"), r.orders},
                                    {QStringLiteral("sales"), money(r.sales)},
                                    {QStringLiteral("visits_done"), r.visitsDone}});
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("period"), period.label()},
                                             {QStringLiteral("from"), period.from().toString(Qt::ISODate)},
                                             {QStringLiteral("to"), period.to().toString(Qt::ISODate)},
                                             {QStringLiteral("counted_to"), period.lastDay().toString(Qt::ISODate)},
                                             {QStringLiteral("rows"), list}})
                       .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    ctx.out << "Route review " << period.label() << " (" << period.from().toString(Qt::ISODate) << " – "
            << period.to().toString(Qt::ISODate) << ")\n";
    OutputTable table({QStringLiteral("rep"), QStringLiteral("region"), QStringLiteral("customers"),
                       QStringLiteral("orders"), QStringLiteral("sales"), QStringLiteral("visits_done")});
    for (const storage::RouteRow& r : *rows)
        table.addRow({r.repName, r.region, r.customers, r.orders, money(r.sales), r.visitsDone});
    table.print(ctx.out, OutputTable::Format::Table);
    return ExitOk;
}

int reviewCommand(CliContext& ctx)
{
    QList<QCommandLineOption> declared = periodOptions();
    declared << CommandOptions::withValue(QStringLiteral("user"), QStringLiteral("The rep whose period was reviewed."),
                                          QStringLiteral("REP"))
             << CommandOptions::withValue(QStringLiteral("comment"), QStringLiteral("The review's comment."),
                                          QStringLiteral("TEXT"));
    CommandOptions options(ctx, QStringLiteral("report review --week YYYY-Www --user REP --comment TEXT"), declared);
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("report review takes no arguments, only options"));
    if (!options.require(QStringLiteral("user")) || !options.require(QStringLiteral("comment")))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    services::WeeklyReview review(*ctx.session);
    services::ReviewPeriod period;
    int code = ExitOk;
    if (!periodOption(ctx, options, true, review.firstDayOfWeek(), &period, &code))
        return code;
    QString replaced;
    auto marked = review.markReviewed(options.value(QStringLiteral("user")), period,
                                      options.value(QStringLiteral("comment")), &replaced);
    if (!marked)
        return badInput(ctx, marked.error());
    ctx.out << "Marked " << options.value(QStringLiteral("user")) << "'s " << period.label() << " reviewed.\n";
    // Said, since the earlier comment no longer shows (the audit trail keeps it).
    if (!replaced.isEmpty())
        ctx.out << "This replaces the earlier review's comment: " << replaced << "\n";
    return ExitOk;
}

} // namespace

int ReportCommands::report(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("report needs a subcommand: weekly, routes or review"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("weekly"))
        return weekly(ctx);
    if (sub == QLatin1String("routes"))
        return routes(ctx);
    if (sub == QLatin1String("review"))
        return reviewCommand(ctx);
    return ctx.usage(QStringLiteral("unknown report subcommand '%1'").arg(sub));
}

} // namespace carddesk::cli
