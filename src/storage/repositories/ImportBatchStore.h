#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace carddesk::storage {

// One customer import as the office remembers it (table import_batches, schema v16).
struct ImportBatch
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString username;
    QString fileName;
    qint64 customersCreated = 0;
    qint64 customersUpdated = 0;
    qint64 contactsAdded = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsInError = 0;
    QDateTime undoneAt;
};

// A card or contact an import inserted or updated (table import_batch_rows).
struct ImportBatchRow
{
    QString table; // "customers" or "contacts"
    qint64 rowId = 0;
    qint64 customerId = 0;
    QString action; // "insert" or "update"
    qint64 rowVersion = 0;
    QString beforeJson; // an updated card's fields before the import
};

// The batches of customer imports, for undo. Writes run inside the caller's transaction (the import's or the
// undo's own), so a batch and the rows it names commit or roll back together.
class ImportBatchStore
{
public:
    // A new batch by the session's user; the counts are set by finish().
    static qint64 begin(Session& session, const QString& fileName);
    // The rows an import wrote, with one prepared statement.
    static void addRows(Session& session, qint64 batchId, const std::vector<ImportBatchRow>& rows);
    // The counts, and every row's row_version as the import left it (contacts added after a card was written
    // move the card's search text, not its version, but reading them last is simplest and exact).
    static void finish(Session& session, const ImportBatch& counts);

    // Batches the session may see, newest first: the administrator's are all; a manager's their own.
    static core::Result<std::vector<ImportBatch>> list(Session& session);
    // NotFound for a batch the session may not see.
    static core::Result<ImportBatch> get(Session& session, qint64 batchId);
    static core::Result<std::vector<ImportBatchRow>> rows(Session& session, qint64 batchId);

    // The first customer (by code) among the batch's whose card or contacts changed since the import: a row
    // version moved, a row was deleted, or a created card gained anything (a contact, order, visit, complaint,
    // interaction, receivable, product, relation) that undo would delete with it. Empty when none did.
    static core::Result<QString> firstChangedCustomer(Session& session, qint64 batchId);

    static void markUndone(Session& session, qint64 batchId);

    // An undo put a card back as an earlier import left it (version `from`), saving it as version `to`: the earlier
    // imports that left it at `from` and are not undone take `to` as theirs, so they can still be undone (the undo of
    // a later import counted as a change to the card, and the earlier import could not be undone after it).
    static void rebaseCustomer(Session& session, qint64 customerId, qint64 from, qint64 to);
};

} // namespace carddesk::storage
