#include "services/CustomerMerge.h"

#include "core/CustomerColumns.h"
#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/db/Database.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/MergeStore.h"

#include <QJsonArray>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;
using storage::AccessScope;
using storage::MergeStore;

namespace {

int movedCount(const QJsonObject& moved)
{
    int count = 0;
    for (auto it = moved.begin(); it != moved.end(); ++it) {
        if (it.key() != QLatin1String("contacts_demoted"))
            count += static_cast<int>(it.value().toArray().size());
    }
    return count;
}

} // namespace

core::Result<qint64> CustomerMerge::merge(storage::Session& session, qint64 keepId, qint64 otherId,
                                          const QStringList& takeFields)
{
    if (auto ok = AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("merging customers")); !ok)
        return ok.error();
    if (keepId == otherId)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a merge needs two different customers"),
                         QStringLiteral("other"));
    std::vector<const core::CustomerColumn*> columns;
    for (const QString& field : takeFields) {
        const core::CustomerColumn* column = core::CustomerColumns::find(field);
        if (!column || !column->editable)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("'%1' is not a field of the card that a merge can take").arg(field),
                             QStringLiteral("take"));
        columns.push_back(column);
    }
    qint64 mergeId = 0;
    auto status = session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(session, keepId); !ok)
            return ok;
        if (auto ok = AccessScope::requireCustomer(session, otherId); !ok)
            return ok;
        storage::CustomerRepository cards(session);
        auto kept = cards.get(keepId, false);
        if (!kept)
            return kept.error();
        auto other = cards.get(otherId, false);
        if (!other)
            return other.error();
        core::CustomerMergeRecord record;
        record.keptId = keepId;
        record.removedId = otherId;
        record.removedCard = MergeStore::cardRow(session, otherId);
        core::Customer changed = *kept;
        for (const core::CustomerColumn* column : columns) {
            record.keptBefore.insert(column->columnName(), QJsonValue::fromVariant(column->value(*kept)));
            column->setValue(changed, column->value(*other));
        }
        record.moved = MergeStore::moveChildren(session, otherId, keepId);
        MergeStore::deleteCard(session, otherId);
        if (!columns.empty()) {
            auto saved = cards.update(changed); // validated and audited field by field
            if (!saved)
                return saved.error();
        }
        cards.refreshSearchText(keepId);
        record.keptVersion = MergeStore::rowVersion(session, keepId);
        mergeId = MergeStore::record(session, record);
        const QString removed = QStringLiteral("%1 %2").arg(other->code, other->name);
        const QString into = QStringLiteral("%1 %2").arg(kept->code, kept->name);
        storage::AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("merge"),
                                          QStringLiteral("customers"), keepId, keepId, QStringLiteral("merged_from"),
                                          QString(), removed);
        storage::AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("merge"),
                                          QStringLiteral("customers"), otherId, otherId, QStringLiteral("merged_into"),
                                          removed, into);
        return {};
    });
    if (!status)
        return status.error();
    return mergeId;
}

core::Status CustomerMerge::undo(storage::Session& session, qint64 mergeId)
{
    if (auto ok = AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("undoing a merge")); !ok)
        return ok;
    return session.db().write([&]() -> core::Status {
        auto record = MergeStore::get(session, mergeId);
        if (!record)
            return record.error();
        if (auto ok = AccessScope::requireCustomer(session, record->keptId); !ok)
            return makeError(ErrorCode::NotFound, QStringLiteral("merge %1 does not exist").arg(mergeId),
                             QStringLiteral("merge"));
        if (record->undoneAt.isValid())
            return makeError(ErrorCode::Conflict, QStringLiteral("merge %1 was undone already").arg(mergeId),
                             QStringLiteral("merge"));
        if (MergeStore::rowVersion(session, record->keptId) != record->keptVersion)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("customer %1 was changed after merge %2; the merge cannot be undone")
                                 .arg(record->keptId)
                                 .arg(mergeId),
                             QStringLiteral("merge"));
        if (MergeStore::exists(session, record->removedId))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("customer id %1 belongs to another card now; merge %2 cannot be undone")
                                 .arg(record->removedId)
                                 .arg(mergeId),
                             QStringLiteral("merge"));
        MergeStore::restoreCard(session, record->removedCard);
        MergeStore::moveBack(session, record->moved, record->keptId, record->removedId);
        storage::CustomerRepository cards(session);
        if (!record->keptBefore.isEmpty()) {
            auto kept = cards.get(record->keptId, false);
            if (!kept)
                return kept.error();
            core::Customer restored = *kept;
            for (auto it = record->keptBefore.begin(); it != record->keptBefore.end(); ++it) {
                if (const core::CustomerColumn* column = core::CustomerColumns::find(it.key()))
                    column->setValue(restored, it.value().toVariant());
            }
            auto saved = cards.update(restored);
            if (!saved)
                return saved.error();
        }
        cards.refreshSearchText(record->keptId);
        cards.refreshSearchText(record->removedId);
        MergeStore::markUndone(session, mergeId);
        const QString detail = QStringLiteral("merge %1: %2 rows back").arg(mergeId).arg(movedCount(record->moved));
        storage::AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("merge_undo"),
                                          QStringLiteral("customers"), record->removedId, record->removedId,
                                          QStringLiteral("merged_into"), QString::number(record->keptId), detail);
        storage::AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("merge_undo"),
                                          QStringLiteral("customers"), record->keptId, record->keptId,
                                          QStringLiteral("merged_from"), QString::number(record->removedId), detail);
        return {};
    });
}

core::Result<std::vector<core::CustomerMergeRecord>> CustomerMerge::list(storage::Session& session, int limit)
{
    if (auto ok = AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("listing merges")); !ok)
        return ok.error();
    std::vector<core::CustomerMergeRecord> out;
    auto status = session.db().read([&]() -> core::Status {
        out = MergeStore::list(session, limit);
        return {};
    });
    if (!status)
        return status.error();
    return out;
}

} // namespace carddesk::services
