#include "cli/ImportCommands.h"

#include "cli/CommandOptions.h"
#include "cli/OutputTable.h"
#include "services/CustomerImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace carddesk::cli {

using services::CustomerImport;

namespace {

const char* const kImportSynopsis =
    "import-customers FILE.csv|FILE.xlsx [--mapping FILE.json] [--encoding E] [--sheet NAME|N] "
    "[--match update|skip|create] [--good-rows] [--dry-run] [--errors FILE.csv] [--json]";

} // namespace

int ImportCommands::importCustomers(CliContext& ctx)
{
    CommandOptions options(
        ctx, QString::fromLatin1(kImportSynopsis),
        {CommandOptions::withValue(QStringLiteral("mapping"),
                                   QStringLiteral("A JSON object: file header -> CardDesk column key."),
                                   QStringLiteral("FILE")),
         CommandOptions::withValue(QStringLiteral("encoding"),
                                   QStringLiteral("The CSV file's encoding (default: detected)."), QStringLiteral("E")),
         CommandOptions::withValue(QStringLiteral("sheet"), QStringLiteral("The .xlsx sheet, by name or number."),
                                   QStringLiteral("S")),
         CommandOptions::withValue(QStringLiteral("match"),
                                   QStringLiteral("A customer already stored: update (default), skip or create."),
                                   QStringLiteral("M")),
         CommandOptions::flag(QStringLiteral("good-rows"),
                              QStringLiteral("Import the rows without errors (default: all or nothing).")),
         CommandOptions::flag(QStringLiteral("dry-run"), QStringLiteral("Check and report; write nothing.")),
         CommandOptions::withValue(QStringLiteral("errors"), QStringLiteral("Save the rows in error as CSV."),
                                   QStringLiteral("FILE")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print the result as one JSON object."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (options.positional().size() != 1)
        return ctx.usage(QStringLiteral("import-customers needs one file"));
    CustomerImport::Match match = CustomerImport::Match::Update;
    const QString matchText = options.value(QStringLiteral("match"));
    if (matchText == u"skip")
        match = CustomerImport::Match::Skip;
    else if (matchText == u"create")
        match = CustomerImport::Match::Create;
    else if (!matchText.isEmpty() && matchText != u"update")
        return ctx.usage(QStringLiteral("--match must be update, skip or create, not '%1'").arg(matchText));
    QHash<QString, QString> explicitMap;
    if (options.isSet(QStringLiteral("mapping"))) {
        auto mapping = CustomerImport::readMappingFile(options.value(QStringLiteral("mapping")));
        if (!mapping)
            return ctx.fail(mapping.error());
        explicitMap = *mapping;
    }
    // The file is read and mapped before the office is opened: a bad file never waits for the database.
    auto table = CustomerImport::readFile(options.positional().first(), {options.value(QStringLiteral("encoding")),
                                                                         options.value(QStringLiteral("sheet"))});
    if (!table)
        return ctx.fail(table.error());
    auto mapping = CustomerImport::mapColumns(*table, explicitMap);
    if (!mapping)
        return ctx.fail(mapping.error());
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto plan = CustomerImport::plan(*ctx.session, *table, *mapping, match);
    if (!plan)
        return ctx.fail(plan.error());
    if (options.isSet(QStringLiteral("errors"))) {
        QFile errors(options.value(QStringLiteral("errors")));
        if (!errors.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            errors.write(CustomerImport::problemsCsv(*plan)) < 0)
            return ctx.fail(core::Error{
                core::ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(errors.fileName(), errors.errorString()),
                QStringLiteral("errors"), -1});
    }
    const bool json = options.isSet(QStringLiteral("json"));
    const bool dryRun = options.isSet(QStringLiteral("dry-run"));
    const bool goodRows = options.isSet(QStringLiteral("good-rows"));
    for (const QString& warning : plan->warnings)
        ctx.err << "warning: " << warning << '\n';
    for (const CustomerImport::Problem& problem : plan->problems)
        ctx.err << plan->problemText(problem) << '\n';

    QJsonObject result = plan->toJson();
    result.insert(QStringLiteral("format"), table->format);
    if (table->format == u"csv") {
        result.insert(QStringLiteral("encoding"), table->encoding);
        result.insert(QStringLiteral("detected_encoding"), table->detectedEncoding);
    } else {
        result.insert(QStringLiteral("sheet"), table->sheetName);
        result.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(table->sheetNames));
    }
    result.insert(QStringLiteral("dry_run"), dryRun);
    int code = ExitOk;
    if (dryRun) {
        result.insert(QStringLiteral("imported"), false);
        if (plan->rowsInError > 0)
            code = ExitFailure;
    } else {
        auto committed = CustomerImport::commit(
            *ctx.session, *plan, goodRows ? CustomerImport::Choice::GoodRows : CustomerImport::Choice::AllOrNothing);
        if (!committed) {
            if (committed.error().code != core::ErrorCode::InvalidArgument || !json)
                return ctx.fail(committed.error());
            ctx.err << "carddesk-cli: " << committed.error().toString() << Qt::endl;
            result.insert(QStringLiteral("imported"), false);
            code = ExitFailure;
        } else {
            result.insert(QStringLiteral("imported"), true);
            result.insert(QStringLiteral("batch"), committed->batchId);
            result.insert(QStringLiteral("customers_created"), committed->counts.customersCreated);
            result.insert(QStringLiteral("customers_updated"), committed->counts.customersUpdated);
            result.insert(QStringLiteral("contacts_added"), committed->counts.contactsAdded);
            result.insert(QStringLiteral("rows_skipped"), committed->counts.rowsSkipped);
        }
    }
    if (json) {
        ctx.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return code;
    }
    if (code != ExitOk && !dryRun)
        return code; // the refusal is printed; nothing was imported
    OutputTable out({QStringLiteral("item"), QStringLiteral("value")});
    out.addRow({QStringLiteral("file"), plan->fileName});
    if (table->format == u"csv")
        out.addRow({QStringLiteral("encoding"),
                    table->encoding == table->detectedEncoding
                        ? QStringLiteral("%1 (detected)").arg(table->encoding)
                        : QStringLiteral("%1 (detected %2)").arg(table->encoding, table->detectedEncoding)});
    else
        out.addRow({QStringLiteral("sheet"), table->sheetName});
    for (const char* key : {"rows", "empty_rows_skipped", "rows_in_error", "customers_to_create", "customers_to_update",
                            "customers_unchanged", "customers_to_skip", "contacts_to_add", "batch"}) {
        const QString name = QString::fromLatin1(key);
        if (result.contains(name))
            out.addRow({name, result.value(name).toVariant()});
    }
    out.print(ctx.out, OutputTable::Format::Table);
    if (dryRun && plan->rowsInError > 0)
        ctx.err << "dry run: " << plan->rowsInError << " rows in error; nothing was written\n";
    return code;
}

int ImportCommands::imports(CliContext& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub != QLatin1String("list") && sub != QLatin1String("undo"))
        return ctx.usage(QStringLiteral("imports needs list or undo ID"));
    CommandOptions options(ctx, QStringLiteral("imports list [--format table|csv|json] | imports undo ID"),
                           {CommandOptions::formatOption()});
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    if (sub == QLatin1String("undo")) {
        bool ok = false;
        const qint64 id = options.positional().value(0).toLongLong(&ok);
        if (options.positional().size() != 1 || !ok || id <= 0)
            return ctx.usage(QStringLiteral("imports undo needs the number of one import (imports list shows them)"));
        if (!ctx.openDatabase(false) || !ctx.login())
            return ctx.exitCode;
        if (auto undone = CustomerImport::undo(*ctx.session, id); !undone)
            return ctx.fail(undone.error());
        ctx.out << "undone " << id << '\n';
        return ExitOk;
    }
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("imports list takes no arguments"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto batches = CustomerImport::batches(*ctx.session);
    if (!batches)
        return ctx.fail(batches.error());
    OutputTable out({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("file"),
                     QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("contacts"),
                     QStringLiteral("skipped"), QStringLiteral("in_error"), QStringLiteral("undone_at")});
    for (const storage::ImportBatch& batch : *batches)
        out.addRow({batch.id, batch.at.toString(Qt::ISODate), batch.username, batch.fileName, batch.customersCreated,
                    batch.customersUpdated, batch.contactsAdded, batch.rowsSkipped, batch.rowsInError,
                    batch.undoneAt.isValid() ? batch.undoneAt.toString(Qt::ISODate) : QString()});
    out.print(ctx.out, format);
    return ExitOk;
}

} // namespace carddesk::cli
