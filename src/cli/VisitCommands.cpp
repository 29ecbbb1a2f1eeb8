#include "cli/VisitCommands.h"

#include "cli/CommandOptions.h"
#include "cli/OutputTable.h"
#include "report/ReportLanguage.h"
#include "report/VisitSheetExport.h"
#include "services/Agenda.h"
#include "services/VisitPlanning.h"
#include "services/VisitSheet.h"
#include "services/VisitSuggestions.h"
#include "storage/repositories/CustomerRepository.h"

namespace carddesk::cli {

namespace {

// Bad input is exit 2 whether the parser or a rule of the service found it.
int failInput(CliContext& ctx, const core::Error& error)
{
    const int code = ctx.fail(error);
    return error.code == core::ErrorCode::InvalidArgument ? int(ExitUsage) : code;
}

bool visitId(CliContext& ctx, const CommandOptions& options, const QString& command, qint64* id)
{
    bool ok = false;
    if (options.positional().size() == 1)
        *id = options.positional().first().toLongLong(&ok);
    if (!ok || *id <= 0) {
        ctx.exitCode = ctx.usage(QStringLiteral("visits %1 needs one visit id").arg(command));
        return false;
    }
    return true;
}

int plan(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("visits plan --customer ID|CODE --date YYYY-MM-DD [--purpose TEXT]"),
        {CommandOptions::withValue(QStringLiteral("customer"), QStringLiteral("The customer's id or code."),
                                   QStringLiteral("ID")),
         CommandOptions::withValue(QStringLiteral("date"), QStringLiteral("The day of the visit (today or later)."),
                                   QStringLiteral("DATE")),
         CommandOptions::withValue(QStringLiteral("purpose"), QStringLiteral("Why the visit."),
                                   QStringLiteral("TEXT"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    QDate date;
    if (!options.require(QStringLiteral("customer")) || !options.date(QStringLiteral("date"), true, &date))
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("visits plan takes no arguments, only options"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto customer = ctx.customerByKey(options.value(QStringLiteral("customer")));
    if (!customer)
        return ctx.fail(customer.error());
    auto visit =
        services::VisitPlanning(*ctx.session).plan(customer->id, date, options.value(QStringLiteral("purpose")));
    if (!visit)
        return failInput(ctx, visit.error());
    ctx.out << visit->id << '\n';
    return ExitOk;
}

int complete(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("visits complete ID --result TEXT [--next-step TEXT] [--follow-up YYYY-MM-DD]"),
        {CommandOptions::withValue(QStringLiteral("result"), QStringLiteral("What came of the visit."),
                                   QStringLiteral("TEXT")),
         CommandOptions::withValue(QStringLiteral("next-step"), QStringLiteral("What happens next."),
                                   QStringLiteral("TEXT")),
         CommandOptions::withValue(QStringLiteral("follow-up"), QStringLiteral("When to follow up (today or later)."),
                                   QStringLiteral("DATE"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    qint64 id = 0;
    services::VisitOutcome outcome;
    if (!visitId(ctx, options, QStringLiteral("complete"), &id) || !options.require(QStringLiteral("result")) ||
        !options.date(QStringLiteral("follow-up"), false, &outcome.followUp))
        return ctx.exitCode;
    outcome.result = options.value(QStringLiteral("result"));
    outcome.nextStep = options.value(QStringLiteral("next-step"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto visit = services::VisitPlanning(*ctx.session).complete(id, outcome);
    if (!visit)
        return failInput(ctx, visit.error());
    ctx.out << "visit " << id << " done\n";
    return ExitOk;
}

int cancel(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("visits cancel ID --reason TEXT"),
        {CommandOptions::withValue(QStringLiteral("reason"), QStringLiteral("Why the visit does not take place."),
                                   QStringLiteral("TEXT"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    qint64 id = 0;
    if (!visitId(ctx, options, QStringLiteral("cancel"), &id) || !options.require(QStringLiteral("reason")))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto visit = services::VisitPlanning(*ctx.session).cancel(id, options.value(QStringLiteral("reason")));
    if (!visit)
        return failInput(ctx, visit.error());
    ctx.out << "visit " << id << " cancelled\n";
    return ExitOk;
}

int list(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("visits list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]"),
        {CommandOptions::withValue(QStringLiteral("from"), QStringLiteral("First day (default today)."),
                                   QStringLiteral("DATE")),
         CommandOptions::withValue(QStringLiteral("to"), QStringLiteral("Last day (default 6 days after --from)."),
                                   QStringLiteral("DATE")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("A JSON array instead of a table."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    QDate from;
    QDate to;
    if (!options.date(QStringLiteral("from"), false, &from) || !options.date(QStringLiteral("to"), false, &to))
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("visits list takes no arguments, only options"));
    if (!from.isValid())
        from = QDate::currentDate();
    if (!to.isValid())
        to = from.addDays(6);
    if (from > to)
        return ctx.usage(QStringLiteral("--from must be on or before --to"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto rows = services::VisitPlanning(*ctx.session).list(from, to);
    if (!rows)
        return ctx.fail(rows.error());
    OutputTable table({QStringLiteral("id"), QStringLiteral("planned_date"), QStringLiteral("status"),
                       QStringLiteral("customer_id"), QStringLiteral("customer_code"), QStringLiteral("customer_name"),
                       QStringLiteral("user_id"), QStringLiteral("purpose"), QStringLiteral("result")});
    for (const core::VisitPlanEntry& row : *rows) {
        const core::Visit& v = row.visit;
        table.addRow({v.id, v.plannedDate.toString(Qt::ISODate), v.status, v.customerId, row.customerCode,
                      row.customerName, v.userId, v.purpose, v.result});
    }
    table.print(ctx.out,
                options.isSet(QStringLiteral("json")) ? OutputTable::Format::Json : OutputTable::Format::Table);
    return ExitOk;
}

// The rules a suggestion meets, as stable codes for scripts.
QString reasonCodes(unsigned reasons)
{
    QStringList codes;
    if (reasons & storage::SuggestNotVisited)
        codes << QStringLiteral("a_not_visited");
    if (reasons & storage::SuggestOverdueReceivable)
        codes << QStringLiteral("overdue_receivable");
    if (reasons & storage::SuggestDecline)
        codes << QStringLiteral("decline");
    if (reasons & storage::SuggestOpenComplaint)
        codes << QStringLiteral("open_complaint");
    return codes.join(QLatin1Char(','));
}

int suggest(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("visits suggest [--week YYYY-Www] [--days N] [--rep USER] [--json]"),
        {CommandOptions::withValue(QStringLiteral("week"), QStringLiteral("The ISO week (default this week)."),
                                   QStringLiteral("YYYY-Www")),
         CommandOptions::withValue(
             QStringLiteral("days"),
             QStringLiteral("An A customer not visited for this many days is suggested (default %1).")
                 .arg(services::VisitSuggestions::kDefaultDays),
             QStringLiteral("N")),
         CommandOptions::withValue(
             QStringLiteral("rep"),
             QStringLiteral("Whose customers (managers and the administrator; default your own)."),
             QStringLiteral("USER")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("A JSON array instead of a table."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("visits suggest takes no arguments, only options"));
    QDate week = QDate::currentDate();
    if (options.isSet(QStringLiteral("week"))) {
        auto parsed = services::VisitSuggestions::parseWeek(options.value(QStringLiteral("week")));
        if (!parsed)
            return ctx.usage(parsed.error().message);
        week = *parsed;
    }
    qint64 days = services::VisitSuggestions::kDefaultDays;
    if (options.isSet(QStringLiteral("days")) && !options.integer(QStringLiteral("days"), 1, 3650, &days))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto rep = services::Agenda(*ctx.session).whose(options.value(QStringLiteral("rep")));
    if (!rep)
        return ctx.fail(rep.error());
    auto list = services::VisitSuggestions(*ctx.session).forWeek(week, rep->id, int(days));
    if (!list)
        return failInput(ctx, list.error());
    OutputTable table({QStringLiteral("region"), QStringLiteral("customer_id"), QStringLiteral("customer_code"),
                       QStringLiteral("customer_name"), QStringLiteral("reasons"), QStringLiteral("last_visit"),
                       QStringLiteral("overdue_amount"), QStringLiteral("oldest_due"),
                       QStringLiteral("open_complaints"), QStringLiteral("address")});
    for (const storage::VisitSuggestionRow& row : list->rows)
        table.addRow({row.region, row.customerId, row.code, row.name, reasonCodes(row.reasons),
                      row.lastVisit.toString(Qt::ISODate), row.overdueAmount, row.oldestDue.toString(Qt::ISODate),
                      row.openComplaints, row.address});
    table.print(ctx.out,
                options.isSet(QStringLiteral("json")) ? OutputTable::Format::Json : OutputTable::Format::Table);
    return ExitOk;
}

// A date option read here rather than by CommandOptions::date, so that its message is in the sheet's language.
bool sheetDate(CliContext& ctx, const CommandOptions& options, const QString& name, QDate* date)
{
    const QString text = options.value(name);
    *date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (date->isValid())
        return true;
    ctx.exitCode = ctx.usage(QStringLiteral("--%1: ").arg(name) + report::VisitSheetExport::notADate(text));
    return false;
}

int sheet(CliContext& ctx)
{
    CommandOptions options(
        ctx,
        QStringLiteral("visits sheet --date YYYY-MM-DD [--to YYYY-MM-DD] [--user NAME] --pdf FILE [--lang en|zh_CN]"),
        {CommandOptions::withValue(QStringLiteral("date"), QStringLiteral("The day of the visits (the first day)."),
                                   QStringLiteral("DATE")),
         CommandOptions::withValue(QStringLiteral("to"),
                                   QStringLiteral("The last day, for a week (at most 6 days after --date)."),
                                   QStringLiteral("DATE")),
         CommandOptions::withValue(QStringLiteral("user"),
                                   QStringLiteral("Whose visits (managers and the administrator; default your own)."),
                                   QStringLiteral("NAME")),
         CommandOptions::withValue(QStringLiteral("pdf"), QStringLiteral("The PDF file to write."),
                                   QStringLiteral("FILE")),
         CommandOptions::withValue(QStringLiteral("lang"),
                                   QStringLiteral("Language of the sheet and its messages: en or zh_CN (default: the "
                                                  "system's)."),
                                   QStringLiteral("LANG"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("visits sheet takes no arguments, only options"));
    if (!options.require(QStringLiteral("date")) || !options.require(QStringLiteral("pdf")))
        return ctx.exitCode;
    // The language first: the messages about bad dates and empty days below are the reader's.
    QString language;
    if (!options.language(&language))
        return ctx.exitCode;
    report::ReportLanguage::install(language);
    QDate from;
    QDate to;
    if (!sheetDate(ctx, options, QStringLiteral("date"), &from))
        return ctx.exitCode;
    to = from;
    if (options.isSet(QStringLiteral("to")) && !sheetDate(ctx, options, QStringLiteral("to"), &to))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto data = services::VisitSheet(*ctx.session).visits(from, to, options.value(QStringLiteral("user")));
    if (!data)
        return failInput(ctx, data.error());
    if (auto written = report::VisitSheetExport::writePdf(*ctx.session, *data, options.value(QStringLiteral("pdf")));
        !written)
        return failInput(ctx, written.error());
    return ExitOk; // the file is the result; stdout stays empty for scripts
}

} // namespace

int VisitCommands::visits(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("visits needs plan, complete, cancel, list, suggest or sheet"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("plan"))
        return plan(ctx);
    if (sub == QLatin1String("complete"))
        return complete(ctx);
    if (sub == QLatin1String("cancel"))
        return cancel(ctx);
    if (sub == QLatin1String("list"))
        return list(ctx);
    if (sub == QLatin1String("suggest"))
        return suggest(ctx);
    if (sub == QLatin1String("sheet"))
        return sheet(ctx);
    return ctx.usage(QStringLiteral("unknown visits command '%1'").arg(sub));
}

} // namespace carddesk::cli
