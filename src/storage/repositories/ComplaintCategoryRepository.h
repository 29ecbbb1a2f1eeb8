#pragma once

#include "core/ComplaintCategory.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <functional>
#include <vector>

namespace carddesk::storage {

// The list of complaint categories the admin edits. Everyone logged in may read it (ComplaintRepository::
// categories() gives the active ones for new complaints); adding, renaming and (de)activating need the admin
// role and are audited in the same transaction. Categories are never deleted: old complaints keep theirs.
class ComplaintCategoryRepository
{
public:
    explicit ComplaintCategoryRepository(Session& session) : m_session(session) {}

    // Active and inactive, by id.
    core::Result<std::vector<core::ComplaintCategory>> list();

    // InvalidArgument (field "name") for an empty name or one already used (case-insensitive).
    core::Result<core::ComplaintCategory> add(const QString& name);
    core::Result<core::ComplaintCategory> rename(qint64 categoryId, const QString& name);
    // An inactive category is no longer offered for new complaints; complaints filed under it keep it.
    core::Result<core::ComplaintCategory> setActive(qint64 categoryId, bool active);

private:
    // Admin check, read, change, write and audit of one category in one transaction; `change` may refuse.
    core::Result<core::ComplaintCategory> modify(qint64 categoryId,
                                                 const std::function<core::Status(core::ComplaintCategory&)>& change);

    Session& m_session;
};

} // namespace carddesk::storage
