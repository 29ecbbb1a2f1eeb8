#pragma once

#include "core/LunarDate.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::core {

struct Contact
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    QString title; // role at the customer: purchasing manager, owner...
    QString phone;
    QString mobile;
    QString email;
    QDate birthday;          // Gregorian; with a lunar birthday, the date of birth when its year is known
    LunarDate birthdayLunar; // 农历生日: when set, reminders follow it, not `birthday`
    bool isPrimary = false;
    QString notes;
    bool doNotContact = false; // asked not to be contacted (不再联系): left out of mailing lists
    qint64 rowVersion = 0;
};

} // namespace carddesk::core
