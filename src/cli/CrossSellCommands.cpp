#include "cli/CrossSellCommands.h"

#include "cli/CommandOptions.h"
#include "cli/OutputTable.h"
#include "services/CrossSellService.h"

#include <QJsonDocument>

namespace carddesk::cli {

namespace {

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString productText(const storage::CrossSellProduct& p)
{
    return p.code.isEmpty() ? p.name : p.code + QLatin1Char(' ') + p.name;
}

// A share given on the command line: a number in [low, high].
bool share(CliContext& ctx, const CommandOptions& options, const QString& name, double low, bool lowOpen, double* value)
{
    if (!options.isSet(name))
        return true;
    bool ok = false;
    const double v = options.value(name).trimmed().toDouble(&ok);
    if (!ok || v > 1.0 || (lowOpen ? v <= low : v < low)) {
        ctx.exitCode = ctx.usage(QStringLiteral("--%1 must be a number %2 %3 and at most 1 (got \"%4\")")
                                     .arg(name, lowOpen ? QStringLiteral("above") : QStringLiteral("from"),
                                          QString::number(low), options.value(name)));
        return false;
    }
    *value = v;
    return true;
}

int rules(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("crosssell rules [--min-support S] [--min-confidence C] [--top N] [--json]"),
        {CommandOptions::withValue(QStringLiteral("min-support"),
                                   QStringLiteral("Least share of customers holding both (default: the setting "
                                                  "crosssell.min_support)."),
                                   QStringLiteral("S")),
         CommandOptions::withValue(QStringLiteral("min-confidence"),
                                   QStringLiteral("Least share of the first product's holders who hold the second "
                                                  "(default: the setting crosssell.min_confidence)."),
                                   QStringLiteral("C")),
         CommandOptions::withValue(QStringLiteral("top"), QStringLiteral("At most N rules, best first (50; 0: all)."),
                                   QStringLiteral("N")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print one JSON object."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("crosssell rules takes no arguments, only options"));
    qint64 top = 50;
    if (options.isSet(QStringLiteral("top")) && !options.integer(QStringLiteral("top"), 0, 100000000, &top))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    analytics::AssociationSettings settings = services::CrossSellService::settings(*ctx.db);
    if (!share(ctx, options, QStringLiteral("min-support"), 0.0, true, &settings.minSupport) ||
        !share(ctx, options, QStringLiteral("min-confidence"), 0.0, false, &settings.minConfidence))
        return ctx.exitCode;
    auto found = services::CrossSellService::rules(*ctx.session, settings, static_cast<std::size_t>(top));
    if (!found)
        return ctx.fail(found.error());
    if (options.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(found->toJson()).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    OutputTable table({QStringLiteral("holds"), QStringLiteral("also_holds"), QStringLiteral("customers"),
                       QStringLiteral("support"), QStringLiteral("confidence"), QStringLiteral("lift")});
    for (const services::CrossSellRule& r : found->rules)
        table.addRow({productText(r.antecedent), productText(r.consequent), r.customersBoth, percent(r.support),
                      percent(r.confidence), QString::number(r.lift, 'f', 2)});
    table.print(ctx.out, OutputTable::Format::Table);
    ctx.out << QStringLiteral("%1 of %2 rules; %3 customers with products, %4 of %5 products frequent "
                              "(support >= %6, at least %7 customers; confidence >= %8); %9\n")
                   .arg(found->rules.size())
                   .arg(found->rulesTotal)
                   .arg(found->baskets)
                   .arg(found->frequentProducts)
                   .arg(found->products)
                   .arg(found->settings.minSupport)
                   .arg(found->minCount)
                   .arg(found->settings.minConfidence)
                   .arg(found->cached ? QStringLiteral("from the cache")
                                      : QStringLiteral("%1 s").arg(found->seconds, 0, 'f', 2));
    return ExitOk;
}

int suggest(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("crosssell suggest --customer ID|CODE [--json]"),
        {CommandOptions::withValue(QStringLiteral("customer"), QStringLiteral("The customer (id or code)."),
                                   QStringLiteral("ID")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print one JSON object."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.require(QStringLiteral("customer")))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto customer = ctx.customerByKey(options.value(QStringLiteral("customer")));
    if (!customer)
        return ctx.fail(customer.error());
    auto found = services::CrossSellService::suggest(*ctx.session, customer->id);
    if (!found)
        return ctx.fail(found.error());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonObject json = found->toJson();
        json.insert(QStringLiteral("customer_code"), customer->code);
        json.insert(QStringLiteral("customer_name"), customer->name);
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    OutputTable table({QStringLiteral("offer"), QStringLiteral("because_they_hold"), QStringLiteral("confidence"),
                       QStringLiteral("lift"), QStringLiteral("customers_both")});
    for (const services::CrossSellSuggestion& s : found->suggestions)
        table.addRow({productText(s.rule.consequent), productText(s.rule.antecedent), percent(s.rule.confidence),
                      QString::number(s.rule.lift, 'f', 2), s.rule.customersBoth});
    table.print(ctx.out, OutputTable::Format::Table);
    if (found->suggestions.empty())
        ctx.out << "no product to suggest: no rule with lift above 1 starts from what this customer holds\n";
    return ExitOk;
}

int targets(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("crosssell targets --product ID|CODE [--limit N] [--json]"),
        {CommandOptions::withValue(QStringLiteral("product"), QStringLiteral("The product (id or code)."),
                                   QStringLiteral("ID")),
         CommandOptions::withValue(QStringLiteral("limit"), QStringLiteral("At most N customers (200; 0: all)."),
                                   QStringLiteral("N")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print one JSON object."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.require(QStringLiteral("product")))
        return ctx.exitCode;
    qint64 limit = 200;
    if (options.isSet(QStringLiteral("limit")) && !options.integer(QStringLiteral("limit"), 0, 100000000, &limit))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto product = services::CrossSellService::product(*ctx.session, options.value(QStringLiteral("product")));
    if (!product)
        return ctx.fail(product.error());
    auto found = services::CrossSellService::targets(*ctx.session, product->id, static_cast<std::size_t>(limit));
    if (!found)
        return ctx.fail(found.error());
    if (options.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(found->toJson()).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    OutputTable table({QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("owner"),
                       QStringLiteral("because_they_hold"), QStringLiteral("confidence"), QStringLiteral("lift")});
    for (const services::CrossSellTarget& t : found->customers)
        table.addRow({t.customer.id, t.customer.code, t.customer.name, t.customer.ownerName,
                      productText(t.rule.antecedent), percent(t.rule.confidence),
                      QString::number(t.rule.lift, 'f', 2)});
    table.print(ctx.out, OutputTable::Format::Table);
    ctx.out << QStringLiteral("%1 of %2 customers to offer %3\n")
                   .arg(found->customers.size())
                   .arg(found->total)
                   .arg(productText(found->product));
    return ExitOk;
}

} // namespace

int CrossSellCommands::crosssell(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("crosssell needs a subcommand: rules, suggest or targets"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("rules"))
        return rules(ctx);
    if (sub == QLatin1String("suggest"))
        return suggest(ctx);
    if (sub == QLatin1String("targets"))
        return targets(ctx);
    return ctx.usage(QStringLiteral("unknown crosssell subcommand '%1' (rules, suggest or targets)").arg(sub));
}

} // namespace carddesk::cli
