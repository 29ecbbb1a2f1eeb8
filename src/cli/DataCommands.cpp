#include "cli/DataCommands.h"

#include "cli/CommandOptions.h"
#include "report/LabelSheet.h"
#include "report/MailingExport.h"
#include "report/PersonalDataExport.h"
#include "report/ReportLanguage.h"
#include "storage/access/AccessScope.h"
#include "storage/access/ContactErasure.h"
#include "storage/repositories/CustomerRemoval.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carddesk::cli {

namespace {

// A customer named by id or code, within the session's scope.
std::optional<qint64> customerId(CliContext& ctx, const QString& key)
{
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    if (isId)
        return id;
    auto card = storage::CustomerRepository(*ctx.session).getByCode(key, false);
    if (!card) {
        ctx.exitCode = ctx.fail(card.error());
        return std::nullopt;
    }
    return card->id;
}

int exportData(CliContext& ctx, report::PersonalDataExport::Subject subject, const QString& synopsis)
{
    CommandOptions options(
        ctx, synopsis,
        {CommandOptions::withValue(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("format"), QStringLiteral("json or pdf."), QStringLiteral("FORMAT"),
                            QStringLiteral("json")),
         CommandOptions::withValue(QStringLiteral("lang"),
                                   QStringLiteral("Language of the PDF: en or zh_CN (default: the system's)."),
                                   QStringLiteral("LANG"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (options.positional().size() != 1)
        return ctx.usage(QStringLiteral("export-data needs one id"));
    if (!options.require(QStringLiteral("out")))
        return ctx.exitCode;
    const QString format = options.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("pdf"))
        return ctx.usage(QStringLiteral("--format must be json or pdf, not '%1'").arg(format));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    qint64 id = 0;
    if (subject == report::PersonalDataExport::Subject::Customer) {
        auto found = customerId(ctx, options.positional().first());
        if (!found)
            return ctx.exitCode;
        id = *found;
    } else {
        bool ok = false;
        id = options.positional().first().toLongLong(&ok);
        if (!ok)
            return ctx.usage(QStringLiteral("a contact id is a number, not '%1'").arg(options.positional().first()));
    }
    QString language;
    if (!options.language(&language))
        return ctx.exitCode;
    report::ReportLanguage::install(language);
    auto written =
        report::PersonalDataExport::write(*ctx.session, subject, id,
                                          format == QLatin1String("pdf") ? report::PersonalDataExport::Format::Pdf
                                                                         : report::PersonalDataExport::Format::Json,
                                          options.value(QStringLiteral("out")));
    if (!written)
        return ctx.fail(written.error());
    ctx.out << options.value(QStringLiteral("out")) << Qt::endl;
    return ExitOk;
}

QString countsText(const storage::CustomerAttachments& a)
{
    QStringList parts;
    for (const auto& [kind, n] : a.counts())
        parts << QStringLiteral("%1 %2").arg(kind).arg(n);
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool DataCommands::handlesCustomers(const QString& subcommand)
{
    return subcommand == QLatin1String("archive") || subcommand == QLatin1String("unarchive") ||
           subcommand == QLatin1String("delete") || subcommand == QLatin1String("export-data");
}

int DataCommands::customers(CliContext& ctx)
{
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("export-data"))
        return exportData(
            ctx, report::PersonalDataExport::Subject::Customer,
            QStringLiteral("customers export-data ID|CODE --out FILE [--format json|pdf] [--lang en|zh_CN]"));
    const bool isDelete = sub == QLatin1String("delete");
    QList<QCommandLineOption> declared;
    if (isDelete)
        declared << CommandOptions::flag(QStringLiteral("yes"),
                                         QStringLiteral("Delete. Without it, only print what would go."));
    declared << CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    CommandOptions options(ctx, QStringLiteral("customers %1 ID|CODE%2 [--json]").arg(sub, isDelete ? " [--yes]" : ""),
                           declared);
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (options.positional().size() != 1)
        return ctx.usage(QStringLiteral("customers %1 needs one customer id or code").arg(sub));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    // The role first: a rep gets exit 3 whatever id or code they type.
    if (auto ok = storage::AccessScope::requireRole(*ctx.session, core::Role::Manager,
                                                    QStringLiteral("customers %1").arg(sub));
        !ok)
        return ctx.fail(ok.error());
    auto id = customerId(ctx, options.positional().first());
    if (!id)
        return ctx.exitCode;
    storage::CustomerRemoval removal(*ctx.session);
    const bool json = options.isSet(QStringLiteral("json"));
    if (sub == QLatin1String("archive") || sub == QLatin1String("unarchive")) {
        auto done = sub == QLatin1String("archive") ? removal.archive(*id) : removal.unarchive(*id);
        if (!done)
            return ctx.fail(done.error());
        if (json)
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("customer_id"), *id},
                                                 {QStringLiteral("archived"), sub == QLatin1String("archive")}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        else
            ctx.out << QStringLiteral("customer %1 %2d").arg(*id).arg(sub) << Qt::endl;
        return ExitOk;
    }
    const bool yes = options.isSet(QStringLiteral("yes"));
    auto attached = yes ? removal.remove(*id) : removal.attachments(*id);
    if (!attached)
        return ctx.fail(attached.error());
    if (json) {
        QJsonObject counts;
        for (const auto& [kind, n] : attached->counts())
            counts.insert(kind, n);
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("customer_id"), *id},
                                             {QStringLiteral("code"), attached->code},
                                             {QStringLiteral("name"), attached->name},
                                             {QStringLiteral("deleted"), yes},
                                             {QStringLiteral("attached"), counts}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else if (yes) {
        ctx.out << QStringLiteral("deleted customer %1 %2 %3 with %4")
                       .arg(*id)
                       .arg(attached->code, attached->name, countsText(*attached))
                << Qt::endl;
    } else {
        ctx.out << QStringLiteral("would delete customer %1 %2 %3 with %4")
                       .arg(*id)
                       .arg(attached->code, attached->name, countsText(*attached))
                << Qt::endl;
        ctx.err << "carddesk-cli: nothing deleted; repeat with --yes to delete" << Qt::endl;
    }
    return ExitOk;
}

int DataCommands::contact(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("contact needs 'erase ID' or 'export-data ID'"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("export-data"))
        return exportData(ctx, report::PersonalDataExport::Subject::Contact,
                          QStringLiteral("contact export-data ID --out FILE [--format json|pdf] [--lang en|zh_CN]"));
    if (sub != QLatin1String("erase"))
        return ctx.usage(QStringLiteral("contact needs 'erase ID' or 'export-data ID', not '%1'").arg(sub));
    CommandOptions options(
        ctx, QStringLiteral("contact erase ID [--vacuum] [--json]"),
        {CommandOptions::flag(QStringLiteral("vacuum"),
                              QStringLiteral("Also rewrite the whole file (removes older copies of pages; slow).")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print the result as JSON."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    bool ok = false;
    const qint64 id = options.positional().size() == 1 ? options.positional().first().toLongLong(&ok) : 0;
    if (!ok)
        return ctx.usage(QStringLiteral("contact erase needs one contact id (a number)"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto report = storage::ContactErasure(*ctx.session).erase(id, options.isSet(QStringLiteral("vacuum")));
    if (!report)
        return ctx.fail(report.error());
    if (options.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("contact_id"), report->contactId},
                                   {QStringLiteral("customer_id"), report->customerId},
                                   {QStringLiteral("audit_values_blanked"), report->auditValuesBlanked},
                                   {QStringLiteral("interactions_unlinked"), report->interactionsUnlinked},
                                   {QStringLiteral("complaints_unlinked"), report->complaintsUnlinked},
                                   {QStringLiteral("surveys_unlinked"), report->surveysUnlinked},
                                   {QStringLiteral("wal_emptied"), report->walEmptied},
                                   {QStringLiteral("vacuumed"), report->vacuumed},
                                   {QStringLiteral("mentions_left"), QJsonArray::fromStringList(report->mentionsLeft)}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QStringLiteral("erased contact %1 of customer %2: %3 audit rows blanked, %4 interactions, %5 "
                                  "complaints and %6 satisfaction surveys unlinked")
                       .arg(report->contactId)
                       .arg(report->customerId)
                       .arg(report->auditValuesBlanked)
                       .arg(report->interactionsUnlinked)
                       .arg(report->complaintsUnlinked)
                       .arg(report->surveysUnlinked)
                << Qt::endl;
    }
    if (!report->mentionsLeft.isEmpty())
        ctx.err << "carddesk-cli: texts of the customer still name the person (not changed; edit them if they "
                   "should not): "
                << report->mentionsLeft.join(QStringLiteral(", ")) << Qt::endl;
    if (!report->walEmptied)
        ctx.err << "carddesk-cli: another window or command is reading the office, so the write-ahead log could "
                   "not be emptied yet; it is emptied at the next checkpoint (close the other windows and run "
                   "'carddesk-cli optimize')"
                << Qt::endl;
    ctx.err << "carddesk-cli: backups made before this erasure still hold the contact" << Qt::endl;
    return ExitOk;
}

int DataCommands::mailing(CliContext& ctx)
{
    if (ctx.args.isEmpty() ||
        (ctx.args.first() != QLatin1String("labels") && ctx.args.first() != QLatin1String("list")))
        return ctx.usage(QStringLiteral("mailing needs 'labels' or 'list'"));
    const bool labels = ctx.args.takeFirst() == QLatin1String("labels");
    QStringList sheets;
    for (const report::LabelSheet& sheet : report::LabelSheet::all())
        sheets << sheet.id;
    QList<QCommandLineOption> declared = {
        CommandOptions::withValue(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")),
        CommandOptions::withValue(QStringLiteral("search"), QStringLiteral("Only the customers the search finds."),
                                  QStringLiteral("TEXT")),
        CommandOptions::withValue(QStringLiteral("rep"), QStringLiteral("Only this rep's customers."),
                                  QStringLiteral("USER")),
        CommandOptions::withValue(QStringLiteral("status"), QStringLiteral("potential, current or lost."),
                                  QStringLiteral("S")),
        CommandOptions::flag(QStringLiteral("json"), QStringLiteral("Print the counts as JSON.")),
        CommandOptions::withValue(QStringLiteral("lang"),
                                  QStringLiteral("Language of the document: en or zh_CN (default: the system's)."),
                                  QStringLiteral("LANG"))};
    if (labels)
        declared << CommandOptions::withValue(
            QStringLiteral("sheet"), QStringLiteral("The label sheet: %1.").arg(sheets.join(QStringLiteral(", "))),
            QStringLiteral("SHEET"));
    CommandOptions options(ctx,
                           labels ? QStringLiteral("mailing labels --sheet SHEET --out FILE.pdf [--search TEXT] "
                                                   "[--rep USER] [--status S] [--lang en|zh_CN] [--json]")
                                  : QStringLiteral("mailing list --out FILE.xlsx [--search TEXT] [--rep USER] "
                                                   "[--status S] [--lang en|zh_CN] [--json]"),
                           declared);
    if (!options.parse() || options.helpShown() || !options.require(QStringLiteral("out")))
        return ctx.exitCode;
    std::optional<report::LabelSheet> sheet;
    if (labels) {
        if (!options.require(QStringLiteral("sheet")))
            return ctx.exitCode;
        sheet = report::LabelSheet::byId(options.value(QStringLiteral("sheet")));
        if (!sheet)
            return ctx.usage(QStringLiteral("--sheet must be one of %1, not '%2'")
                                 .arg(sheets.join(QStringLiteral(", ")), options.value(QStringLiteral("sheet"))));
    }
    const QString status = options.value(QStringLiteral("status"));
    if (!status.isEmpty() && status != QLatin1String("potential") && status != QLatin1String("current") &&
        status != QLatin1String("lost"))
        return ctx.usage(QStringLiteral("--status must be potential, current or lost, not '%1'").arg(status));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    storage::CustomerQuery filter;
    filter.search = options.value(QStringLiteral("search"));
    filter.status = status;
    filter.sort = storage::CustomerQuery::SortColumn::Code;
    if (options.isSet(QStringLiteral("rep"))) {
        auto rep = storage::UserRepository::findByName(*ctx.session, options.value(QStringLiteral("rep")));
        if (!rep)
            return ctx.fail(rep.error());
        filter.ownerId = rep->id;
    }
    const QString out = options.value(QStringLiteral("out"));
    QString language;
    if (!options.language(&language))
        return ctx.exitCode;
    report::ReportLanguage::install(language);
    auto result = labels ? report::MailingExport::labels(*ctx.session, filter, *sheet, out)
                         : report::MailingExport::list(*ctx.session, filter, out);
    if (!result)
        return ctx.fail(result.error());
    if (options.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("file"), out},
                                             {QStringLiteral("written"), result->written},
                                             {QStringLiteral("skipped_do_not_contact"), result->skippedDoNotContact},
                                             {QStringLiteral("without_contact"), result->withoutContact},
                                             {QStringLiteral("pages"), result->pages}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    else
        ctx.out << QStringLiteral("%1: %2 %3, %4 skipped (do not contact), %5 addressed to the company alone")
                       .arg(out)
                       .arg(result->written)
                       .arg(labels ? QStringLiteral("labels") : QStringLiteral("rows"))
                       .arg(result->skippedDoNotContact)
                       .arg(result->withoutContact)
                << Qt::endl;
    return ExitOk;
}

} // namespace carddesk::cli
