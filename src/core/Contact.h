#pragma once

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
    QDate birthday;
    bool isPrimary = false;
    QString notes;
    bool doNotContact = false; // asked not to be contacted (不再联系): left out of mailing lists
    qint64 rowVersion = 0;
};

} // namespace carddesk::core
