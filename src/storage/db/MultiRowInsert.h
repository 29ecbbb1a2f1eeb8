#pragma once

#include "storage/db/RawStatement.h"

#include <cstddef>
#include <functional>
#include <string>

namespace carddesk::storage {

// Writes many rows through two prepared statements, `rowsPerStatement` rows per run and one row for the rest:
// a million rows cost a thirtieth of the statement runs. The caller binds each row's placeholders.
class MultiRowInsert
{
public:
    // The text of one row from the number of its first own parameter, e.g. [](int b) { return "(?" +
    // std::to_string(b) + ", ?1)"; } for rows that also use a value shared by all of them (?1).
    using RowText = std::function<std::string(int firstParameter)>;

    // head: "INSERT INTO t (a, b, c) VALUES "; row: "(?,?,?)" with `parametersPerRow` anonymous placeholders.
    MultiRowInsert(SQLite::Database& db, const std::string& head, const std::string& row, int parametersPerRow,
                   std::size_t rowsPerStatement = 32)
        : MultiRowInsert(
              db, head, [row](int) { return row; }, parametersPerRow, 0, rowsPerStatement)
    {
    }

    // Rows with numbered placeholders after `sharedParameters` values common to every row (?1 .. ?shared, bound
    // once through bindShared).
    MultiRowInsert(SQLite::Database& db, const std::string& head, const RowText& row, int parametersPerRow,
                   int sharedParameters, std::size_t rowsPerStatement = 32)
        : m_many(db, head + rows(row, rowsPerStatement, sharedParameters, parametersPerRow)),
          m_one(db, head + rows(row, 1, sharedParameters, parametersPerRow)), m_parameters(parametersPerRow),
          m_shared(sharedParameters), m_rowsPerStatement(rowsPerStatement)
    {
    }

    std::size_t rowsPerStatement() const { return m_rowsPerStatement; }

    // bind(statement) on both statements, for the shared parameters.
    template <typename Bind> void bindShared(Bind bind)
    {
        bind(m_many);
        bind(m_one);
    }

    // `count` rows, in order: bindRow(statement, firstParameter, slot, index) for index 0 .. count - 1, slot being
    // the row's place in the statement run (0 .. rowsPerStatement - 1), for buffers that must live until the run;
    // afterRun(rowsDone) once each run is done (to release what its rows pointed to).
    template <typename BindRow, typename AfterRun>
    void insertRows(std::size_t count, BindRow bindRow, AfterRun afterRun)
    {
        std::size_t next = 0;
        while (next < count) {
            const bool full = count - next >= m_rowsPerStatement;
            RawStatement& statement = full ? m_many : m_one;
            const std::size_t rows = full ? m_rowsPerStatement : 1;
            for (std::size_t slot = 0; slot < rows; ++slot, ++next)
                bindRow(statement, m_shared + static_cast<int>(slot) * m_parameters + 1, slot, next);
            statement.run();
            afterRun(next);
        }
    }

    // One row per item, in order: bindRow(statement, firstParameter, slot, item).
    template <typename Items, typename BindRow> void insert(const Items& items, BindRow bindRow)
    {
        insertRows(
            items.size(),
            [&](RawStatement& statement, int first, std::size_t slot, std::size_t index) {
                bindRow(statement, first, slot, items[index]);
            },
            [](std::size_t) {});
    }

private:
    static std::string rows(const RowText& row, std::size_t times, int shared, int perRow)
    {
        std::string text;
        for (std::size_t k = 0; k < times; ++k)
            text += (k == 0 ? "" : ",") + row(shared + 1 + static_cast<int>(k) * perRow);
        return text;
    }

    RawStatement m_many;
    RawStatement m_one;
    int m_parameters;
    int m_shared;
    std::size_t m_rowsPerStatement;
};

} // namespace carddesk::storage
