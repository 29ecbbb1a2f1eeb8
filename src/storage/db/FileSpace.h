#pragma once

#include "core/Result.h"

namespace carddesk::storage {

class Database;

// How big the office file is and how much of it is free pages (left by deletes; SQLite reuses them but does not
// give them back to the disk until a VACUUM). Read from the page counts, which costs nothing.
struct FileSpace
{
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    qint64 freePages = 0;

    qint64 bytes() const { return pageSize * pageCount; }
    qint64 freeBytes() const { return pageSize * freePages; }
    double freeShare() const { return pageCount > 0 ? static_cast<double>(freePages) / pageCount : 0.0; }

    static core::Result<FileSpace> of(Database& db);
};

} // namespace carddesk::storage
