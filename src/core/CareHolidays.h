#pragma once

#include "core/CareHoliday.h"

#include <QDate>
#include <QString>

#include <vector>

namespace carddesk::core {

// The holidays care reminders know, and the day each falls on in a year. Names in the user's language are the GUI's
// (gui::Labels); the codes are the CLI's.
class CareHolidays
{
public:
    static const std::vector<CareHoliday>& all();
    static const CareHoliday* find(const QString& code);
    // The holiday's day in `year` (for a lunar one: in the lunar year that begins in `year`).
    static QDate dateIn(const CareHoliday& holiday, int year);
};

} // namespace carddesk::core
