#pragma once

#include "core/Result.h"

#include <QString>

namespace carddesk::storage {

// Files that hold the office's data (the office file and, through SQLite, its -wal and -shm; backups; logs) are
// made readable and writable by their owner only (0600; folders 0700), whatever the umask: on a shared PC any other
// account could otherwise copy every customer and password hash (issue #17, finding 1). SQLite gives the -wal and
// -shm files the mode of the database file, so creating that file 0600 covers all three.
class PrivateFile
{
public:
    static constexpr unsigned kFileMode = 0600;
    static constexpr unsigned kFolderMode = 0700;

    // Creates an empty file at `path` with mode 0600. Io when it cannot; Conflict when it already exists.
    static core::Status create(const QString& path);
    // Sets mode 0600 on an existing file (0700 on a folder). Io when that fails.
    static core::Status restrict(const QString& path);
    // The permission bits of `path`, or -1 when it cannot be read.
    static int mode(const QString& path);
    // True when a group or other accounts may read or write `path`.
    static bool openToOthers(const QString& path);
    // A sentence for `check` and the log when the office file is open to other accounts; empty when it is not.
    static QString warningFor(const QString& officePath);
};

} // namespace carddesk::storage
