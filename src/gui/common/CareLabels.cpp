#include "gui/common/CareLabels.h"

#include "core/LunarCalendar.h"

#include <QDate>

#include <array>

namespace carddesk::gui {

QString CareLabels::holiday(const QString& code)
{
    if (code == QLatin1String("new_year"))
        return tr("New Year's Day");
    if (code == QLatin1String("spring_festival"))
        return tr("Spring Festival");
    if (code == QLatin1String("lantern"))
        return tr("Lantern Festival");
    if (code == QLatin1String("dragon_boat"))
        return tr("Dragon Boat Festival");
    if (code == QLatin1String("mid_autumn"))
        return tr("Mid-Autumn Festival");
    if (code == QLatin1String("national_day"))
        return tr("National Day");
    return code;
}

QString CareLabels::rule(const QString& code)
{
    if (code == QLatin1String("birthday"))
        return tr("Birthdays");
    if (code == QLatin1String("anniversary"))
        return tr("Founding anniversaries");
    if (code == QLatin1String("holiday"))
        return tr("Holiday greetings (A/B)");
    if (code == QLatin1String("no_contact"))
        return tr("Key customers not contacted");
    return code;
}

QString CareLabels::lunarMonth(int month, bool leap)
{
    static const std::array<const char*, 12> names = {
        QT_TR_NOOP("1st month"), QT_TR_NOOP("2nd month"),  QT_TR_NOOP("3rd month"),  QT_TR_NOOP("4th month"),
        QT_TR_NOOP("5th month"), QT_TR_NOOP("6th month"),  QT_TR_NOOP("7th month"),  QT_TR_NOOP("8th month"),
        QT_TR_NOOP("9th month"), QT_TR_NOOP("10th month"), QT_TR_NOOP("11th month"), QT_TR_NOOP("12th month")};
    if (month < 1 || month > 12)
        return QString::number(month);
    const QString name = tr(names[size_t(month - 1)]);
    return leap ? tr("leap %1").arg(name) : name;
}

QString CareLabels::lunarDay(int day)
{
    static const std::array<const char*, 30> names = {
        QT_TR_NOOP("day 1"),  QT_TR_NOOP("day 2"),  QT_TR_NOOP("day 3"),  QT_TR_NOOP("day 4"),  QT_TR_NOOP("day 5"),
        QT_TR_NOOP("day 6"),  QT_TR_NOOP("day 7"),  QT_TR_NOOP("day 8"),  QT_TR_NOOP("day 9"),  QT_TR_NOOP("day 10"),
        QT_TR_NOOP("day 11"), QT_TR_NOOP("day 12"), QT_TR_NOOP("day 13"), QT_TR_NOOP("day 14"), QT_TR_NOOP("day 15"),
        QT_TR_NOOP("day 16"), QT_TR_NOOP("day 17"), QT_TR_NOOP("day 18"), QT_TR_NOOP("day 19"), QT_TR_NOOP("day 20"),
        QT_TR_NOOP("day 21"), QT_TR_NOOP("day 22"), QT_TR_NOOP("day 23"), QT_TR_NOOP("day 24"), QT_TR_NOOP("day 25"),
        QT_TR_NOOP("day 26"), QT_TR_NOOP("day 27"), QT_TR_NOOP("day 28"), QT_TR_NOOP("day 29"), QT_TR_NOOP("day 30")};
    if (day < 1 || day > 30)
        return QString::number(day);
    return tr(names[size_t(day - 1)]);
}

QString CareLabels::lunarDate(const core::LunarDate& date)
{
    if (!date.isSet())
        return QString();
    //: A lunar date: month, then day (Chinese: 闰四月十五, no separator)
    return tr("%1, %2").arg(lunarMonth(date.month, date.leap), lunarDay(date.day));
}

QString CareLabels::reminderText(const core::AgendaItem& item)
{
    QString text;
    const QString& occasion = item.occasion;
    if (occasion == QLatin1String("birthday"))
        text = tr("Birthday of %1").arg(item.detail);
    else if (occasion == QLatin1String("lunar_birthday"))
        text =
            tr("Lunar birthday of %1 (%2)").arg(item.detail, lunarDate(core::LunarCalendar::fromGregorian(item.due)));
    else if (occasion == QLatin1String("anniversary"))
        text = tr("Founded %1 years ago (%2)").arg(item.due.year() - item.detail.toInt()).arg(item.detail);
    else if (occasion.startsWith(QLatin1String("holiday:")))
        text = tr("%1 greetings").arg(holiday(occasion.mid(8)));
    else if (occasion == QLatin1String("no_contact"))
        text = item.detail.isEmpty() ? tr("Key customer, never contacted")
                                     : tr("Key customer, no contact since %1").arg(item.detail);
    else
        text = item.detail;
    if (!item.snoozeReason.isEmpty())
        text = tr("%1 (snoozed: %2)").arg(text, item.snoozeReason);
    return text;
}

QString CareLabels::greetingSummary(const core::AgendaItem& item)
{
    const QString& occasion = item.occasion;
    if (occasion == QLatin1String("birthday") || occasion == QLatin1String("lunar_birthday"))
        return tr("Birthday greetings to %1").arg(item.detail);
    if (occasion == QLatin1String("anniversary"))
        return tr("Congratulations on the founding anniversary");
    if (occasion.startsWith(QLatin1String("holiday:")))
        return tr("%1 greetings").arg(holiday(occasion.mid(8)));
    if (occasion == QLatin1String("no_contact"))
        return tr("Regular call to a key customer");
    return item.detail;
}

} // namespace carddesk::gui
