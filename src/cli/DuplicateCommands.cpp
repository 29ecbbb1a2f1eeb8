#include "cli/DuplicateCommands.h"

#include "cli/CommandOptions.h"
#include "cli/OutputTable.h"
#include "services/CustomerMerge.h"
#include "services/DuplicateFinder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carddesk::cli {

namespace {

int failInput(CliContext& ctx, const core::Error& error)
{
    const int code = ctx.fail(error);
    return error.code == core::ErrorCode::InvalidArgument ? int(ExitUsage) : code;
}

QCommandLineOption limitOption(const QString& defaultText)
{
    return CommandOptions::withValue(QStringLiteral("limit"), QStringLiteral("At most N rows (%1).").arg(defaultText),
                                     QStringLiteral("N"));
}

int find(CliContext& ctx)
{
    CommandOptions options(ctx, QStringLiteral("duplicates [--json] [--limit N]"),
                           {CommandOptions::flag(QStringLiteral("json"), QStringLiteral("JSON instead of a table.")),
                            limitOption(QStringLiteral("default 100"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    qint64 limit = 100;
    if (options.isSet(QStringLiteral("limit")) && !options.integer(QStringLiteral("limit"), 1, 1000000, &limit))
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("duplicates takes no arguments, only options (or: merge KEEP OTHER)"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto found = services::DuplicateFinder::find(*ctx.session, static_cast<int>(limit));
    if (!found)
        return ctx.fail(found.error());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray pairs;
        for (const auto& p : found->pairs) {
            pairs.append(QJsonObject{
                {QStringLiteral("first_id"), p.first.id},
                {QStringLiteral("first_code"), p.first.code},
                {QStringLiteral("first_name"), p.first.name},
                {QStringLiteral("second_id"), p.second.id},
                {QStringLiteral("second_code"), p.second.code},
                {QStringLiteral("second_name"), p.second.name},
                {QStringLiteral("reasons"),
                 QJsonArray::fromStringList(services::DuplicateFinder::reasonCodes(p.reasons))},
            });
        }
        const QJsonObject out{{QStringLiteral("pairs"), pairs},
                              {QStringLiteral("total_pairs"), found->totalPairs},
                              {QStringLiteral("customers_read"), found->cardsRead},
                              {QStringLiteral("skipped_common_keys"), found->skippedGroups},
                              {QStringLiteral("seconds"), found->seconds}};
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    OutputTable table({QStringLiteral("first_id"), QStringLiteral("first_name"), QStringLiteral("second_id"),
                       QStringLiteral("second_name"), QStringLiteral("reasons")});
    for (const auto& p : found->pairs)
        table.addRow({p.first.id, p.first.name, p.second.id, p.second.name,
                      services::DuplicateFinder::reasonCodes(p.reasons).join(QLatin1Char(','))});
    table.print(ctx.out, OutputTable::Format::Table);
    ctx.out << found->pairs.size() << " of " << found->totalPairs << " pairs among " << found->cardsRead
            << " customers (" << QString::number(found->seconds, 'f', 1) << " s)";
    if (found->skippedGroups > 0)
        ctx.out << "; " << found->skippedGroups << " keys shared by more than " << services::DuplicateFinder::kMaxGroup
                << " customers left out";
    ctx.out << '\n';
    return ExitOk;
}

int merge(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("duplicates merge KEEP_ID OTHER_ID [--take FIELD[=other] ...]"),
        {CommandOptions::withValue(QStringLiteral("take"),
                                   QStringLiteral("A field of the card that takes the other card's value (repeat, or "
                                                  "comma-separated); every other field keeps the kept card's."),
                                   QStringLiteral("FIELD"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    const QStringList ids = options.positional();
    bool okKeep = false, okOther = false;
    const qint64 keep = ids.size() == 2 ? ids[0].toLongLong(&okKeep) : 0;
    const qint64 other = ids.size() == 2 ? ids[1].toLongLong(&okOther) : 0;
    if (!okKeep || !okOther || keep <= 0 || other <= 0)
        return ctx.usage(QStringLiteral("duplicates merge needs two customer ids: the card kept, then the card merged "
                                        "into it"));
    QStringList take;
    for (const QString& value : options.values(QStringLiteral("take"))) {
        for (QString field : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            field = field.trimmed();
            if (field.endsWith(QLatin1String("=keep")))
                continue;
            if (field.endsWith(QLatin1String("=other")))
                field.chop(6);
            take << field;
        }
    }
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto merged = services::CustomerMerge::merge(*ctx.session, keep, other, take);
    if (!merged)
        return failInput(ctx, merged.error());
    ctx.out << "customer " << other << " merged into " << keep << " (merge " << *merged << "; undo: merges undo "
            << *merged << ")\n";
    return ExitOk;
}

int listMerges(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("merges list [--json] [--limit N]"),
        {CommandOptions::flag(QStringLiteral("json"), QStringLiteral("A JSON array instead of a table.")),
         limitOption(QStringLiteral("default 100"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    qint64 limit = 100;
    if (options.isSet(QStringLiteral("limit")) && !options.integer(QStringLiteral("limit"), 1, 1000000, &limit))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto rows = services::CustomerMerge::list(*ctx.session, static_cast<int>(limit));
    if (!rows)
        return ctx.fail(rows.error());
    OutputTable table({QStringLiteral("id"), QStringLiteral("merged_at"), QStringLiteral("kept_id"),
                       QStringLiteral("kept_name"), QStringLiteral("removed_id"), QStringLiteral("removed_name"),
                       QStringLiteral("user_id"), QStringLiteral("undone_at")});
    for (const auto& m : *rows)
        table.addRow({m.id, m.mergedAt.toString(Qt::ISODate), m.keptId, m.keptName, m.removedId, m.removedName,
                      m.userId, m.undoneAt.isValid() ? m.undoneAt.toString(Qt::ISODate) : QString()});
    table.print(ctx.out,
                options.isSet(QStringLiteral("json")) ? OutputTable::Format::Json : OutputTable::Format::Table);
    return ExitOk;
}

int undoMerge(CliContext& ctx)
{
    CommandOptions options(ctx, QStringLiteral("merges undo ID"), {});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    bool ok = false;
    const qint64 id = options.positional().size() == 1 ? options.positional().first().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return ctx.usage(QStringLiteral("merges undo needs one merge id"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    if (auto undone = services::CustomerMerge::undo(*ctx.session, id); !undone)
        return failInput(ctx, undone.error());
    ctx.out << "merge " << id << " undone\n";
    return ExitOk;
}

} // namespace

int DuplicateCommands::duplicates(CliContext& ctx)
{
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("merge")) {
        ctx.args.removeFirst();
        return merge(ctx);
    }
    return find(ctx);
}

int DuplicateCommands::merges(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("merges needs list or undo"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("list"))
        return listMerges(ctx);
    if (sub == QLatin1String("undo"))
        return undoMerge(ctx);
    return ctx.usage(QStringLiteral("unknown merges command '%1'").arg(sub));
}

} // namespace carddesk::cli
