#include "storage/repositories/ComplaintRepository.h"

#include "core/ComplaintStatus.h"
#include "storage/repositories/ComplaintRow.h"

#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"
#include "storage/repositories/ComplaintDeadline.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>

namespace carddesk::storage {

using core::Complaint;
using core::ErrorCode;
using core::makeError;

namespace {

const QString kTable = QStringLiteral("complaints");

std::optional<Complaint> findComplaint(Database& db, qint64 id)
{
    SQLite::Statement q(db.sql(),
                        std::string("SELECT ") + ComplaintRow::columns() + " FROM complaints k WHERE k.id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep())
        return std::nullopt;
    return ComplaintRow::read(q);
}

core::Error complaintNotFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("complaint %1 does not exist or is not yours to see").arg(id));
}

QString isoOrEmpty(const QDateTime& value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

RowAudit::Fields complaintFields(const Complaint& c)
{
    return {{QStringLiteral("contact_id"), c.contactId > 0 ? QString::number(c.contactId) : QString()},
            {QStringLiteral("channel"), c.channel},
            {QStringLiteral("category_id"), c.categoryId > 0 ? QString::number(c.categoryId) : QString()},
            {QStringLiteral("level"), QString::number(c.level)},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("received_at"), isoOrEmpty(c.receivedAt)},
            {QStringLiteral("owner_id"), c.ownerId > 0 ? QString::number(c.ownerId) : QString()},
            {QStringLiteral("deadline"), isoOrEmpty(c.deadline)},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("satisfaction"), c.satisfaction > 0 ? QString::number(c.satisfaction) : QString()},
            {QStringLiteral("satisfaction_comment"), c.satisfactionComment},
            {QStringLiteral("close_reason"), c.closeReason}};
}

void writeHistory(Session& session, qint64 complaintId, const QString& from, const QString& to, const QString& note)
{
    SQLite::Statement st(session.db().sql(), "INSERT INTO complaint_history (complaint_id, from_status, to_status, "
                                             "user_id, at, note) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, static_cast<int64_t>(complaintId));
    if (from.isEmpty())
        st.bind(2);
    else
        sqlbind::text(st, 2, from);
    sqlbind::text(st, 3, to);
    sqlbind::optionalId(st, 4, session.userId());
    sqlbind::text(st, 5, Database::nowIso());
    sqlbind::text(st, 6, note);
    st.exec();
    const qint64 historyId = session.db().sql().getLastInsertRowid();
    SQLite::Statement customer(session.db().sql(), "SELECT customer_id FROM complaints WHERE id = ?");
    customer.bind(1, static_cast<int64_t>(complaintId));
    customer.executeStep();
    RowAudit::inserted(session, QStringLiteral("complaint_history"), historyId, customer.getColumn(0).getInt64(),
                       {{QStringLiteral("complaint_id"), QString::number(complaintId)},
                        {QStringLiteral("from_status"), from},
                        {QStringLiteral("to_status"), to},
                        {QStringLiteral("note"), note}});
}

// Saves the workflow fields of a complaint read at `before.rowVersion`, with its audit rows.
core::Status saveWorkflow(Session& session, const Complaint& before, const Complaint& after)
{
    SQLite::Statement st(session.db().sql(),
                         "UPDATE complaints SET status = ?, satisfaction = ?, satisfaction_comment = ?, "
                         "close_reason = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?");
    sqlbind::text(st, 1, after.status);
    st.bind(2, after.satisfaction);
    sqlbind::text(st, 3, after.satisfactionComment);
    sqlbind::text(st, 4, after.closeReason);
    st.bind(5, static_cast<int64_t>(after.id));
    st.bind(6, static_cast<int64_t>(before.rowVersion));
    if (st.exec() != 1)
        return makeError(ErrorCode::Conflict, QStringLiteral("complaint %1 changed while saving").arg(after.id));
    RowAudit::updated(session, kTable, after.id, after.customerId, complaintFields(before), complaintFields(after));
    return {};
}

} // namespace

const QStringList& ComplaintRepository::statuses()
{
    static const QStringList values = core::codesOf<core::ComplaintStatus>();
    return values;
}

bool ComplaintRepository::canTransition(const QString& from, const QString& to)
{
    static const QList<QPair<QString, QString>> allowed{
        {QStringLiteral("new"), QStringLiteral("acknowledged")},
        {QStringLiteral("acknowledged"), QStringLiteral("in_progress")},
        {QStringLiteral("in_progress"), QStringLiteral("resolved")},
        {QStringLiteral("resolved"), QStringLiteral("closed")},
        {QStringLiteral("resolved"), QStringLiteral("reopened")},
        {QStringLiteral("closed"), QStringLiteral("reopened")},
        {QStringLiteral("reopened"), QStringLiteral("in_progress")},
    };
    return allowed.contains(qMakePair(from, to));
}

core::Result<std::vector<core::ComplaintCategory>> ComplaintRepository::categories()
{
    if (auto ok = AccessScope::requireRole(m_session, core::Role::Rep, QStringLiteral("complaint categories")); !ok)
        return ok.error();
    try {
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT id, name, active FROM complaint_categories WHERE active = 1 ORDER BY id");
        std::vector<core::ComplaintCategory> result;
        while (q.executeStep()) {
            core::ComplaintCategory category;
            category.id = q.getColumn(0).getInt64();
            category.name = sqlbind::toQString(q.getColumn(1));
            category.active = q.getColumn(2).getInt() != 0;
            result.push_back(category);
        }
        return result;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<Complaint> ComplaintRepository::create(Complaint complaint)
{
    complaint.description = complaint.description.trimmed();
    complaint.channel = complaint.channel.trimmed();
    complaint.status = QStringLiteral("new");
    complaint.escalationLevel = 0;
    complaint.escalatedAt = {};
    complaint.satisfaction = 0;
    complaint.satisfactionComment.clear();
    complaint.closeReason.clear();
    if (complaint.level < 1 || complaint.level > 4)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Level must be from 1 to 4."),
                         QStringLiteral("level"));
    if (complaint.description.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A description is required."),
                         QStringLiteral("description"));
    if (!complaint.receivedAt.isValid())
        complaint.receivedAt = QDateTime::fromString(Database::nowIso(), Qt::ISODate);
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, complaint.customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        if (complaint.contactId > 0) {
            SQLite::Statement contact(db, "SELECT 1 FROM contacts WHERE id = ? AND customer_id = ?");
            contact.bind(1, static_cast<int64_t>(complaint.contactId));
            contact.bind(2, static_cast<int64_t>(complaint.customerId));
            if (!contact.executeStep())
                return makeError(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("contact %1 is not a contact of this customer").arg(complaint.contactId),
                    QStringLiteral("contact"));
        }
        if (complaint.categoryId > 0) {
            SQLite::Statement category(db, "SELECT 1 FROM complaint_categories WHERE id = ? AND active = 1");
            category.bind(1, static_cast<int64_t>(complaint.categoryId));
            if (!category.executeStep())
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("complaint category %1 does not exist").arg(complaint.categoryId),
                                 QStringLiteral("category"));
        }
        if (complaint.ownerId == 0) {
            SQLite::Statement owner(db, "SELECT owner_id FROM customers WHERE id = ?");
            owner.bind(1, static_cast<int64_t>(complaint.customerId));
            owner.executeStep();
            complaint.ownerId = owner.getColumn(0).isNull() ? m_session.userId() : owner.getColumn(0).getInt64();
        } else if (complaint.ownerId != m_session.userId()) {
            if (auto ok = AccessScope::requireAssignableOwner(m_session, complaint.ownerId); !ok)
                return ok;
        }
        complaint.deadline = ComplaintDeadline::deadlineFor(m_session.db(), complaint.receivedAt, complaint.level);

        SQLite::Statement st(db, "INSERT INTO complaints (customer_id, contact_id, channel, category_id, level, "
                                 "description, received_at, owner_id, deadline, status) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new')");
        st.bind(1, static_cast<int64_t>(complaint.customerId));
        sqlbind::optionalId(st, 2, complaint.contactId);
        sqlbind::text(st, 3, complaint.channel);
        sqlbind::optionalId(st, 4, complaint.categoryId);
        st.bind(5, complaint.level);
        sqlbind::text(st, 6, complaint.description);
        sqlbind::dateTime(st, 7, complaint.receivedAt);
        sqlbind::optionalId(st, 8, complaint.ownerId);
        sqlbind::dateTime(st, 9, complaint.deadline);
        st.exec();
        complaint.id = db.getLastInsertRowid();
        complaint.rowVersion = 1;
        RowAudit::inserted(m_session, kTable, complaint.id, complaint.customerId, complaintFields(complaint));
        writeHistory(m_session, complaint.id, QString(), complaint.status, QString());
        return {};
    });
    if (!status)
        return status.error();
    return complaint;
}

core::Result<std::vector<Complaint>> ComplaintRepository::listForCustomer(qint64 customerId)
{
    std::vector<Complaint> complaints;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(), std::string("SELECT ") + ComplaintRow::columns() +
                                                      " FROM complaints k WHERE k.customer_id = ? "
                                                      "ORDER BY k.received_at DESC, k.id DESC");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep())
            complaints.push_back(ComplaintRow::read(q));
        return {};
    });
    if (!status)
        return status.error();
    return complaints;
}

core::Result<Complaint> ComplaintRepository::get(qint64 complaintId)
{
    std::optional<Complaint> found;
    auto status = m_session.db().read([&]() -> core::Status {
        found = findComplaint(m_session.db(), complaintId);
        if (!found || !AccessScope::requireCustomer(m_session, found->customerId))
            return complaintNotFound(complaintId);
        return {};
    });
    if (!status)
        return status.error();
    return *found;
}

core::Result<std::vector<core::ComplaintHistoryEntry>> ComplaintRepository::history(qint64 complaintId)
{
    std::vector<core::ComplaintHistoryEntry> entries;
    auto status = m_session.db().read([&]() -> core::Status {
        const std::optional<Complaint> complaint = findComplaint(m_session.db(), complaintId);
        if (!complaint || !AccessScope::requireCustomer(m_session, complaint->customerId))
            return complaintNotFound(complaintId);
        SQLite::Statement q(m_session.db().sql(), "SELECT h.id, h.complaint_id, h.from_status, h.to_status, h.user_id, "
                                                  "coalesce(nullif(u.display_name, ''), u.username), h.at, h.note "
                                                  "FROM complaint_history h LEFT JOIN users u ON u.id = h.user_id "
                                                  "WHERE h.complaint_id = ? ORDER BY h.at, h.id");
        q.bind(1, static_cast<int64_t>(complaintId));
        while (q.executeStep()) {
            core::ComplaintHistoryEntry entry;
            entry.id = q.getColumn(0).getInt64();
            entry.complaintId = q.getColumn(1).getInt64();
            entry.fromStatus = sqlbind::toQString(q.getColumn(2));
            entry.toStatus = sqlbind::toQString(q.getColumn(3));
            entry.userId = sqlbind::toId(q.getColumn(4));
            entry.userName = sqlbind::toQString(q.getColumn(5));
            entry.at = sqlbind::toDateTime(q.getColumn(6));
            entry.note = sqlbind::toQString(q.getColumn(7));
            entries.push_back(std::move(entry));
        }
        return {};
    });
    if (!status)
        return status.error();
    return entries;
}

core::Result<Complaint> ComplaintRepository::transition(qint64 complaintId, const QString& toStatus,
                                                        const QString& note)
{
    const QString trimmedNote = note.trimmed();
    std::optional<Complaint> stored;
    auto status = m_session.db().write([&]() -> core::Status {
        const std::optional<Complaint> current = findComplaint(m_session.db(), complaintId);
        if (!current || !AccessScope::requireCustomer(m_session, current->customerId))
            return complaintNotFound(complaintId);
        if (!canTransition(current->status, toStatus))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("a complaint cannot go from %1 to %2").arg(current->status, toStatus),
                             QStringLiteral("status"));
        Complaint next = *current;
        next.status = toStatus;
        if (toStatus == QLatin1String("closed")) {
            if (current->satisfaction == 0 && trimmedNote.isEmpty())
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("Closing without the customer's satisfaction needs a reason."),
                                 QStringLiteral("close_reason"));
            next.closeReason = trimmedNote;
        } else if (toStatus == QLatin1String("reopened")) {
            next.satisfaction = 0;
            next.satisfactionComment.clear();
            next.closeReason.clear();
        }
        if (auto ok = saveWorkflow(m_session, *current, next); !ok)
            return ok;
        writeHistory(m_session, complaintId, current->status, toStatus, trimmedNote);
        next.rowVersion = current->rowVersion + 1;
        stored = next;
        return {};
    });
    if (!status)
        return status.error();
    return *stored;
}

core::Result<Complaint> ComplaintRepository::recordSatisfaction(qint64 complaintId, int score, const QString& comment)
{
    if (score < 1 || score > 5)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Satisfaction is a score from 1 to 5."),
                         QStringLiteral("satisfaction"));
    std::optional<Complaint> stored;
    auto status = m_session.db().write([&]() -> core::Status {
        const std::optional<Complaint> current = findComplaint(m_session.db(), complaintId);
        if (!current || !AccessScope::requireCustomer(m_session, current->customerId))
            return complaintNotFound(complaintId);
        if (current->status != QLatin1String("resolved") && current->status != QLatin1String("closed"))
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("satisfaction is asked once the complaint is resolved (it is %1)").arg(current->status),
                QStringLiteral("satisfaction"));
        Complaint next = *current;
        next.satisfaction = score;
        next.satisfactionComment = comment.trimmed();
        if (auto ok = saveWorkflow(m_session, *current, next); !ok)
            return ok;
        next.rowVersion = current->rowVersion + 1;
        stored = next;
        return {};
    });
    if (!status)
        return status.error();
    return *stored;
}

} // namespace carddesk::storage
