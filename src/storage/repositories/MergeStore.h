#pragma once

#include "core/CustomerMerge.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QJsonObject>

#include <vector>

namespace carddesk::storage {

// Persistence of a merge of two customer cards (services::CustomerMerge holds the rules and the transaction):
// the removed card's row as JSON, the rows that hang off it moved to the kept card (their ids recorded per table,
// so an undo moves exactly those back), and the customer_merges rows. Call inside Database::write.
class MergeStore
{
public:
    // Every column of one customers row, by column name (NULL, integer, real or text), for the undo.
    static QJsonObject cardRow(Session& session, qint64 customerId);
    // Puts a card back from cardRow() with its id (the FTS triggers index it again).
    static void restoreCard(Session& session, const QJsonObject& row);

    // Moves everything of `fromId` to `toId`: contacts, orders (their lines and the receivables' payments
    // follow their parents), receivables, interactions, visits, complaints, lifecycle history, products held,
    // relations and cards that name `fromId` as their referrer. Returns what moved, for moveBack().
    static QJsonObject moveChildren(Session& session, qint64 fromId, qint64 toId);
    // The inverse of moveChildren for the rows that are still on `toId`.
    static void moveBack(Session& session, const QJsonObject& moved, qint64 toId, qint64 fromId);

    // Deletes the removed card (its score goes with it by trigger).
    static void deleteCard(Session& session, qint64 customerId);

    static qint64 record(Session& session, const core::CustomerMergeRecord& merge);
    static core::Result<core::CustomerMergeRecord> get(Session& session, qint64 mergeId);
    // Merges whose kept card is in the session's scope, newest first.
    static std::vector<core::CustomerMergeRecord> list(Session& session, int limit);
    static void markUndone(Session& session, qint64 mergeId);
    // row_version of a card; -1 when it does not exist.
    static qint64 rowVersion(Session& session, qint64 customerId);
    static bool exists(Session& session, qint64 customerId);
};

} // namespace carddesk::storage
