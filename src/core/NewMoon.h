#pragma once

#include <QDate>

namespace carddesk::core {

// The day, in China's time (UTC+8), of the new moon nearest a given day: Meeus, Astronomical Algorithms (2nd ed.),
// chapter 49, with ΔT from Espenak and Meeus' polynomials — seconds of accuracy for 1950–2100. LunarCalendar uses it
// to check the first days of ICU's lunar months: ICU's own moon is off by minutes, and a new moon minutes before
// midnight (2027-02-06 23:56) makes ICU 72 start that month a day late (春节 2027 on 02-07 instead of 02-06).
class NewMoon
{
public:
    static QDate dayInChina(const QDate& near);
};

} // namespace carddesk::core
