#pragma once

#include <QDateTime>
#include <QString>

namespace carddesk::core {

// Who opened (借阅), exported or printed a card, and when. Append-only.
struct AccessLogEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString userName;
    qint64 customerId = 0;
    QString action; // open, export, print
    QString detail;
};

} // namespace carddesk::core
