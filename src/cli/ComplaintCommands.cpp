#include "cli/ComplaintCommands.h"

#include "cli/CommandOptions.h"
#include "cli/Money.h"
#include "cli/OutputTable.h"
#include "services/ComplaintEscalator.h"
#include "storage/queries/ComplaintQueries.h"
#include "storage/queries/LifecycleQueries.h"
#include "storage/repositories/ComplaintCategoryRepository.h"
#include "storage/repositories/ComplaintDeadline.h"
#include "storage/repositories/LifecycleRepository.h"
#include "storage/repositories/UserRepository.h"

#include <cmath>

namespace carddesk::cli {

using core::ErrorCode;
using core::makeError;

namespace {

QString isoOrEmpty(const QDateTime& value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QList<QCommandLineOption> ComplaintCommands::filterOptions()
{
    return {
        CommandOptions::withValue(QStringLiteral("status"),
                                  QStringLiteral("new, acknowledged, in_progress, resolved, closed, reopened or "
                                                 "open; several separated by commas."),
                                  QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("overdue"), QStringLiteral("Only open complaints past their deadline.")),
        QCommandLineOption(QStringLiteral("escalated"), QStringLiteral("Only escalated complaints.")),
        CommandOptions::withValue(QStringLiteral("level"), QStringLiteral("Severity level 1..4."), QStringLiteral("N")),
        CommandOptions::withValue(QStringLiteral("category"), QStringLiteral("Category name or id."),
                                  QStringLiteral("NAME")),
        CommandOptions::withValue(QStringLiteral("owner"), QStringLiteral("The user handling the complaint."),
                                  QStringLiteral("USER")),
        CommandOptions::withValue(QStringLiteral("as-of"),
                                  QStringLiteral("Overdue and age at the end of this day (UTC)."),
                                  QStringLiteral("DATE"))};
}

bool ComplaintCommands::parseFilter(CommandOptions& options, storage::ComplaintFilter* filter)
{
    if (options.isSet(QStringLiteral("status")))
        filter->statuses = options.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    filter->overdueOnly = options.isSet(QStringLiteral("overdue"));
    filter->escalatedOnly = options.isSet(QStringLiteral("escalated"));
    if (options.isSet(QStringLiteral("level"))) {
        qint64 level = 0;
        if (!options.integer(QStringLiteral("level"), 1, 4, &level))
            return false;
        filter->level = static_cast<int>(level);
    }
    QDate asOf;
    if (!options.date(QStringLiteral("as-of"), false, &asOf))
        return false;
    if (asOf.isValid())
        filter->asOf = storage::ComplaintDeadline::endOfDay(asOf);
    return true;
}

bool ComplaintCommands::resolveFilter(CliContext& ctx, const CommandOptions& options, storage::ComplaintFilter* filter)
{
    storage::Session& session = *ctx.session;
    if (options.isSet(QStringLiteral("category"))) {
        const QString wanted = options.value(QStringLiteral("category"));
        auto categories = storage::ComplaintCategoryRepository(session).list();
        if (!categories) {
            ctx.exitCode = ctx.fail(categories.error());
            return false;
        }
        for (const core::ComplaintCategory& category : *categories)
            if (category.name.compare(wanted, Qt::CaseInsensitive) == 0 || QString::number(category.id) == wanted)
                filter->categoryId = category.id;
        if (filter->categoryId == 0) {
            ctx.exitCode = ctx.fail(makeError(ErrorCode::NotFound,
                                              QStringLiteral("there is no complaint category '%1'").arg(wanted),
                                              QStringLiteral("category")));
            return false;
        }
    }
    if (options.isSet(QStringLiteral("owner"))) {
        auto owner = storage::UserRepository::findByName(session, options.value(QStringLiteral("owner")));
        if (!owner) {
            ctx.exitCode = ctx.fail(owner.error());
            return false;
        }
        filter->ownerId = owner->id;
    }
    return true;
}

namespace {

int listComplaints(CliContext& ctx)
{
    CommandOptions options(
        ctx,
        QStringLiteral("complaints list [--status S,...] [--overdue] [--escalated] [--level N] [--category NAME|ID] "
                       "[--owner USER] [--as-of YYYY-MM-DD] [--format table|csv|json]"),
        ComplaintCommands::filterOptions() << CommandOptions::formatOption());
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("complaints list takes no arguments, only options"));
    storage::ComplaintFilter filter;
    if (!ComplaintCommands::parseFilter(options, &filter))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    storage::Session& session = *ctx.session;
    if (!ComplaintCommands::resolveFilter(ctx, options, &filter))
        return ctx.exitCode;
    auto rows = storage::ComplaintQueries(session).list(filter);
    if (!rows)
        return ctx.fail(rows.error());
    OutputTable table({QStringLiteral("id"), QStringLiteral("customer_code"), QStringLiteral("customer"),
                       QStringLiteral("category"), QStringLiteral("level"), QStringLiteral("status"),
                       QStringLiteral("owner"), QStringLiteral("received_at"), QStringLiteral("deadline"),
                       QStringLiteral("overdue"), QStringLiteral("escalation"), QStringLiteral("age_days")});
    for (const storage::ComplaintListRow& row : *rows) {
        const core::Complaint& c = row.complaint;
        table.addRow({c.id, row.customerCode, row.customerName, row.categoryName, c.level, c.status, row.ownerName,
                      isoOrEmpty(c.receivedAt), isoOrEmpty(c.deadline), row.overdue, c.escalationLevel,
                      std::round(row.ageDays * 10.0) / 10.0});
    }
    table.print(ctx.out, format);
    return ExitOk;
}

int escalateComplaints(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("complaints escalate [--as-of YYYY-MM-DD]"),
        {CommandOptions::withValue(QStringLiteral("as-of"),
                                   QStringLiteral("Apply the rules at the end of this day (UTC, not in the future); "
                                                  "default and today: now."),
                                   QStringLiteral("DATE"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("complaints escalate takes no arguments, only options"));
    QDate asOf;
    if (!options.date(QStringLiteral("as-of"), false, &asOf))
        return ctx.exitCode;
    // Escalating ahead of time would send every open complaint to the administrator: today at most, and today
    // means now rather than its end.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (asOf.isValid() && asOf > today)
        return ctx.usage(QStringLiteral("--as-of %1 is in the future; the escalation rules run as of today or earlier")
                             .arg(asOf.toString(Qt::ISODate)));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    const QDateTime when = asOf.isValid() && asOf < today
                               ? storage::ComplaintDeadline::endOfDay(asOf)
                               : QDateTime::fromString(storage::Database::nowIso(), Qt::ISODate);
    // An office job run by hand: a manager or the administrator, recorded in their name (never a rep).
    auto counts = services::ComplaintEscalator::run(*ctx.session, when);
    if (!counts)
        return ctx.fail(counts.error());
    ctx.out << "escalated to area manager: " << counts->toAreaManager << '\n'
            << "escalated to admin: " << counts->toAdmin << '\n';
    return ExitOk;
}

int lifecycleSummary(CliContext& ctx)
{
    CommandOptions options(ctx, QStringLiteral("lifecycle summary [--format table|csv|json]"),
                           {CommandOptions::formatOption()});
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto summary = storage::LifecycleQueries(*ctx.session).stageSummary();
    if (!summary)
        return ctx.fail(summary.error());
    OutputTable table({QStringLiteral("stage"), QStringLiteral("customers"), QStringLiteral("revenue_12m"),
                       QStringLiteral("revenue"), QStringLiteral("clv_12m")});
    for (const storage::StageSummary& row : *summary)
        table.addRow({row.stage, row.customers, money(row.revenue12m), money(row.revenue), money(row.clv12m)});
    table.print(ctx.out, format);
    return ExitOk;
}

int lifecycleTransitions(CliContext& ctx)
{
    CommandOptions options(
        ctx,
        QStringLiteral("lifecycle transitions --from YYYY-MM-DD --to YYYY-MM-DD [--to-stage S,...] [--format ...]"),
        {CommandOptions::withValue(QStringLiteral("from"), QStringLiteral("First day (inclusive)."),
                                   QStringLiteral("DATE")),
         CommandOptions::withValue(QStringLiteral("to"), QStringLiteral("Last day (inclusive)."),
                                   QStringLiteral("DATE")),
         CommandOptions::withValue(QStringLiteral("to-stage"),
                                   QStringLiteral("Only moves into these stages (comma-separated)."),
                                   QStringLiteral("S")),
         CommandOptions::formatOption()});
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    QDate from;
    QDate to;
    if (!options.date(QStringLiteral("from"), true, &from) || !options.date(QStringLiteral("to"), true, &to))
        return ctx.exitCode;
    if (from > to)
        return ctx.usage(QStringLiteral("--from must be on or before --to"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    const QStringList stages = options.value(QStringLiteral("to-stage")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto rows = storage::LifecycleQueries(*ctx.session).transitions(from, to, stages);
    if (!rows)
        return ctx.fail(rows.error());
    OutputTable table({QStringLiteral("changed_on"), QStringLiteral("customer_code"), QStringLiteral("customer"),
                       QStringLiteral("from_stage"), QStringLiteral("to_stage"), QStringLiteral("rule"),
                       QStringLiteral("manual"), QStringLiteral("user"), QStringLiteral("reason")});
    for (const storage::LifecycleTransition& row : *rows) {
        const core::LifecycleEntry& e = row.entry;
        table.addRow({e.changedOn.toString(Qt::ISODate), row.customerCode, row.customerName, e.fromStage, e.toStage,
                      e.rule, e.manual, e.userName, e.reason});
    }
    table.print(ctx.out, format);
    return ExitOk;
}

int lifecycleHistory(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("lifecycle history [--months N] [--as-of YYYY-MM-DD] [--format ...]"),
        {CommandOptions::withValue(QStringLiteral("months"),
                                   QStringLiteral("Month ends to count, 1 to 600 (default 24)."), QStringLiteral("N")),
         CommandOptions::withValue(QStringLiteral("as-of"), QStringLiteral("The last day counted (default today)."),
                                   QStringLiteral("DATE")),
         CommandOptions::formatOption()});
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    qint64 months = 24;
    if (options.isSet(QStringLiteral("months")) && !options.integer(QStringLiteral("months"), 1, 600, &months))
        return ctx.exitCode;
    QDate asOf;
    if (!options.date(QStringLiteral("as-of"), false, &asOf))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto rows = storage::LifecycleQueries(*ctx.session).monthlyStageCounts(static_cast<int>(months), asOf);
    if (!rows)
        return ctx.fail(rows.error());
    QStringList columns{QStringLiteral("month_end")};
    for (const QString& stage : storage::LifecycleRepository::stages())
        columns << stage;
    OutputTable table(columns);
    for (const storage::MonthStageCounts& row : *rows) {
        QVariantList cells{row.monthEnd.toString(Qt::ISODate)};
        for (const qint64 count : row.counts)
            cells << count;
        table.addRow(cells);
    }
    table.print(ctx.out, format);
    return ExitOk;
}

} // namespace

int ComplaintCommands::complaints(CliContext& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("list"))
        return listComplaints(ctx);
    if (sub == QLatin1String("escalate"))
        return escalateComplaints(ctx);
    return ctx.usage(QStringLiteral("complaints needs 'list' or 'escalate'"));
}

int ComplaintCommands::lifecycle(CliContext& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("summary"))
        return lifecycleSummary(ctx);
    if (sub == QLatin1String("transitions"))
        return lifecycleTransitions(ctx);
    if (sub == QLatin1String("history"))
        return lifecycleHistory(ctx);
    return ctx.usage(QStringLiteral("lifecycle needs 'summary', 'transitions' or 'history'"));
}

} // namespace carddesk::cli
