#pragma once

#include <QStringList>

namespace carddesk::core {

// Which care reminders (客户关怀) the office wants and how early: the office settings `care.*`
// (services::OfficeSettings), handed to the agenda's read.
struct CareRules
{
    bool birthdays = true;     // contacts' birthdays, Gregorian or lunar
    bool anniversaries = true; // customers.established, each year
    bool holidays = true;      // greetings to A and B customers on the holidays below
    bool noContact = true;     // key customers not contacted for noContactDays
    int birthdayLeadDays = 7;
    int anniversaryLeadDays = 7;
    int holidayLeadDays = 7;
    int noContactDays = 60;
    QStringList holidayCodes{QStringLiteral("new_year"),   QStringLiteral("spring_festival"),
                             QStringLiteral("lantern"),    QStringLiteral("dragon_boat"),
                             QStringLiteral("mid_autumn"), QStringLiteral("national_day")};
};

} // namespace carddesk::core
