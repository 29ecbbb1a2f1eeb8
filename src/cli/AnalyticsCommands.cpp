#include "cli/AnalyticsCommands.h"

#include "cli/CommandOptions.h"
#include "cli/Money.h"
#include "cli/OutputTable.h"
#include "services/OrderImport.h"
#include "services/ScoringService.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/scores/ScoreRepository.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace carddesk::cli {

int AnalyticsCommands::importOrders(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("import-orders FILE.csv [--create-customers] [--again]"),
        {CommandOptions::flag(QStringLiteral("create-customers"), QStringLiteral("Create cards for unknown codes.")),
         CommandOptions::flag(QStringLiteral("again"),
                              QStringLiteral("Import a file that was imported before (its orders count twice)."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (options.positional().size() != 1)
        return ctx.usage(QStringLiteral("import-orders needs one CSV file"));
    const QString path = options.positional().first();
    // Parse the whole file before touching the database: a bad row rejects the file and nothing is written.
    auto rows = services::OrderImport::read(path);
    if (!rows)
        return ctx.fail(rows.error());
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto imported = services::OrderImport::store(*ctx.session, *rows, options.isSet(QStringLiteral("create-customers")),
                                                 QFileInfo(path).fileName(), options.isSet(QStringLiteral("again")));
    if (!imported)
        return ctx.fail(imported.error());
    ctx.out << imported->ordersImported << '\n';
    if (imported->customersCreated > 0)
        ctx.err << "created " << imported->customersCreated << " customers\n";
    if (const std::vector<std::int64_t> repeated = services::OrderImport::repeatedRows(*rows); !repeated.empty()) {
        QStringList first;
        for (std::size_t i = 0; i < std::min<std::size_t>(repeated.size(), 10); ++i)
            first << QString::number(repeated[i]);
        ctx.err << "note: " << repeated.size() << " row(s) repeat an earlier row of the file (same customer, date and "
                << "amount), imported as orders of their own: row " << first.join(QStringLiteral(", "))
                << (repeated.size() > 10 ? ", …" : "") << '\n';
    }
    return ExitOk;
}

int AnalyticsCommands::score(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("score --as-of YYYY-MM-DD [--model bgnbd|mbgnbd|paretonbd|auto] [--json]"),
        {QCommandLineOption(QStringLiteral("as-of"), QStringLiteral("Score as of this date."), QStringLiteral("DATE")),
         QCommandLineOption(QStringLiteral("model"),
                            QStringLiteral("Purchase model: bgnbd, mbgnbd, paretonbd or auto (the best backtest on "
                                           "this office's history; the default)."),
                            QStringLiteral("MODEL"), QStringLiteral("auto")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print the run as one JSON object."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    QDate asOf;
    if (!options.date(QStringLiteral("as-of"), true, &asOf))
        return ctx.exitCode;
    const QString modelText = options.value(QStringLiteral("model")).trimmed().toLower();
    const auto model = analytics::parsePurchaseModelChoice(modelText.toStdString());
    if (!model)
        return ctx.usage(QStringLiteral("--model must be bgnbd, mbgnbd, paretonbd or auto (got \"%1\")")
                             .arg(options.value(QStringLiteral("model"))));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto report = services::ScoringService::score(*ctx.session, asOf, {}, nullptr, *model);
    if (!report)
        return ctx.fail(report.error());
    const QJsonObject json = report->toJson();
    if (options.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    const auto& result = report->result;
    const auto& gg = result.gammaGamma;
    ctx.out << QStringLiteral("scored %1 customers as of %2 in %3 s\n")
                   .arg(report->customers)
                   .arg(asOf.toString(Qt::ISODate))
                   .arg(report->seconds, 0, 'f', 2);
    using analytics::PurchaseModelKind;
    auto line = [&](PurchaseModelKind kind, const char* names, std::array<double, 4> p, double ll) {
        if (!result.fitted[static_cast<std::size_t>(kind)])
            return;
        const QStringList n = QString::fromLatin1(names).split(u' ');
        ctx.out << QStringLiteral("%1%2: %3=%4 %5=%6 %7=%8 %9=%10 LL=%11\n")
                       .arg(kind == result.model ? QStringLiteral("* ") : QStringLiteral("  "),
                            QString::fromUtf8(analytics::purchaseModelName(kind)), n[0], QString::number(p[0], 'g', 7),
                            n[1], QString::number(p[1], 'g', 7), n[2], QString::number(p[2], 'g', 7), n[3])
                       .arg(QString::number(p[3], 'g', 7), QString::number(ll, 'f', 3));
    };
    const auto& bg = result.bgnbd.params;
    const auto& mbg = result.mbgnbd.params;
    const auto& pn = result.paretoNbd.params;
    line(PurchaseModelKind::BgNbd, "r alpha a b", {bg.r, bg.alpha, bg.a, bg.b}, result.bgnbd.logLikelihood);
    line(PurchaseModelKind::ModifiedBgNbd, "r alpha a b", {mbg.r, mbg.alpha, mbg.a, mbg.b},
         result.mbgnbd.logLikelihood);
    line(PurchaseModelKind::ParetoNbd, "r alpha s beta", {pn.r, pn.alpha, pn.s, pn.beta},
         result.paretoNbd.logLikelihood);
    ctx.out << QStringLiteral("model: %1\n").arg(QString::fromStdString(result.selection.reason));
    ctx.out << QStringLiteral("Gamma-Gamma: p=%1 q=%2 v=%3\n")
                   .arg(gg.params.p, 0, 'g', 6)
                   .arg(gg.params.q, 0, 'g', 6)
                   .arg(gg.params.v, 0, 'g', 6);
    ctx.out << QStringLiteral("ABC (%1): A=%2 B=%3 C=%4\n")
                   .arg(report->abcWindowMonths > 0 ? QStringLiteral("last %1 months").arg(report->abcWindowMonths)
                                                    : QStringLiteral("all history"))
                   .arg(report->result.abcSummary.countA)
                   .arg(report->result.abcSummary.countB)
                   .arg(report->result.abcSummary.countC);
    return ExitOk;
}

int AnalyticsCommands::scores(CliContext& ctx)
{
    CommandOptions options(ctx, QStringLiteral("scores [--format csv|json|table]"),
                           {QCommandLineOption(QStringLiteral("format"), QStringLiteral("csv, json or table."),
                                               QStringLiteral("FORMAT"), QStringLiteral("csv"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    OutputTable::Format format;
    if (!OutputTable::parseFormat(options.value(QStringLiteral("format")), &format))
        return ctx.usage(QStringLiteral("--format must be csv, json or table"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    storage::ScoreRepository repo(*ctx.session);
    auto rows = repo.latest();
    if (!rows)
        return ctx.fail(rows.error());
    OutputTable table({QStringLiteral("customer_code"), QStringLiteral("x"), QStringLiteral("t_x"), QStringLiteral("T"),
                       QStringLiteral("p_alive"), QStringLiteral("expected_purchases_26w"),
                       QStringLiteral("expected_order_value"), QStringLiteral("clv_12m"), QStringLiteral("abc"),
                       QStringLiteral("rfm_score"), QStringLiteral("rfm_segment"), QStringLiteral("churn_risk"),
                       QStringLiteral("lifecycle_stage")});
    for (const storage::ScoreRow& row : *rows)
        table.addRow({row.customerCode, row.x, row.tx, row.T, row.pAlive, row.expectedPurchases26w,
                      money(row.expectedOrderValue), money(row.clv12m), row.abc, row.rfmScore, row.rfmSegment,
                      row.churnRisk, row.lifecycleStage});
    table.print(ctx.out, format);
    return ExitOk;
}

int AnalyticsCommands::backtest(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("backtest --calibration-end D --holdout-end D [--json]"),
        {QCommandLineOption(QStringLiteral("calibration-end"), QStringLiteral("Last day of the fitting period."),
                            QStringLiteral("DATE")),
         QCommandLineOption(QStringLiteral("holdout-end"), QStringLiteral("Last day of the holdout period."),
                            QStringLiteral("DATE")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print one JSON object."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    QDate calibrationEnd;
    QDate holdoutEnd;
    if (!options.date(QStringLiteral("calibration-end"), true, &calibrationEnd) ||
        !options.date(QStringLiteral("holdout-end"), true, &holdoutEnd))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto report = services::ScoringService::backtest(*ctx.session, calibrationEnd, holdoutEnd);
    if (!report)
        return ctx.fail(report.error());
    if (options.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    const auto& r = report->result;
    ctx.out << QStringLiteral("customers: %1\nholdout weeks: %2\nactual repeat purchases: %3\n"
                              "predicted repeat purchases: %4\nper-customer correlation: %5\nAUC of P(alive): %6\n"
                              "AUC of expected purchases: %7\n")
                   .arg(r.customers)
                   .arg(r.holdoutWeeks, 0, 'f', 2)
                   .arg(r.actualRepeat, 0, 'f', 0)
                   .arg(r.predictedRepeat, 0, 'f', 1)
                   .arg(r.correlation, 0, 'f', 3)
                   .arg(r.auc, 0, 'f', 3)
                   .arg(r.aucExpected, 0, 'f', 3);
    // The three purchase models on the same periods; '*' marks the one `score --model auto` would take.
    ctx.out << QStringLiteral("\nmodel       predicted     actual  error/customer  AUC P(alive)\n");
    const analytics::ModelSelection& models = report->models;
    for (std::size_t k = 0; k < models.models.size(); ++k) {
        const auto kind = static_cast<analytics::PurchaseModelKind>(k);
        const analytics::ModelBacktest& m = models.models[k];
        const std::string_view name = analytics::purchaseModelName(kind);
        const QString label = QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        if (!m.ok) {
            ctx.out << QStringLiteral("%1  did not fit: %2\n").arg(label, -10).arg(QString::fromStdString(m.error));
            continue;
        }
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(label, -10)
                       .arg(m.predictedRepeat, 10, 'f', 1)
                       .arg(m.actualRepeat, 10, 'f', 0)
                       .arg(m.meanAbsoluteError, 15, 'f', 4)
                       .arg(m.auc, 13, 'f', 3)
                       .arg(models.backtested && models.chosen == kind ? QStringLiteral("*") : QString());
    }
    return ExitOk;
}

} // namespace carddesk::cli
