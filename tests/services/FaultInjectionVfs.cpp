#include "FaultInjectionVfs.h"

#include <stdexcept>

namespace carddesk::storage::test {
namespace {

// What the shim fails and what it has counted; one instance at a time (the constructor refuses a second).
struct FaultState
{
    sqlite3_vfs* real = nullptr;
    bool counting = false;
    bool armed = false;
    FaultInjectionVfs::Operation operation = FaultInjectionVfs::Operation::Write;
    FaultInjectionVfs::Failure failure = FaultInjectionVfs::Failure::IoError;
    int failAt = 0;
    bool persistent = false;
    bool fired = false;
    int counts[3] = {0, 0, 0};
};

FaultState* state = nullptr;

// The shim's file: SQLite allocates szOsFile bytes; the real VFS's file lives right after this header.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file)->real;
}

// Counts one operation and says whether it fails.
bool shouldFail(FaultInjectionVfs::Operation operation)
{
    if (!state->counting)
        return false;
    const int n = ++state->counts[static_cast<int>(operation)];
    if (!state->armed || operation != state->operation)
        return false;
    if (n == state->failAt || (state->persistent && n > state->failAt)) {
        state->fired = true;
        return true;
    }
    return false;
}

int failureCode(int ioErrorCode)
{
    return state->failure == FaultInjectionVfs::Failure::DiskFull ? SQLITE_FULL : ioErrorCode;
}

int fileClose(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}

int fileRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FaultInjectionVfs::Operation::Read))
        return SQLITE_IOERR_READ; // a read never fails for want of space
    sqlite3_file* real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int fileWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FaultInjectionVfs::Operation::Write))
        return failureCode(SQLITE_IOERR_WRITE);
    sqlite3_file* real = realOf(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int fileTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}

int fileSync(sqlite3_file* file, int flags)
{
    if (shouldFail(FaultInjectionVfs::Operation::Sync))
        return failureCode(SQLITE_IOERR_FSYNC);
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

int fileSize(sqlite3_file* file, sqlite3_int64* size)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int fileLock(sqlite3_file* file, int lock)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xLock(real, lock);
}

int fileUnlock(sqlite3_file* file, int lock)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xUnlock(real, lock);
}

int fileCheckReservedLock(sqlite3_file* file, int* out)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, out);
}

int fileControl(sqlite3_file* file, int op, void* arg)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xFileControl(real, op, arg);
}

int fileSectorSize(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int fileDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

int fileShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xShmMap(real, region, size, extend, out);
}

int fileShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void fileShmBarrier(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    real->pMethods->xShmBarrier(real);
}

int fileShmUnmap(sqlite3_file* file, int deleteFlag)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

// Version 2 methods: no memory-mapped I/O (xFetch), so every page read goes through xRead and can fail.
const sqlite3_io_methods faultMethods = {
    2,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    nullptr,
    nullptr,
};

int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return state->real->xDelete(state->real, name, syncDir);
}

int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return state->real->xAccess(state->real, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return state->real->xFullPathname(state->real, name, size, out);
}

void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return state->real->xDlOpen(state->real, name);
}

void vfsDlError(sqlite3_vfs*, int size, char* out)
{
    state->real->xDlError(state->real, size, out);
}

void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return state->real->xDlSym(state->real, handle, symbol);
}

void vfsDlClose(sqlite3_vfs*, void* handle)
{
    state->real->xDlClose(state->real, handle);
}

int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return state->real->xRandomness(state->real, size, out);
}

int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return state->real->xSleep(state->real, microseconds);
}

int vfsCurrentTime(sqlite3_vfs*, double* out)
{
    return state->real->xCurrentTime(state->real, out);
}

int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return state->real->xGetLastError(state->real, size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return state->real->xCurrentTimeInt64(state->real, out);
}

} // namespace

FaultInjectionVfs::FaultInjectionVfs()
{
    if (state)
        throw std::logic_error("one FaultInjectionVfs at a time");
    state = new FaultState;
    state->real = sqlite3_vfs_find(nullptr);
    m_vfs.iVersion = 2;
    m_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + state->real->szOsFile;
    m_vfs.mxPathname = state->real->mxPathname;
    m_vfs.zName = "carddesk-fault-injection";
    m_vfs.xOpen = &FaultInjectionVfs::open;
    m_vfs.xDelete = vfsDelete;
    m_vfs.xAccess = vfsAccess;
    m_vfs.xFullPathname = vfsFullPathname;
    m_vfs.xDlOpen = vfsDlOpen;
    m_vfs.xDlError = vfsDlError;
    m_vfs.xDlSym = vfsDlSym;
    m_vfs.xDlClose = vfsDlClose;
    m_vfs.xRandomness = vfsRandomness;
    m_vfs.xSleep = vfsSleep;
    m_vfs.xCurrentTime = vfsCurrentTime;
    m_vfs.xGetLastError = vfsGetLastError;
    m_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    sqlite3_vfs_register(&m_vfs, 1);
}

FaultInjectionVfs::~FaultInjectionVfs()
{
    sqlite3_vfs_unregister(&m_vfs);
    sqlite3_vfs_register(state->real, 1); // the real one is the default again
    delete state;
    state = nullptr;
}

int FaultInjectionVfs::open(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapper = reinterpret_cast<FaultFile*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    wrapper->real->pMethods = nullptr;
    const int rc = state->real->xOpen(state->real, name, wrapper->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, also after a failed open.
    file->pMethods = wrapper->real->pMethods ? &faultMethods : nullptr;
    return rc;
}

void FaultInjectionVfs::count()
{
    state->counting = true;
    state->armed = false;
    state->fired = false;
    for (int& n : state->counts)
        n = 0;
}

void FaultInjectionVfs::arm(Operation operation, int n, Failure failure, bool persistent)
{
    count();
    state->armed = true;
    state->operation = operation;
    state->failAt = n;
    state->failure = failure;
    state->persistent = persistent;
}

void FaultInjectionVfs::disarm()
{
    state->counting = false;
    state->armed = false;
}

int FaultInjectionVfs::counted(Operation operation) const
{
    return state->counts[static_cast<int>(operation)];
}

bool FaultInjectionVfs::fired() const
{
    return state->fired;
}

} // namespace carddesk::storage::test
