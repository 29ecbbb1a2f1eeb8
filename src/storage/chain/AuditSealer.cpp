#include "storage/chain/AuditSealer.h"

#include "storage/chain/AuditSeal.h"
#include "storage/db/RawStatement.h"

#include <QDateTime>

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <cstring>
#include <sodium.h>

namespace carddesk::storage {

namespace {

std::string encodeColumns(RawStatement& row, int count)
{
    std::string out;
    out.reserve(128);
    for (int column = 0; column < count; ++column)
        AuditSeal::appendValue(out, row.value(column));
    return out;
}

struct Head
{
    std::int64_t lastId = 0;
    AuditSeal::Digest seal{};
};

Head readHead(SQLite::Database& db, const char* log)
{
    Head head;
    RawStatement st(db, "SELECT last_id, seal FROM audit_chain WHERE log = ?");
    st.bindStatic(1, log);
    if (st.step()) {
        head.lastId = st.int64(0);
        head.seal = AuditSeal::fromBlob(st.blob(1), st.bytes(1));
    }
    return head;
}

void writeHead(SQLite::Database& db, const char* log, const Head& head)
{
    RawStatement st(db, "INSERT OR REPLACE INTO audit_chain (log, last_id, seal) VALUES (?, ?, ?)");
    st.bindStatic(1, log);
    st.bind(2, head.lastId);
    st.bindStaticBlob(3, head.seal.data(), static_cast<int>(head.seal.size()));
    st.run();
}

bool wanted(const std::vector<std::int64_t>* only, std::int64_t id)
{
    return !only || std::binary_search(only->begin(), only->end(), id);
}

} // namespace

void AuditSealer::attach(sqlite3* db)
{
    sqlite3_update_hook(db, &AuditSealer::onUpdate, this);
    AuditSeal::registerFunctions(db);
}

void AuditSealer::clear()
{
    m_audit.clear();
    m_access.clear();
    m_users.clear();
}

void AuditSealer::onUpdate(void* self, int operation, const char* database, const char* table, sqlite3_int64 rowId)
{
    if (std::strcmp(database, "main") != 0)
        return;
    auto* sealer = static_cast<AuditSealer*>(self);
    if (operation == SQLITE_INSERT && std::strcmp(table, "audit_log") == 0)
        sealer->m_audit.push_back(rowId);
    else if (operation == SQLITE_INSERT && std::strcmp(table, "access_log") == 0)
        sealer->m_access.push_back(rowId);
    else if (std::strcmp(table, "users") == 0)
        sealer->m_users.insert(rowId);
}

void AuditSealer::sealPending(SQLite::Database& db)
{
    if (!m_active) {
        clear();
        return;
    }
    if (!m_users.empty()) {
        const std::set<std::int64_t> users = std::move(m_users);
        m_users.clear();
        writeUserSnapshots(db, users, nullptr); // the hook notes the snapshot rows in m_audit
    }
    if (!m_audit.empty()) {
        std::sort(m_audit.begin(), m_audit.end());
        m_audit.erase(std::unique(m_audit.begin(), m_audit.end()), m_audit.end());
        const std::vector<std::int64_t> rows = std::move(m_audit);
        m_audit.clear();
        sealAudit(db, rows.front(), &rows);
    }
    if (!m_access.empty()) {
        std::sort(m_access.begin(), m_access.end());
        m_access.erase(std::unique(m_access.begin(), m_access.end()), m_access.end());
        const std::vector<std::int64_t> rows = std::move(m_access);
        m_access.clear();
        sealAccess(db, rows.front(), &rows);
    }
    clear(); // the seals' own UPDATEs are not rows to seal
}

void AuditSealer::sealEverything(SQLite::Database& db)
{
    std::set<std::int64_t> users;
    {
        RawStatement all(db, "SELECT id FROM users ORDER BY id");
        while (all.step())
            users.insert(all.int64(0));
    }
    writeUserSnapshots(db, users, nullptr);
    sealAudit(db, 0, nullptr);
    sealAccess(db, 0, nullptr);
}

std::string AuditSealer::userState(SQLite::Database& db, std::int64_t userId)
{
    RawStatement st(db, "SELECT role, area_id, active, password_hash FROM users WHERE id = ?");
    st.bind(1, userId);
    if (!st.step())
        return "deleted";
    // The password hash enters as a short digest: enough to see it replaced, and no second copy of the hash.
    const std::string_view hash = st.text(3);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(hash.data()), hash.size());
    char hex[17];
    sodium_bin2hex(hex, sizeof hex, digest, 8);
    std::string state = "role=" + std::string(st.text(0));
    state += " area=" + (st.isNull(1) ? std::string("none") : std::to_string(st.int64(1)));
    state += " active=" + std::to_string(st.int64(2));
    state += " password=";
    state += hex;
    return state;
}

void AuditSealer::writeUserSnapshots(SQLite::Database& db, const std::set<std::int64_t>& users,
                                     std::vector<std::int64_t>* inserted)
{
    RawStatement last(db, "SELECT new_value FROM audit_log WHERE action = 'user_state' AND row_id = ? "
                          "ORDER BY id DESC LIMIT 1");
    RawStatement insert(db, "INSERT INTO audit_log (at, user_id, action, table_name, row_id, customer_id, field, "
                            "old_value, new_value) VALUES (?, NULL, 'user_state', 'users', ?, NULL, "
                            "'role area active password', ?, ?)");
    const std::string now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    for (const std::int64_t user : users) {
        const std::string state = userState(db, user);
        last.bind(1, user);
        std::string previous;
        const bool hadSnapshot = last.step();
        if (hadSnapshot)
            previous = std::string(last.text(0));
        last.reset();
        if (hadSnapshot && previous == state)
            continue; // a change of name or must_change_password: not part of the snapshot
        if (!hadSnapshot && state == "deleted")
            continue;
        insert.bindStatic(1, now);
        insert.bind(2, user);
        if (hadSnapshot)
            insert.bindStatic(3, previous);
        else
            insert.bindNull(3);
        insert.bindStatic(4, state);
        insert.run();
        if (inserted)
            inserted->push_back(sqlite3_last_insert_rowid(db.getHandle()));
    }
}

void AuditSealer::sealAudit(SQLite::Database& db, std::int64_t fromId, const std::vector<std::int64_t>* only)
{
    Head head = readHead(db, "audit_log");
    RawStatement rows(db, "SELECT id, at, user_id, action, table_name, row_id, customer_id, field, old_value, "
                          "new_value FROM audit_log WHERE id >= ? AND seal IS NULL ORDER BY id");
    RawStatement update(db, "UPDATE audit_log SET seal = ?, value_key = ? WHERE id = ?");
    rows.bind(1, fromId);
    // Seals are computed while reading and written afterwards: an UPDATE that grows rows under a cursor still
    // reading the table may make it skip rows.
    struct Seal
    {
        std::int64_t id;
        AuditSeal::Digest seal;
        std::array<unsigned char, AuditSeal::kValueKeyBytes> key;
    };
    std::vector<Seal> seals;
    while (rows.step()) {
        const std::int64_t id = rows.int64(0);
        if (!wanted(only, id))
            continue;
        Seal& next = seals.emplace_back();
        next.id = id;
        AuditSeal::newValueKey(next.key);
        const AuditSeal::Digest mac =
            AuditSeal::valueMac(next.key.data(), static_cast<int>(next.key.size()), rows.value(8), rows.value(9));
        head.seal = next.seal = AuditSeal::auditSeal(head.seal, encodeColumns(rows, 8), mac);
        head.lastId = id;
    }
    rows.reset();
    for (const Seal& next : seals) {
        update.bindStaticBlob(1, next.seal.data(), static_cast<int>(next.seal.size()));
        update.bindStaticBlob(2, next.key.data(), static_cast<int>(next.key.size()));
        update.bind(3, next.id);
        update.run();
    }
    const bool sealed = !seals.empty();
    if (sealed || fromId == 0)
        writeHead(db, "audit_log", head);
}

void AuditSealer::sealAccess(SQLite::Database& db, std::int64_t fromId, const std::vector<std::int64_t>* only)
{
    Head head = readHead(db, "access_log");
    RawStatement rows(db, "SELECT id, at, user_id, customer_id, action, detail FROM access_log "
                          "WHERE id >= ? AND seal IS NULL ORDER BY id");
    RawStatement update(db, "UPDATE access_log SET seal = ? WHERE id = ?");
    rows.bind(1, fromId);
    std::vector<std::pair<std::int64_t, AuditSeal::Digest>> seals;
    while (rows.step()) {
        const std::int64_t id = rows.int64(0);
        if (!wanted(only, id))
            continue;
        head.seal = AuditSeal::accessSeal(head.seal, encodeColumns(rows, 6));
        head.lastId = id;
        seals.emplace_back(id, head.seal);
    }
    rows.reset();
    for (const auto& [id, seal] : seals) {
        update.bindStaticBlob(1, seal.data(), static_cast<int>(seal.size()));
        update.bind(2, id);
        update.run();
    }
    const bool sealed = !seals.empty();
    if (sealed || fromId == 0)
        writeHead(db, "access_log", head);
}

} // namespace carddesk::storage
