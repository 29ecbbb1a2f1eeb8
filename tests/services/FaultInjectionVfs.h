#pragma once

#include <sqlite3.h>

namespace carddesk::storage::test {

// A disk that fails on cue: an SQLite VFS over the default one that makes the N-th write, sync or read after arm()
// fail with an I/O error or a full disk, once (a transient fault) or from then on (a dead or full disk). While it
// lives it is the default VFS, so every connection the code under test opens goes through it, the backup's copy and
// the restore's checks included. SQLite's own tests do the same with their test_vfs and devsym shims.
// One instance at a time; counters are not atomic (the operations under test write from one thread).
class FaultInjectionVfs
{
public:
    enum class Operation
    {
        Write,
        Sync,
        Read
    };
    enum class Failure
    {
        IoError,
        DiskFull
    };

    FaultInjectionVfs();
    ~FaultInjectionVfs();
    FaultInjectionVfs(const FaultInjectionVfs&) = delete;
    FaultInjectionVfs& operator=(const FaultInjectionVfs&) = delete;

    // Counts the operations from now on without failing any.
    void count();
    // Fails the n-th `operation` (1-based) from now on; `persistent`: and every one of that kind after it.
    void arm(Operation operation, int n, Failure failure, bool persistent);
    // Stops failing and counting.
    void disarm();

    int counted(Operation operation) const;
    bool fired() const;

private:
    static int open(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags);

    sqlite3_vfs m_vfs{};
};

} // namespace carddesk::storage::test
