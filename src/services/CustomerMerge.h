#pragma once

#include "core/CustomerMerge.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QStringList>

#include <vector>

namespace carddesk::services {

// Merging two cards of one customer (去重、整合): the kept card takes the other card's value for the fields named
// in `takeFields` (editable columns of core::CustomerColumns), everything that hangs off the other card moves to
// the kept one (storage::MergeStore says what), and the other card is deleted. One transaction, audited (the
// field changes as updates, the merge itself as action 'merge' on both cards), recorded in customer_merges.
// Managers within their area and the administrator; both cards in the session's scope.
//
// An undo puts the removed card back with its id, moves back the rows that moved (those still on the kept card)
// and restores the kept card's fields, while the kept card is unchanged since the merge (its row_version), and
// only once.
class CustomerMerge
{
public:
    static core::Result<qint64> merge(storage::Session& session, qint64 keepId, qint64 otherId,
                                      const QStringList& takeFields = {});
    static core::Status undo(storage::Session& session, qint64 mergeId);
    static core::Result<std::vector<core::CustomerMergeRecord>> list(storage::Session& session, int limit = 100);
};

} // namespace carddesk::services
