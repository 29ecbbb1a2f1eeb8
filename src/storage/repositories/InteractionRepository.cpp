#include "storage/repositories/InteractionRepository.h"

#include "core/Channel.h"
#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::Interaction;
using core::makeError;

namespace {

const char* const kColumns = "i.id, i.customer_id, i.contact_id, i.user_id, i.channel, i.occurred_at, i.summary, "
                             "i.next_follow_up";

Interaction readInteraction(SQLite::Statement& q)
{
    Interaction i;
    i.id = q.getColumn(0).getInt64();
    i.customerId = q.getColumn(1).getInt64();
    i.contactId = sqlbind::toId(q.getColumn(2));
    i.userId = sqlbind::toId(q.getColumn(3));
    i.channel = sqlbind::toQString(q.getColumn(4));
    i.occurredAt = sqlbind::toDateTime(q.getColumn(5));
    i.summary = sqlbind::toQString(q.getColumn(6));
    i.nextFollowUp = sqlbind::toDate(q.getColumn(7));
    return i;
}

} // namespace

const QStringList& InteractionRepository::channels()
{
    static const QStringList values = core::codesOf<core::Channel>();
    return values;
}

core::Result<std::vector<Interaction>> InteractionRepository::listForCustomer(qint64 customerId)
{
    std::vector<Interaction> interactions;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(), std::string("SELECT ") + kColumns +
                                                      " FROM interactions i WHERE i.customer_id = ? "
                                                      "ORDER BY i.occurred_at DESC, i.id DESC");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep())
            interactions.push_back(readInteraction(q));
        return {};
    });
    if (!status)
        return status.error();
    return interactions;
}

core::Result<Interaction> InteractionRepository::create(Interaction interaction)
{
    interaction.summary = interaction.summary.trimmed();
    interaction.userId = m_session.userId();
    if (!channels().contains(interaction.channel))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("Channel must be one of %1.").arg(channels().join(QStringLiteral(", "))),
                         QStringLiteral("channel"));
    if (!interaction.occurredAt.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("When it happened is required."),
                         QStringLiteral("occurred_at"));
    if (interaction.summary.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A summary is required."),
                         QStringLiteral("summary"));
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, interaction.customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        if (interaction.contactId > 0) {
            SQLite::Statement contact(db, "SELECT 1 FROM contacts WHERE id = ? AND customer_id = ?");
            contact.bind(1, static_cast<int64_t>(interaction.contactId));
            contact.bind(2, static_cast<int64_t>(interaction.customerId));
            if (!contact.executeStep())
                return makeError(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("contact %1 is not a contact of this customer").arg(interaction.contactId),
                    QStringLiteral("contact"));
        }
        SQLite::Statement st(db, "INSERT INTO interactions (customer_id, contact_id, user_id, channel, occurred_at, "
                                 "summary, next_follow_up) VALUES (?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, static_cast<int64_t>(interaction.customerId));
        sqlbind::optionalId(st, 2, interaction.contactId);
        sqlbind::optionalId(st, 3, interaction.userId);
        sqlbind::text(st, 4, interaction.channel);
        sqlbind::dateTime(st, 5, interaction.occurredAt);
        sqlbind::text(st, 6, interaction.summary);
        sqlbind::date(st, 7, interaction.nextFollowUp);
        st.exec();
        interaction.id = db.getLastInsertRowid();
        RowAudit::inserted(
            m_session, QStringLiteral("interactions"), interaction.id, interaction.customerId,
            {{QStringLiteral("contact_id"),
              interaction.contactId > 0 ? QString::number(interaction.contactId) : QString()},
             {QStringLiteral("channel"), interaction.channel},
             {QStringLiteral("occurred_at"), interaction.occurredAt.toUTC().toString(Qt::ISODate)},
             {QStringLiteral("summary"), interaction.summary},
             {QStringLiteral("next_follow_up"),
              interaction.nextFollowUp.isValid() ? interaction.nextFollowUp.toString(Qt::ISODate) : QString()}});
        return {};
    });
    if (!status)
        return status.error();
    return interaction;
}

core::Result<std::vector<core::FollowUpDue>> InteractionRepository::followUpsDue(const QDate& until)
{
    if (!until.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A date is required."), QStringLiteral("until"));
    try {
        SQLite::Statement q(m_session.db().sql(),
                            std::string("SELECT ") + kColumns +
                                ", c.name, k.name FROM interactions i JOIN customers c ON c.id = i.customer_id "
                                "LEFT JOIN contacts k ON k.id = i.contact_id "
                                "WHERE i.next_follow_up IS NOT NULL AND i.next_follow_up <= ? "
                                "AND NOT EXISTS (SELECT 1 FROM interactions later WHERE later.customer_id = "
                                "i.customer_id AND (later.occurred_at > i.occurred_at OR (later.occurred_at = "
                                "i.occurred_at AND later.id > i.id))) AND " +
                                AccessScope::customerFilter(m_session, "c") + " ORDER BY i.next_follow_up, i.id");
        sqlbind::date(q, 1, until);
        std::vector<core::FollowUpDue> rows;
        while (q.executeStep()) {
            core::FollowUpDue row;
            row.interaction = readInteraction(q);
            row.customerName = sqlbind::toQString(q.getColumn(8));
            row.contactName = sqlbind::toQString(q.getColumn(9));
            rows.push_back(std::move(row));
        }
        return rows;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

} // namespace carddesk::storage
