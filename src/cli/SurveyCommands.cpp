#include "cli/SurveyCommands.h"

#include "cli/CommandOptions.h"
#include "cli/OutputTable.h"
#include "services/SatisfactionMatrix.h"
#include "storage/repositories/SurveyRepository.h"
#include "storage/scores/ScoreRepository.h"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carddesk::cli {

namespace {

// Bad input is exit 2 whether the parser or a rule of the repository found it.
int failInput(CliContext& ctx, const core::Error& error)
{
    const int code = ctx.fail(error);
    return error.code == core::ErrorCode::InvalidArgument ? int(ExitUsage) : code;
}

QJsonObject surveyJson(const core::SatisfactionSurvey& s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("customer_id"), s.customerId},
                       {QStringLiteral("customer"), s.customerName},
                       {QStringLiteral("contact_id"), s.contactId > 0 ? QJsonValue(s.contactId) : QJsonValue()},
                       {QStringLiteral("contact"), s.contactName},
                       {QStringLiteral("date"), s.surveyedOn.toString(Qt::ISODate)},
                       {QStringLiteral("product"), s.product},
                       {QStringLiteral("service"), s.service},
                       {QStringLiteral("staff"), s.staff},
                       {QStringLiteral("image"), s.image},
                       {QStringLiteral("mean"), s.mean()},
                       {QStringLiteral("comment"), s.comment},
                       {QStringLiteral("recorded_by"), s.recordedByName}};
}

int add(CliContext& ctx)
{
    auto score = [](const char* name, const char* what) {
        return CommandOptions::withValue(QString::fromLatin1(name), QString::fromLatin1(what), QStringLiteral("N"));
    };
    CommandOptions options(
        ctx,
        QStringLiteral("surveys add --customer ID|CODE --date YYYY-MM-DD --product N --service N --staff N --image N "
                       "[--contact ID] [--comment TEXT]"),
        {CommandOptions::withValue(QStringLiteral("customer"), QStringLiteral("The customer's id or code."),
                                   QStringLiteral("ID")),
         CommandOptions::withValue(QStringLiteral("date"),
                                   QStringLiteral("The day the survey was answered (not in the future)."),
                                   QStringLiteral("DATE")),
         score("product", "Satisfaction with the product, 1 (very dissatisfied) to 5 (very satisfied)."),
         score("service", "Satisfaction with the service, 1 to 5."),
         score("staff", "Satisfaction with the staff, 1 to 5."), score("image", "The company's image, 1 to 5."),
         CommandOptions::withValue(QStringLiteral("contact"), QStringLiteral("The contact who answered (an id)."),
                                   QStringLiteral("ID")),
         CommandOptions::withValue(QStringLiteral("comment"), QStringLiteral("What the customer said."),
                                   QStringLiteral("TEXT"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    core::SatisfactionSurvey survey;
    qint64 product = 0, service = 0, staff = 0, image = 0, contact = 0;
    if (!options.require(QStringLiteral("customer")) || !options.date(QStringLiteral("date"), true, &survey.surveyedOn))
        return ctx.exitCode;
    for (const char* name : {"product", "service", "staff", "image"})
        if (!options.require(QString::fromLatin1(name)))
            return ctx.exitCode;
    if (!options.integer(QStringLiteral("product"), 1, 5, &product) ||
        !options.integer(QStringLiteral("service"), 1, 5, &service) ||
        !options.integer(QStringLiteral("staff"), 1, 5, &staff) ||
        !options.integer(QStringLiteral("image"), 1, 5, &image))
        return ctx.exitCode;
    if (options.isSet(QStringLiteral("contact")) &&
        !options.integer(QStringLiteral("contact"), 1, std::numeric_limits<qint64>::max(), &contact))
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("surveys add takes no arguments, only options"));
    survey.product = static_cast<int>(product);
    survey.service = static_cast<int>(service);
    survey.staff = static_cast<int>(staff);
    survey.image = static_cast<int>(image);
    survey.contactId = contact;
    survey.comment = options.value(QStringLiteral("comment"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto customer = ctx.customerByKey(options.value(QStringLiteral("customer")), false);
    if (!customer)
        return ctx.fail(customer.error());
    survey.customerId = customer->id;
    auto saved = storage::SurveyRepository(*ctx.session).create(survey);
    if (!saved)
        return failInput(ctx, saved.error());
    ctx.out << saved->id << '\n';
    return ExitOk;
}

int list(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("surveys list [--customer ID|CODE] [--json]"),
        {CommandOptions::withValue(QStringLiteral("customer"), QStringLiteral("Only this customer's surveys."),
                                   QStringLiteral("ID")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("A JSON array."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("surveys list takes no arguments, only options"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    qint64 customerId = 0;
    if (options.isSet(QStringLiteral("customer"))) {
        auto customer = ctx.customerByKey(options.value(QStringLiteral("customer")), false);
        if (!customer)
            return ctx.fail(customer.error());
        customerId = customer->id;
    }
    auto surveys = storage::SurveyRepository(*ctx.session).list(customerId);
    if (!surveys)
        return ctx.fail(surveys.error());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const core::SatisfactionSurvey& s : *surveys)
            rows.append(surveyJson(s));
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    OutputTable table({QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("customer_id"),
                       QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("product"),
                       QStringLiteral("service"), QStringLiteral("staff"), QStringLiteral("image"),
                       QStringLiteral("mean"), QStringLiteral("comment")});
    for (const core::SatisfactionSurvey& s : *surveys)
        table.addRow({s.id, s.surveyedOn.toString(Qt::ISODate), s.customerId, s.customerName, s.contactName, s.product,
                      s.service, s.staff, s.image, QString::number(s.mean(), 'f', 2), s.comment});
    table.print(ctx.out, OutputTable::Format::Table);
    return ExitOk;
}

int matrix(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("surveys matrix [--cell ID] [--json]"),
        {CommandOptions::withValue(QStringLiteral("cell"),
                                   QStringLiteral("List the customers of one cell: satisfied_loyal, satisfied_new, "
                                                  "satisfied_leaving, dissatisfied_loyal, dissatisfied_new, "
                                                  "dissatisfied_leaving."),
                                   QStringLiteral("ID")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("JSON: the counts and every cell's customers."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    std::optional<analytics::SatisfactionCell> only;
    if (options.isSet(QStringLiteral("cell"))) {
        only = analytics::satisfactionCellFromId(options.value(QStringLiteral("cell")).toStdString());
        if (!only)
            return ctx.usage(QStringLiteral("--cell must be one of satisfied_loyal, satisfied_new, satisfied_leaving, "
                                            "dissatisfied_loyal, dissatisfied_new, dissatisfied_leaving"));
    }
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("surveys matrix takes no arguments, only options"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto report = services::SatisfactionMatrix(*ctx.session).build();
    if (!report)
        return ctx.fail(report.error());
    auto cellName = [](analytics::SatisfactionCell cell) {
        return QString::fromLatin1(analytics::satisfactionCellId(cell));
    };
    if (options.isSet(QStringLiteral("json"))) {
        QJsonObject counts;
        QJsonObject cells;
        for (int i = 0; i < analytics::kSatisfactionCells; ++i) {
            const auto cell = static_cast<analytics::SatisfactionCell>(i);
            counts.insert(cellName(cell), report->counts[static_cast<std::size_t>(i)]);
            if (only && cell != *only)
                continue;
            QJsonArray customers;
            for (const services::SatisfactionMatrixEntry* e : report->inCell(cell)) {
                const storage::SatisfactionFacts& f = e->facts;
                customers.append(QJsonObject{
                    {QStringLiteral("id"), f.customerId},
                    {QStringLiteral("code"), f.code},
                    {QStringLiteral("name"), f.name},
                    {QStringLiteral("owner"), f.ownerName},
                    {QStringLiteral("satisfaction"), e->satisfaction},
                    {QStringLiteral("latest_survey"),
                     f.latestSurveyOn.isValid() ? QJsonValue(f.latestSurveyOn.toString(Qt::ISODate)) : QJsonValue()},
                    {QStringLiteral("complaints_rated"), f.complaintSatisfactionCount},
                    {QStringLiteral("repeat_purchases"), f.repeatPurchases},
                    {QStringLiteral("p_alive"), f.pAlive ? QJsonValue(*f.pAlive) : QJsonValue()},
                    {QStringLiteral("stage"), storage::ScoreRepository::stageName(f.stage)}});
            }
            cells.insert(cellName(cell), customers);
        }
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("customers_in_scope"), report->customersInScope},
                                             {QStringLiteral("rated"), report->rated},
                                             {QStringLiteral("not_placed"), report->notPlaced},
                                             {QStringLiteral("satisfied_from"), report->settings.satisfiedFrom},
                                             {QStringLiteral("counts"), counts},
                                             {QStringLiteral("cells"), cells}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        return ExitOk;
    }
    if (!only) {
        OutputTable table({QStringLiteral("cell"), QStringLiteral("customers")});
        for (int i = 0; i < analytics::kSatisfactionCells; ++i)
            table.addRow(
                {cellName(static_cast<analytics::SatisfactionCell>(i)), report->counts[static_cast<std::size_t>(i)]});
        table.print(ctx.out, OutputTable::Format::Table);
        ctx.out << QStringLiteral("%1 of %2 customers rated; %3 rated without orders or a score (not placed)\n")
                       .arg(report->rated)
                       .arg(report->customersInScope)
                       .arg(report->notPlaced);
        return ExitOk;
    }
    OutputTable table({QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("owner"),
                       QStringLiteral("satisfaction"), QStringLiteral("repeat_purchases"), QStringLiteral("p_alive"),
                       QStringLiteral("stage")});
    for (const services::SatisfactionMatrixEntry* e : report->inCell(*only)) {
        const storage::SatisfactionFacts& f = e->facts;
        table.addRow({f.customerId, f.code, f.name, f.ownerName, QString::number(e->satisfaction, 'f', 2),
                      f.repeatPurchases, f.pAlive ? QString::number(*f.pAlive, 'f', 3) : QString(),
                      storage::ScoreRepository::stageName(f.stage)});
    }
    table.print(ctx.out, OutputTable::Format::Table);
    return ExitOk;
}

} // namespace

int SurveyCommands::surveys(CliContext& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("add"))
        return add(ctx);
    if (sub == QLatin1String("list"))
        return list(ctx);
    if (sub == QLatin1String("matrix"))
        return matrix(ctx);
    return ctx.usage(QStringLiteral("surveys needs 'add', 'list' or 'matrix'"));
}

} // namespace carddesk::cli
