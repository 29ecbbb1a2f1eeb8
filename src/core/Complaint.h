#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::core {

struct Complaint
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 contactId = 0;
    QString channel;
    qint64 categoryId = 0;
    int level = 1; // 1 (low) .. 4 (critical)
    QString description;
    QDateTime receivedAt;
    qint64 ownerId = 0;
    QDateTime deadline;
    QString status = QStringLiteral("new"); // new, acknowledged, in_progress, resolved, closed, reopened
    int escalationLevel = 0;                // 0 none, 1 area manager, 2 admin
    QDateTime escalatedAt;
    int satisfaction = 0;
    QString satisfactionComment;
    QString closeReason;
    qint64 rowVersion = 0;
};

} // namespace carddesk::core
