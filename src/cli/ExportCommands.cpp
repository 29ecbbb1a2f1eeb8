#include "cli/ExportCommands.h"

#include "cli/CommandOptions.h"
#include "cli/ComplaintCommands.h"
#include "core/CustomerCode.h"
#include "services/ComplaintExport.h"
#include "services/CustomerExport.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace carddesk::cli {

using core::ErrorCode;
using core::makeError;

namespace {

QList<QCommandLineOption> fileOptions()
{
    return {CommandOptions::withValue(QStringLiteral("format"), QStringLiteral("csv or xlsx."), QStringLiteral("F")),
            CommandOptions::withValue(QStringLiteral("out"), QStringLiteral("The file to write (replaced)."),
                                      QStringLiteral("FILE")),
            CommandOptions::withValue(QStringLiteral("lang"),
                                      QStringLiteral("Headers and labels in en (codes) or zh_CN (default en)."),
                                      QStringLiteral("LANG")),
            CommandOptions::flag(QStringLiteral("json"), QStringLiteral("A JSON object instead of a line."))};
}

// --format, --out and --lang into a request; a usage error (false) when one is missing or wrong.
bool readRequest(CliContext& ctx, CommandOptions& options, services::ExportRequest* request)
{
    if (!options.require(QStringLiteral("format")) || !options.require(QStringLiteral("out")))
        return false;
    const auto format = io::TableFileWriter::formatFromName(options.value(QStringLiteral("format")));
    if (!format) {
        ctx.exitCode = ctx.usage(
            QStringLiteral("--format must be csv or xlsx, not '%1'").arg(options.value(QStringLiteral("format"))));
        return false;
    }
    QString lang;
    if (!options.language(&lang))
        return false;
    // A name that says the other format would be opened as that format and fail (a workbook replaced by CSV text
    // under its .xlsx name).
    const QString out = options.value(QStringLiteral("out"));
    const QString other =
        *format == io::TableFileWriter::Format::Csv ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (out.endsWith(other, Qt::CaseInsensitive)) {
        ctx.exitCode = ctx.usage(QStringLiteral("--out %1 ends in %2 but --format is %3: give --format %4 or name the "
                                                "file after its format")
                                     .arg(out, other, options.value(QStringLiteral("format")), other.mid(1)));
        return false;
    }
    request->format = *format;
    request->chinese = lang == QLatin1String("zh_CN");
    request->path = options.value(QStringLiteral("out"));
    return true;
}

int report(CliContext& ctx, const CommandOptions& options, const services::ExportOutcome& outcome,
           const char* recordsKey, const QString& path)
{
    if (options.isSet(QStringLiteral("json"))) {
        QJsonObject document{{QStringLiteral("rows"), outcome.rows},
                             {QString::fromLatin1(recordsKey), outcome.records},
                             {QStringLiteral("file"), path}};
        ctx.out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << "exported " << outcome.rows << " rows (" << outcome.records << ' ' << recordsKey << ") to " << path
                << '\n';
    }
    return ExitOk;
}

int exportCustomers(CliContext& ctx)
{
    CommandOptions options(
        ctx,
        QStringLiteral("export customers --format csv|xlsx --out FILE [--search TEXT] [--status S] [--rep USER] "
                       "[--area NAME|ID] [--key] [--lang en|zh_CN] [--json]"),
        fileOptions() << CommandOptions::withValue(QStringLiteral("search"),
                                                   QStringLiteral("Name, pinyin, initials, contact, phone or e-mail."),
                                                   QStringLiteral("TEXT"))
                      << CommandOptions::withValue(QStringLiteral("status"),
                                                   QStringLiteral("potential, current or lost."), QStringLiteral("S"))
                      << CommandOptions::withValue(QStringLiteral("rep"), QStringLiteral("Only this rep's customers."),
                                                   QStringLiteral("USER"))
                      << CommandOptions::withValue(QStringLiteral("area"),
                                                   QStringLiteral("Only this area's customers."),
                                                   QStringLiteral("AREA"))
                      << CommandOptions::flag(QStringLiteral("key"), QStringLiteral("Only key customers.")));
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("export customers takes no arguments, only options"));
    services::ExportRequest request;
    if (!readRequest(ctx, options, &request))
        return ctx.exitCode;
    storage::CustomerQuery query;
    query.search = options.value(QStringLiteral("search"));
    query.status = options.value(QStringLiteral("status"));
    if (!query.status.isEmpty() && query.status != QLatin1String("potential") &&
        query.status != QLatin1String("current") && query.status != QLatin1String("lost"))
        return ctx.usage(QStringLiteral("--status must be potential, current or lost, not '%1'").arg(query.status));
    query.keyOnly = options.isSet(QStringLiteral("key"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    storage::Session& session = *ctx.session;
    if (options.isSet(QStringLiteral("rep"))) {
        auto rep = storage::UserRepository::findByName(session, options.value(QStringLiteral("rep")));
        if (!rep)
            return ctx.fail(rep.error());
        query.ownerId = rep->id;
    }
    if (options.isSet(QStringLiteral("area"))) {
        const QString wanted = options.value(QStringLiteral("area"));
        auto areas = storage::UserRepository::areas(session);
        if (!areas)
            return ctx.fail(areas.error());
        for (const core::Area& area : *areas)
            if (area.name.compare(wanted, Qt::CaseInsensitive) == 0 || QString::number(area.id) == wanted)
                query.areaId = area.id;
        if (query.areaId == 0)
            return ctx.fail(makeError(ErrorCode::NotFound, QStringLiteral("there is no area '%1'").arg(wanted),
                                      QStringLiteral("area")));
    }
    auto outcome = services::CustomerExport::customers(session, query, request);
    if (!outcome)
        return ctx.fail(outcome.error());
    return report(ctx, options, *outcome, "customers", request.path);
}

int exportComplaints(CliContext& ctx)
{
    CommandOptions options(ctx,
                           QStringLiteral("export complaints --format csv|xlsx --out FILE [--status S,...] [--overdue] "
                                          "[--escalated] [--level N] [--category NAME|ID] [--owner USER] "
                                          "[--as-of YYYY-MM-DD] [--lang en|zh_CN] [--json]"),
                           fileOptions() << ComplaintCommands::filterOptions());
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("export complaints takes no arguments, only options"));
    services::ExportRequest request;
    storage::ComplaintFilter filter;
    if (!readRequest(ctx, options, &request) || !ComplaintCommands::parseFilter(options, &filter))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    if (!ComplaintCommands::resolveFilter(ctx, options, &filter))
        return ctx.exitCode;
    auto outcome = services::ComplaintExport::complaints(*ctx.session, filter, request);
    if (!outcome)
        return ctx.fail(outcome.error());
    return report(ctx, options, *outcome, "complaints", request.path);
}

int exportCard(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("export card ID|CODE --format csv|xlsx --out FILE [--lang en|zh_CN] [--json]"),
        fileOptions());
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (options.positional().size() != 1)
        return ctx.usage(QStringLiteral("export card needs one customer id or code"));
    services::ExportRequest request;
    if (!readRequest(ctx, options, &request))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    const QString key = options.positional().first();
    bool isId = false;
    qint64 id = key.toLongLong(&isId);
    if (!isId) {
        auto customer = storage::CustomerRepository(*ctx.session).getByCode(key, false);
        if (!customer)
            return ctx.fail(customer.error());
        id = customer->id;
    }
    auto outcome = services::CustomerExport::card(*ctx.session, id, request);
    if (!outcome)
        return ctx.fail(outcome.error());
    return report(ctx, options, *outcome, "customers", request.path);
}

} // namespace

int ExportCommands::exportData(CliContext& ctx)
{
    const QString what = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (what == QLatin1String("customers"))
        return exportCustomers(ctx);
    if (what == QLatin1String("complaints"))
        return exportComplaints(ctx);
    if (what == QLatin1String("card"))
        return exportCard(ctx);
    return ctx.usage(QStringLiteral("export needs 'customers', 'complaints' or 'card'"));
}

} // namespace carddesk::cli
