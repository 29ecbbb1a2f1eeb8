#pragma once

#include <QDateTime>
#include <QString>

namespace carddesk::core {

// One line of a customer's service history (服务历史). `kind` is a fixed key the GUI turns into a translated
// label; title and detail are the record's own data (a channel, an order number, a summary, old → new).
struct TimelineEntry
{
    QDateTime when;
    QString kind; // interaction, visit, complaint, complaint_status, order, survey, card_change
    QString title;
    QString detail;
    QString userName;
    qint64 sourceId = 0; // id of the row in the table `kind` comes from
};

} // namespace carddesk::core
