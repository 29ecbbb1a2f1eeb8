#pragma once

#include "core/AgendaItem.h"
#include "core/LunarDate.h"

#include <QCoreApplication>
#include <QString>

namespace carddesk::gui {

// The words of care reminders (客户关怀): holidays, the care rules, lunar dates (闰四月十五 / "leap 4th month, day 15")
// and a reminder's line on the Today page, in the user's language.
class CareLabels
{
    Q_DECLARE_TR_FUNCTIONS(CareLabels)

public:
    static QString holiday(const QString& code); // spring_festival → 春节 / Spring Festival
    static QString rule(const QString& code);    // birthday, anniversary, holiday, no_contact
    static QString lunarMonth(int month, bool leap = false);
    static QString lunarDay(int day);
    static QString lunarDate(const core::LunarDate& date);
    // What the Today page says about a reminder (kind "reminder").
    static QString reminderText(const core::AgendaItem& item);
    // The interaction's summary offered when a reminder is acted on.
    static QString greetingSummary(const core::AgendaItem& item);
};

} // namespace carddesk::gui
