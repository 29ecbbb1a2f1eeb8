#pragma once

#include <QDateTime>
#include <QString>

namespace carddesk::core {

// One step of a complaint's workflow: who moved it, when, from which status to which, and why.
struct ComplaintHistoryEntry
{
    qint64 id = 0;
    qint64 complaintId = 0;
    QString fromStatus; // empty for the creation step
    QString toStatus;
    qint64 userId = 0;
    QString userName;
    QDateTime at;
    QString note;
};

} // namespace carddesk::core
