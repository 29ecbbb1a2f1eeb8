#pragma once

#include "core/Contact.h"
#include "core/Customer.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <SQLiteCpp/SQLiteCpp.h>

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

    // New contacts of a stored card the plan matched in the session's scope: a primary one among them clears the
    // card's other primaries (audited, as ContactRepository does); the card's search text is rebuilt once.
    void addContacts(qint64 customerId, std::vector<core::Contact>& contacts);

private:
    void audit(const char* table, qint64 rowId, qint64 customerId, const QString& field, const QString& value,
               const char* action = "insert", const QString& oldValue = {});
    void insertContacts(qint64 customerId, std::vector<core::Contact>& contacts);
    static void keepOnePrimary(std::vector<core::Contact>& contacts);

    Session& m_session;
    std::string m_now;
    qint64 m_nextCode = 0;
    std::unique_ptr<SQLite::Statement> m_codeTaken;
    std::unique_ptr<SQLite::Statement> m_card;
    std::unique_ptr<SQLite::Statement> m_contact;
    std::unique_ptr<SQLite::Statement> m_audit;
};

} // namespace carddesk::storage
