#pragma once

#include "storage/RawStatement.h"

#include <cstddef>
#include <string>

namespace carddesk::storage {

// Writes many rows through two prepared statements, `rowsPerStatement` rows per run and one row for the rest:
// a million rows cost a thirtieth of the statement runs. The caller binds each row's placeholders.
class MultiRowInsert
{
public:
    // head: "INSERT INTO t (a, b, c) VALUES "; row: "(?,?,?)" with `parametersPerRow` placeholders.
    MultiRowInsert(SQLite::Database& db, const std::string& head, const std::string& row, int parametersPerRow,
                   std::size_t rowsPerStatement = 32)
        : m_many(db, head + repeated(row, rowsPerStatement)), m_one(db, head + row), m_parameters(parametersPerRow),
          m_rowsPerStatement(rowsPerStatement)
    {
    }

    std::size_t rowsPerStatement() const { return m_rowsPerStatement; }

    // One row per item, in order: bindRow(statement, firstParameter, slot, item), slot being the row's place in
    // the statement run (0 .. rowsPerStatement - 1), for buffers that must live until the run.
    template <typename Items, typename BindRow> void insert(const Items& items, BindRow bindRow)
    {
        const std::size_t count = items.size();
        std::size_t next = 0;
        while (next < count) {
            const bool full = count - next >= m_rowsPerStatement;
            RawStatement& statement = full ? m_many : m_one;
            const std::size_t rows = full ? m_rowsPerStatement : 1;
            for (std::size_t slot = 0; slot < rows; ++slot, ++next)
                bindRow(statement, static_cast<int>(slot) * m_parameters + 1, slot, items[next]);
            statement.run();
        }
    }

private:
    static std::string repeated(const std::string& row, std::size_t times)
    {
        std::string rows;
        for (std::size_t k = 0; k < times; ++k)
            rows += (k == 0 ? "" : ",") + row;
        return rows;
    }

    RawStatement m_many;
    RawStatement m_one;
    int m_parameters;
    std::size_t m_rowsPerStatement;
};

} // namespace carddesk::storage
