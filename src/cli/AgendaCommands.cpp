#include "cli/AgendaCommands.h"

#include "cli/CommandOptions.h"
#include "cli/Money.h"
#include "cli/OutputTable.h"
#include "core/LunarCalendar.h"
#include "services/Agenda.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace carddesk::cli {

namespace {

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const char* suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th"
                         : n % 10 == 1                    ? "st"
                         : n % 10 == 2                    ? "nd"
                         : n % 10 == 3                    ? "rd"
                                                          : "th";
    return QString::number(n) + QLatin1String(suffix);
}

QString holidayName(const QString& code)
{
    if (code == QLatin1String("new_year"))
        return QStringLiteral("New Year's Day");
    if (code == QLatin1String("spring_festival"))
        return QStringLiteral("Spring Festival");
    if (code == QLatin1String("lantern"))
        return QStringLiteral("Lantern Festival");
    if (code == QLatin1String("dragon_boat"))
        return QStringLiteral("Dragon Boat Festival");
    if (code == QLatin1String("mid_autumn"))
        return QStringLiteral("Mid-Autumn Festival");
    if (code == QLatin1String("national_day"))
        return QStringLiteral("National Day");
    return code;
}

// What a care reminder is for, in the words of the Today page's English (gui::CareLabels::reminderText): the bare
// detail ("2004", "2025-10-22", a contact's name) says nothing without its occasion.
QString reminderText(const core::AgendaItem& item)
{
    const QString& occasion = item.occasion;
    QString text;
    if (occasion == QLatin1String("birthday")) {
        text = QStringLiteral("Birthday of %1").arg(item.detail);
    } else if (occasion == QLatin1String("lunar_birthday")) {
        const core::LunarDate lunar = core::LunarCalendar::fromGregorian(item.due);
        const QString month = ordinal(lunar.month) + QStringLiteral(" month");
        text = lunar.isSet() ? QStringLiteral("Lunar birthday of %1 (%2, day %3)")
                                   .arg(item.detail, lunar.leap ? QStringLiteral("leap ") + month : month)
                                   .arg(lunar.day)
                             : QStringLiteral("Lunar birthday of %1").arg(item.detail);
    } else if (occasion == QLatin1String("anniversary")) {
        text = QStringLiteral("Founded %1 years ago (%2)").arg(item.due.year() - item.detail.toInt()).arg(item.detail);
    } else if (occasion.startsWith(QLatin1String("holiday:"))) {
        text = QStringLiteral("%1 greetings").arg(holidayName(occasion.mid(8)));
    } else if (occasion == QLatin1String("no_contact")) {
        text = item.detail.isEmpty() ? QStringLiteral("Key customer, never contacted")
                                     : QStringLiteral("Key customer, no contact since %1").arg(item.detail);
    } else {
        text = item.detail;
    }
    if (!item.snoozeReason.isEmpty())
        text = QStringLiteral("%1 (snoozed: %2)").arg(text, item.snoozeReason);
    return text;
}

} // namespace

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
        table.addRow(
            {item.kind, item.due.toString(Qt::ISODate), item.overdue, item.customerCode, item.customerName,
             item.kind == QLatin1String("reminder") ? reminderText(item) : item.detail.section(QLatin1Char('\n'), 0, 0),
             item.amount > 0 ? QVariant(money(item.amount)) : QVariant(QString())});
    table.print(ctx.out, OutputTable::Format::Table);
    return ExitOk;
}

} // namespace carddesk::cli
