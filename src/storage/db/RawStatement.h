#pragma once

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace carddesk::storage {

// A prepared statement on SQLite's C API, for the loops that run millions of times (scoring reads every order
// and writes a row per customer). SQLiteCpp's Statement copies a shared pointer and checks the row for every
// column read; here a column read is one C call. Errors throw SQLite::Exception, as SQLiteCpp does, so the
// callers' Database::read()/write() turn them into errors and roll back.
class RawStatement
{
public:
    RawStatement(SQLite::Database& db, const std::string& sql) : RawStatement(db.getHandle(), sql) {}
    RawStatement(sqlite3* db, const std::string& sql) : m_db(db)
    {
        check(sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                                 nullptr));
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    // true with a row, false when done.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        check(rc);
        return false;
    }
    // Runs a statement without results and makes it ready for the next bindings.
    void run()
    {
        step();
        check(sqlite3_reset(m_stmt));
    }

    void bind(int index, std::int64_t value) { check(sqlite3_bind_int64(m_stmt, index, value)); }
    void bind(int index, int value) { check(sqlite3_bind_int(m_stmt, index, value)); }
    void bind(int index, double value) { check(sqlite3_bind_double(m_stmt, index, value)); }
    void bindNull(int index) { check(sqlite3_bind_null(m_stmt, index)); }
    // The text or bytes must stay alive until the statement has run. An empty view binds '' (never NULL).
    void bindStatic(int index, std::string_view text)
    {
        check(sqlite3_bind_text(m_stmt, index, text.data() ? text.data() : "", static_cast<int>(text.size()),
                                SQLITE_STATIC));
    }
    void bindStaticBlob(int index, const void* data, int bytes)
    {
        check(sqlite3_bind_blob(m_stmt, index, data, bytes, SQLITE_STATIC));
    }
    // Ready for new bindings and a new step, without running (after a step that returned a row).
    void reset() { sqlite3_reset(m_stmt); }

    std::int64_t int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    sqlite3_value* value(int column) const { return sqlite3_column_value(m_stmt, column); }
    const void* blob(int column) const { return sqlite3_column_blob(m_stmt, column); }
    int bytes(int column) const { return sqlite3_column_bytes(m_stmt, column); }
    std::string_view text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return data ? std::string_view(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                    : std::string_view();
    }

private:
    void check(int rc) const
    {
        if (rc != SQLITE_OK)
            throw SQLite::Exception(m_db, rc);
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace carddesk::storage
