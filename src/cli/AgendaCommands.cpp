#include "cli/AgendaCommands.h"

#include "cli/CommandOptions.h"
#include "cli/Money.h"
#include "cli/OutputTable.h"
#include "services/Agenda.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace carddesk::cli {

int AgendaCommands::agenda(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("agenda [--date YYYY-MM-DD] [--rep USER] [--json]"),
        {CommandOptions::withValue(QStringLiteral("date"), QStringLiteral("The day (default today)."),
                                   QStringLiteral("DATE")),
         CommandOptions::withValue(QStringLiteral("rep"),
                                   QStringLiteral("Another user's day (managers and the administrator)."),
                                   QStringLiteral("USER")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("A JSON object instead of a table."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    QDate day;
    if (!options.date(QStringLiteral("date"), false, &day))
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("agenda takes no arguments, only options"));
    if (!day.isValid())
        day = QDate::currentDate();
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    services::Agenda agenda(*ctx.session);
    auto user = agenda.whose(options.value(QStringLiteral("rep")));
    if (!user)
        return ctx.fail(user.error());
    auto items = agenda.forDay(day, user->id);
    if (!items)
        return ctx.fail(items.error());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const core::AgendaItem& item : *items) {
            QJsonObject line{{QStringLiteral("kind"), item.kind},
                             {QStringLiteral("customer_id"), item.customerId},
                             {QStringLiteral("customer_code"), item.customerCode},
                             {QStringLiteral("customer_name"), item.customerName},
                             {QStringLiteral("due"), item.due.toString(Qt::ISODate)},
                             {QStringLiteral("overdue"), item.overdue},
                             {QStringLiteral("record_id"), item.recordId},
                             {QStringLiteral("detail"), item.detail},
                             {QStringLiteral("amount"), money(item.amount)}};
            // Care reminders say which occasion (birthday, lunar_birthday, anniversary, holiday:<code>, no_contact).
            if (!item.occasion.isEmpty())
                line.insert(QStringLiteral("occasion"), item.occasion);
            if (!item.snoozeReason.isEmpty())
                line.insert(QStringLiteral("snooze_reason"), item.snoozeReason);
            list.append(line);
        }
        const QJsonObject document{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                   {QStringLiteral("user"), user->username},
                                   {QStringLiteral("items"), list}};
        ctx.out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    OutputTable table({QStringLiteral("kind"), QStringLiteral("due"), QStringLiteral("overdue"),
                       QStringLiteral("customer_code"), QStringLiteral("customer_name"), QStringLiteral("detail"),
                       QStringLiteral("amount")});
    for (const core::AgendaItem& item : *items)
        table.addRow({item.kind, item.due.toString(Qt::ISODate), item.overdue, item.customerCode, item.customerName,
                      item.detail.section(QLatin1Char('\n'), 0, 0),
                      item.amount > 0 ? QVariant(money(item.amount)) : QVariant(QString())});
    table.print(ctx.out, OutputTable::Format::Table);
    return ExitOk;
}

} // namespace carddesk::cli
