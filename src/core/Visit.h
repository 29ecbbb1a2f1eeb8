#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::core {

struct Visit
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 userId = 0;
    QDate plannedDate;
    QString status = QStringLiteral("planned"); // planned | done | cancelled
    QString purpose;
    QString result;
    QDateTime doneAt;
};

} // namespace carddesk::core
