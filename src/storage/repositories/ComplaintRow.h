#pragma once

#include "core/Complaint.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

// The complaint columns as one SELECT list (table alias k) and the reader of one row, shared by every query
// that returns complaints, so the column order is written down once.
class ComplaintRow
{
public:
    static const char* columns();
    static constexpr int kColumnCount = 17;

    // Reads the complaint from the columns starting at `first` (0-based).
    static core::Complaint read(SQLite::Statement& q, int first = 0);
};

} // namespace carddesk::storage
