#pragma once

#include "core/Contact.h"
#include "core/Customer.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>
#include <memory>
#include <vector>

namespace carddesk::storage {

// Writes the new cards of a customer import with their contacts, inside the import's transaction, with its
// statements prepared once: CustomerRepository::create and ContactRepository::create prepare theirs on every call
// and rebuild the card's search text once per contact (≈0.5 ms a row, docs/PERFORMANCE.md). Same stored result as
// those two: the same columns through storage::customerColumns(), pinyin keys and search text (contacts included),
// a code C0000123 when none is given, the manager's area when none is given, one primary contact (the last one
// marked), and the same audit rows (the card's "insert name" row, one "insert" row per non-empty contact field).
// Cards and contacts must have passed core::CustomerValidator and the access checks of the plan before.
class ImportCardWriter
{
public:
    explicit ImportCardWriter(Session& session);
    ~ImportCardWriter();

    // The stored card (id, code, row_version 1); contacts get their ids and customerId.
    core::Result<core::Customer> create(core::Customer customer, std::vector<core::Contact>& contacts);

    // A stored card read by the plan as `before`, saved as `after` with its new contacts: only the columns that
    // differ are written and audited ("update", old, new), as CustomerRepository::update does; Conflict when the
    // card's row_version moved since the plan read it (which also covers a card that left the session's scope: a
    // handover moves the version). A primary contact among the new ones clears the card's others (audited, as
    // ContactRepository does); the search text is rebuilt once. Returns the new row_version.
    core::Result<qint64> update(const core::Customer& before, const core::Customer& after,
                                std::vector<core::Contact>& contacts);

private:
    void audit(const char* table, qint64 rowId, qint64 customerId, const QString& field, const QString& value,
               const char* action = "insert", const QString& oldValue = {});
    void insertContacts(qint64 customerId, std::vector<core::Contact>& contacts);
    void clearPrimaries(qint64 customerId);
    static void keepOnePrimary(std::vector<core::Contact>& contacts);

    Session& m_session;
    std::string m_now;
    qint64 m_nextCode = 0;
    std::unique_ptr<SQLite::Statement> m_codeTaken;
    std::unique_ptr<SQLite::Statement> m_card;
    std::unique_ptr<SQLite::Statement> m_contact;
    std::unique_ptr<SQLite::Statement> m_audit;
    std::map<std::string, std::unique_ptr<SQLite::Statement>> m_updates; // by the changed columns' SET list
};

} // namespace carddesk::storage
