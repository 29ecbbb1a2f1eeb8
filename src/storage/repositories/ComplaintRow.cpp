#include "storage/repositories/ComplaintRow.h"

#include "storage/db/SqlBinding.h"

namespace carddesk::storage {

const char* ComplaintRow::columns()
{
    return "k.id, k.customer_id, k.contact_id, k.channel, k.category_id, k.level, k.description, k.received_at, "
           "k.owner_id, k.deadline, k.status, k.escalation_level, k.escalated_at, k.satisfaction, "
           "k.satisfaction_comment, k.close_reason, k.row_version";
}

core::Complaint ComplaintRow::read(SQLite::Statement& q, int first)
{
    int i = first;
    core::Complaint c;
    c.id = q.getColumn(i++).getInt64();
    c.customerId = q.getColumn(i++).getInt64();
    c.contactId = sqlbind::toId(q.getColumn(i++));
    c.channel = sqlbind::toQString(q.getColumn(i++));
    c.categoryId = sqlbind::toId(q.getColumn(i++));
    c.level = q.getColumn(i++).getInt();
    c.description = sqlbind::toQString(q.getColumn(i++));
    c.receivedAt = sqlbind::toDateTime(q.getColumn(i++));
    c.ownerId = sqlbind::toId(q.getColumn(i++));
    c.deadline = sqlbind::toDateTime(q.getColumn(i++));
    c.status = sqlbind::toQString(q.getColumn(i++));
    c.escalationLevel = q.getColumn(i++).getInt();
    c.escalatedAt = sqlbind::toDateTime(q.getColumn(i++));
    c.satisfaction = q.getColumn(i++).getInt();
    c.satisfactionComment = sqlbind::toQString(q.getColumn(i++));
    c.closeReason = sqlbind::toQString(q.getColumn(i++));
    c.rowVersion = q.getColumn(i).getInt64();
    return c;
}

} // namespace carddesk::storage
