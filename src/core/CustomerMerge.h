#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace carddesk::core {

// One merge of two customer cards (customer_merges): the kept card, the removed one, and what an undo needs.
struct CustomerMergeRecord
{
    qint64 id = 0;
    qint64 keptId = 0;
    qint64 removedId = 0;
    qint64 userId = 0;
    QDateTime mergedAt;
    QJsonObject removedCard; // every column of the removed card's row
    QJsonObject keptBefore;  // the kept card's fields that took the other card's value, as they were
    QJsonObject moved;       // table -> ids moved from the removed card to the kept one
    qint64 keptVersion = 0;  // the kept card's row_version right after the merge
    QDateTime undoneAt;
    qint64 undoneBy = 0;
    QString keptName;    // for lists: the kept card's current name
    QString removedName; // the removed card's name as it was
};

} // namespace carddesk::core
