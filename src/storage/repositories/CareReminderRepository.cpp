#include "storage/repositories/CareReminderRepository.h"

#include "core/InputLimits.h"

#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QDateTime>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

const QString kTable = QStringLiteral("care_reminders");

RowAudit::Fields auditFields(const QString& action, const QDate& until, const QString& reason, qint64 interactionId)
{
    return {{QStringLiteral("action"), action},
            {QStringLiteral("snoozed_until"), until.isValid() ? until.toString(Qt::ISODate) : QString()},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("interaction_id"), interactionId > 0 ? QString::number(interactionId) : QString()}};
}

} // namespace

core::Status CareReminderRepository::markDone(const core::AgendaItem& reminder, qint64 interactionId)
{
    return record(reminder, QStringLiteral("done"), {}, {}, interactionId);
}

core::Status CareReminderRepository::snooze(const core::AgendaItem& reminder, const QDate& until, const QString& reason)
{
    if (!until.isValid() || until <= QDate::currentDate())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A reminder is snoozed until a later day."),
                         QStringLiteral("snoozed_until"));
    // The window offers 1 to 60 days; the same rule for every caller.
    if (until > QDate::currentDate().addDays(kMaxSnoozeDays))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("A reminder is snoozed for at most %1 days.").arg(kMaxSnoozeDays),
                         QStringLiteral("snoozed_until"));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Say why the reminder is snoozed."),
                         QStringLiteral("reason"));
    if (const auto problem = core::InputLimits::textProblem(reason.trimmed(), core::InputLimits::kLongText, true))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The reason %1.").arg(*problem),
                         QStringLiteral("snooze_reason"));
    return record(reminder, QStringLiteral("snoozed"), until, reason.trimmed(), 0);
}

core::Status CareReminderRepository::record(const core::AgendaItem& reminder, const QString& action, const QDate& until,
                                            const QString& reason, qint64 interactionId)
{
    if (reminder.kind != QLatin1String("reminder") || reminder.occasion.isEmpty() || !reminder.due.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Only a care reminder can be done or snoozed."),
                         QStringLiteral("occasion"));
    return m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, reminder.customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        if (reminder.recordId > 0) {
            SQLite::Statement contact(db, "SELECT 1 FROM contacts WHERE id = ? AND customer_id = ?");
            contact.bind(1, static_cast<int64_t>(reminder.recordId));
            contact.bind(2, static_cast<int64_t>(reminder.customerId));
            if (!contact.executeStep())
                return makeError(ErrorCode::NotFound,
                                 QStringLiteral("contact %1 is not a contact of this customer").arg(reminder.recordId),
                                 QStringLiteral("contact"));
        }
        SQLite::Statement find(db, "SELECT id, action, snoozed_until, reason, interaction_id FROM care_reminders "
                                   "WHERE customer_id = ? AND contact_id = ? AND occasion = ? AND due = ?");
        find.bind(1, static_cast<int64_t>(reminder.customerId));
        find.bind(2, static_cast<int64_t>(reminder.recordId));
        sqlbind::text(find, 3, reminder.occasion);
        sqlbind::date(find, 4, reminder.due);
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const auto after = auditFields(action, until, reason, interactionId);
        if (find.executeStep()) {
            const qint64 id = find.getColumn(0).getInt64();
            const auto before = auditFields(sqlbind::toQString(find.getColumn(1)), sqlbind::toDate(find.getColumn(2)),
                                            sqlbind::toQString(find.getColumn(3)),
                                            find.getColumn(4).isNull() ? 0 : find.getColumn(4).getInt64());
            find.reset();
            SQLite::Statement st(db, "UPDATE care_reminders SET action = ?, snoozed_until = ?, reason = ?, "
                                     "interaction_id = ?, user_id = ?, at = ? WHERE id = ?");
            sqlbind::text(st, 1, action);
            sqlbind::date(st, 2, until);
            sqlbind::text(st, 3, reason);
            sqlbind::optionalId(st, 4, interactionId);
            st.bind(5, static_cast<int64_t>(m_session.userId()));
            sqlbind::text(st, 6, at);
            st.bind(7, static_cast<int64_t>(id));
            st.exec();
            RowAudit::updated(m_session, kTable, id, reminder.customerId, before, after);
            return {};
        }
        SQLite::Statement st(db, "INSERT INTO care_reminders (customer_id, contact_id, occasion, due, action, "
                                 "snoozed_until, reason, interaction_id, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?)");
        st.bind(1, static_cast<int64_t>(reminder.customerId));
        st.bind(2, static_cast<int64_t>(reminder.recordId));
        sqlbind::text(st, 3, reminder.occasion);
        sqlbind::date(st, 4, reminder.due);
        sqlbind::text(st, 5, action);
        sqlbind::date(st, 6, until);
        sqlbind::text(st, 7, reason);
        sqlbind::optionalId(st, 8, interactionId);
        st.bind(9, static_cast<int64_t>(m_session.userId()));
        sqlbind::text(st, 10, at);
        st.exec();
        // A birthday's day is the contact's personal data: an erasure of the contact blanks only the contacts rows
        // of the trail, so it is not written here (the contact's id and the occasion say which reminder it was).
        RowAudit::Fields fields{{QStringLiteral("occasion"), reminder.occasion}};
        if (reminder.recordId > 0)
            fields.emplace_back(QStringLiteral("contact_id"), QString::number(reminder.recordId));
        else
            fields.emplace_back(QStringLiteral("due"), reminder.due.toString(Qt::ISODate));
        fields.insert(fields.end(), after.begin(), after.end());
        RowAudit::inserted(m_session, kTable, db.getLastInsertRowid(), reminder.customerId, fields);
        return {};
    });
}

} // namespace carddesk::storage
