#include "cli/EquityCommands.h"

#include "cli/CommandOptions.h"
#include "cli/Money.h"
#include "cli/OutputTable.h"
#include "services/CustomerEquityReport.h"

#include <QJsonDocument>

namespace carddesk::cli {

int EquityCommands::equity(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("equity [--by area|rep|abc|stage] [--trend] [--months N] [--json]"),
        {QCommandLineOption(QStringLiteral("by"), QStringLiteral("Group by area, rep, abc or stage."),
                            QStringLiteral("GROUPING")),
         CommandOptions::flag(QStringLiteral("trend"), QStringLiteral("Also the equity at each month end.")),
         QCommandLineOption(QStringLiteral("months"), QStringLiteral("Month ends in the trend (1-24, default 12)."),
                            QStringLiteral("N"), QStringLiteral("12")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print one JSON object."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    const QString by = options.value(QStringLiteral("by"));
    if (!by.isEmpty() && by != QLatin1String("area") && by != QLatin1String("rep") && by != QLatin1String("abc") &&
        by != QLatin1String("stage"))
        return ctx.usage(QStringLiteral("--by must be area, rep, abc or stage, not '%1'").arg(by));
    qint64 months = 12;
    if (!options.integer(QStringLiteral("months"), 1, 24, &months))
        return ctx.exitCode;
    const bool trend = options.isSet(QStringLiteral("trend"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto summary = services::CustomerEquityReport(*ctx.session).build(trend ? static_cast<int>(months) : 0);
    if (!summary)
        return ctx.fail(summary.error());
    if (!summary->available) {
        if (options.isSet(QStringLiteral("json"))) {
            ctx.out << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Compact) << '\n';
            return ExitOk;
        }
        ctx.out << QStringLiteral("No equity yet: no scoring run with a fitted spend model covers your customers "
                                  "(run `score` first).\n");
        return ExitOk;
    }
    if (options.isSet(QStringLiteral("json"))) {
        QJsonObject json = summary->toJson();
        // --by keeps only the grouping asked for.
        if (!by.isEmpty())
            for (const char* key : {"by_area", "by_rep", "by_abc", "by_stage"})
                if (QLatin1String(key) != QStringLiteral("by_%1").arg(by))
                    json.remove(QLatin1String(key));
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    ctx.out << QStringLiteral("customer equity: %1 (%2 customers, as of %3, %4 months at %5 a month, model %6)\n")
                   .arg(summary->total, 0, 'f', 2)
                   .arg(summary->customers)
                   .arg(summary->asOf.toString(Qt::ISODate))
                   .arg(summary->months)
                   .arg(summary->monthlyDiscount)
                   .arg(summary->model);
    if (!by.isEmpty()) {
        const auto& groups = by == QLatin1String("area")  ? summary->byArea
                             : by == QLatin1String("rep") ? summary->byRep
                             : by == QLatin1String("abc") ? summary->byAbc
                                                          : summary->byStage;
        OutputTable table({by, QStringLiteral("customers"), QStringLiteral("equity")});
        for (const services::EquityGroup& g : groups)
            table.addRow({g.name.isEmpty() ? QStringLiteral("(none)") : g.name, g.customers, money(g.equity)});
        table.print(ctx.out, OutputTable::Format::Table);
    }
    if (trend) {
        OutputTable table({QStringLiteral("month_end"), QStringLiteral("equity")});
        for (const services::EquityTrendPoint& p : summary->trend)
            table.addRow({p.day.toString(Qt::ISODate), money(p.equity)});
        table.print(ctx.out, OutputTable::Format::Table);
    }
    return ExitOk;
}

} // namespace carddesk::cli
