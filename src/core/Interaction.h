#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::core {

// One contact with the customer: a call, visit, message... (客户互动)
struct Interaction
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 userId = 0;
    QString channel; // visit, phone, sms, letter, email, im, meeting, hotline, online
    QDateTime occurredAt;
    QString summary;
    QDate nextFollowUp;
};

} // namespace carddesk::core
