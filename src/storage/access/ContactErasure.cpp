#include "storage/access/ContactErasure.h"

#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/db/DatabaseOptimizer.h"
#include "storage/repositories/CustomerRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <spdlog/spdlog.h>

#include <set>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

// secure_delete on for the erasure's writes only (it costs I/O on every delete), back to what it was after.
class SecureDelete
{
public:
    explicit SecureDelete(SQLite::Database& db) : m_db(db)
    {
        m_before = m_db.execAndGet("PRAGMA secure_delete").getInt();
        m_db.exec("PRAGMA secure_delete = ON");
    }
    ~SecureDelete()
    {
        try {
            m_db.exec("PRAGMA secure_delete = " + std::to_string(m_before));
        } catch (const std::exception& e) {
            spdlog::warn("secure_delete could not be restored: {}", e.what());
        }
    }
    SecureDelete(const SecureDelete&) = delete;
    SecureDelete& operator=(const SecureDelete&) = delete;

private:
    SQLite::Database& m_db;
    int m_before = 0;
};

int countWhere(SQLite::Database& db, const char* sql, qint64 id)
{
    SQLite::Statement q(db, sql);
    q.bind(1, static_cast<int64_t>(id));
    q.executeStep();
    return q.getColumn(0).getInt();
}

// Where the customer's free text still names the person: each (table, text column) of the card's own records.
QStringList findMentions(SQLite::Database& db, qint64 customerId, qint64 contactId, const QStringList& values)
{
    struct Place
    {
        const char* table;
        const char* column;
        const char* owner; // the condition tying a row to the customer (?1) or excluding the contact (?2)
    };
    static const Place places[] = {
        {"customers", "key_figures", "id = ?1"},
        {"customers", "notes", "id = ?1"},
        {"customers", "preferences", "id = ?1"},
        {"customers", "purchase_habits", "id = ?1"},
        {"customers", "address", "id = ?1"},
        {"contacts", "notes", "customer_id = ?1 AND id <> ?2"},
        {"interactions", "summary", "customer_id = ?1"},
        {"visits", "purpose", "customer_id = ?1"},
        {"visits", "result", "customer_id = ?1"},
        {"complaints", "description", "customer_id = ?1"},
        {"complaints", "satisfaction_comment", "customer_id = ?1"},
        {"complaints", "close_reason", "customer_id = ?1"},
        {"satisfaction_surveys", "comment", "customer_id = ?1"},
    };
    QStringList found;
    for (const Place& place : places) {
        for (const QString& value : values) {
            SQLite::Statement q(db, std::string("SELECT id FROM ") + place.table + " WHERE " + place.owner +
                                        " AND instr(" + place.column + ", ?3) > 0");
            q.bind(1, static_cast<int64_t>(customerId));
            q.bind(2, static_cast<int64_t>(contactId)); // ?2 unused by most places: binding it is harmless
            q.bind(3, value.toStdString());
            while (q.executeStep()) {
                const QString where = QStringLiteral("%1 %2 %3")
                                          .arg(QString::fromLatin1(place.table))
                                          .arg(q.getColumn(0).getInt64())
                                          .arg(QString::fromLatin1(place.column));
                if (!found.contains(where))
                    found << where;
            }
        }
    }
    return found;
}

} // namespace

core::Result<ErasureReport> ContactErasure::erase(qint64 contactId, bool vacuum)
{
    if (auto ok = AccessScope::requireRole(m_session, core::Role::Admin, QStringLiteral("erasing a contact")); !ok)
        return ok.error();
    auto& db = m_session.db().sql();
    ErasureReport report;
    report.contactId = contactId;
    try {
        SecureDelete secure(db);
        auto erased = m_session.db().write([&]() -> core::Status {
            SQLite::Statement find(db, "SELECT customer_id FROM contacts WHERE id = ?");
            find.bind(1, static_cast<int64_t>(contactId));
            if (!find.executeStep())
                return makeError(ErrorCode::NotFound, QStringLiteral("contact %1 does not exist").arg(contactId));
            report.customerId = find.getColumn(0).getInt64();
            find.reset();
            SQLite::Statement values(db, "SELECT name, phone, mobile, email FROM contacts WHERE id = ?");
            values.bind(1, static_cast<int64_t>(contactId));
            values.executeStep();
            QStringList identifying;
            for (int i = 0; i < 4; ++i) {
                const QString value = QString::fromUtf8(values.getColumn(i).getText()).trimmed();
                // A one-character name would be found in every text; numbers and addresses are specific enough.
                if (value.size() >= 2)
                    identifying << value;
            }
            values.reset();
            report.mentionsLeft = findMentions(db, report.customerId, contactId, identifying);
            report.interactionsUnlinked =
                countWhere(db, "SELECT count(*) FROM interactions WHERE contact_id = ?", contactId);
            report.complaintsUnlinked =
                countWhere(db, "SELECT count(*) FROM complaints WHERE contact_id = ?", contactId);
            report.surveysUnlinked =
                countWhere(db, "SELECT count(*) FROM satisfaction_surveys WHERE contact_id = ?", contactId);
            SQLite::Statement remove(db, "DELETE FROM contacts WHERE id = ?");
            remove.bind(1, static_cast<int64_t>(contactId));
            remove.exec(); // interactions.contact_id and complaints.contact_id: ON DELETE SET NULL

            // The audit rows of the contact may have been written under more than one customer (a merge moves
            // contacts): one 'erase' row per customer, so that the trigger lets each of them be blanked.
            std::set<qint64> customers{report.customerId};
            SQLite::Statement owners(db, "SELECT DISTINCT customer_id FROM audit_log WHERE table_name = 'contacts' "
                                         "AND row_id = ? AND customer_id IS NOT NULL");
            owners.bind(1, static_cast<int64_t>(contactId));
            while (owners.executeStep())
                customers.insert(owners.getColumn(0).getInt64());
            for (qint64 customer : customers)
                AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("erase"),
                                         QStringLiteral("contacts"), contactId, customer, QString(), QString(),
                                         QString());
            SQLite::Statement blank(
                // The seal stays true through the values' HMAC, kept in value_mac; the key is dropped, so nothing
                // left tests a guess of an erased value (schema v22, storage/chain/AuditSeal).
                db, "UPDATE audit_log SET old_value = CASE WHEN old_value IS NULL THEN NULL ELSE '(erased)' END, "
                    "new_value = CASE WHEN new_value IS NULL THEN NULL ELSE '(erased)' END, "
                    "value_mac = coalesce(carddesk_value_mac(value_key, old_value, new_value), value_mac), "
                    "value_key = NULL "
                    "WHERE table_name = 'contacts' AND row_id = ? AND action <> 'erase' "
                    "AND (old_value IS NOT NULL OR new_value IS NOT NULL)");
            blank.bind(1, static_cast<int64_t>(contactId));
            report.auditValuesBlanked = blank.exec();
            CustomerRepository(m_session).refreshSearchText(report.customerId);
            return {}; // the commit brings customers_fts up to date (Database::applySearchQueue)
        });
        if (!erased)
            return erased.error();
        // The index keeps a deleted row's terms in its older segments until they are merged: merge them all now.
        auto merged = m_session.db().write([&]() -> core::Status {
            db.exec("INSERT INTO customers_fts (customers_fts) VALUES ('optimize')");
            return {};
        });
        if (!merged)
            return merged.error();
        if (vacuum) {
            auto space = DatabaseOptimizer::run(m_session.db(), true);
            if (!space)
                return space.error();
            report.vacuumed = true;
        }
        // The WAL still holds the pages as they were before; TRUNCATE copies the new ones into the file and empties
        // it. It cannot complete while another connection reads an older snapshot: then the WAL is emptied by a later
        // checkpoint, and the report says so.
        SQLite::Statement checkpoint(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        report.walEmptied = checkpoint.executeStep() && checkpoint.getColumn(0).getInt() == 0;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
    return report;
}

} // namespace carddesk::storage
