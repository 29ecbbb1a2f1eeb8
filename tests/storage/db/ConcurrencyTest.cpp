#include "storage/db/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <cerrno>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

namespace carddesk::storage {
namespace {

using core::ErrorCode;

constexpr int kIncrementsPerWriter = 200;
// How far one writer may run ahead of the other. Without a bound a loaded machine (CI runs tests two at a time)
// can leave one process unscheduled until the other has finished, and the two never contend at all.
constexpr int kMaxLead = 4;

// Exit codes of a writer process.
enum WriterExit
{
    kWriterOk = 0,
    kWriterBusy = 10,
    kWriterFailed = 11,
    kWriterCannotOpen = 12,
    kWriterOtherStalled = 13
};

// Waits, outside any transaction, until the other writer has done at least `done` increments.
bool waitForOtherWriter(Database& db, int writer, int done)
{
    if (done <= 0)
        return true;
    SQLite::Statement count(db.sql(), "SELECT count(*) FROM test_rows WHERE writer = ?");
    count.bind(1, 1 - writer);
    for (int tries = 0; tries < 120'000; ++tries) { // two minutes at most
        count.reset();
        if (count.executeStep() && count.getColumn(0).getInt() >= done)
            return true;
        usleep(1000);
    }
    return false;
}

// One writer process: its own connection, N read-modify-write increments of one counter, each also inserting a
// row, every one through Database::write. Runs in a fork()ed child and never returns.
[[noreturn]] void runWriter(const QString& path, int writer, int goFd)
{
    auto db = Database::open(path);
    if (!db)
        _exit(kWriterCannotOpen);
    char go = 0;
    // Both writers start together, so their transactions really interleave.
    if (read(goFd, &go, 1) != 1)
        _exit(kWriterFailed);
    int busy = 0;
    int failed = 0;
    for (int i = 0; i < kIncrementsPerWriter; ++i) {
        if (!waitForOtherWriter(**db, writer, i - kMaxLead))
            _exit(kWriterOtherStalled);
        auto status = (*db)->write([&]() -> core::Status {
            auto& sql = (*db)->sql();
            // Read first, then write in the same transaction: with a deferred BEGIN this loses updates or fails
            // with SQLITE_BUSY; with BEGIN IMMEDIATE the second writer waits for the first.
            const int value = sql.execAndGet("SELECT value FROM test_counter WHERE id = 1").getInt();
            SQLite::Statement update(sql, "UPDATE test_counter SET value = ? WHERE id = 1");
            update.bind(1, value + 1);
            update.exec();
            SQLite::Statement insert(sql, "INSERT INTO test_rows (writer, n, seen) VALUES (?, ?, ?)");
            insert.bind(1, writer);
            insert.bind(2, i);
            insert.bind(3, value);
            insert.exec();
            return {};
        });
        if (!status) {
            std::fprintf(stderr, "writer %d, increment %d: %s\n", writer, i,
                         status.error().toString().toUtf8().constData());
            (status.error().code == ErrorCode::Busy ? busy : failed)++;
        }
        // A user's saves are not back to back; without a gap SQLite's sleeping busy handler lets one writer take
        // the lock again and again, and the two would merely run one after the other.
        usleep(1000);
    }
    db->reset();
    _exit(failed ? kWriterFailed : busy ? kWriterBusy : kWriterOk);
}

TEST(ConcurrencyTest, TwoProcessesIncrementingTheSameRowLoseNoUpdateAndSeeNoBusy)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.carddesk"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        (*db)->sql().exec("CREATE TABLE test_counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)");
        (*db)->sql().exec("INSERT INTO test_counter VALUES (1, 0)");
        (*db)->sql().exec("CREATE TABLE test_rows (id INTEGER PRIMARY KEY, writer INTEGER, n INTEGER, seen INTEGER)");
    } // closed before fork(): a child must never use a connection it inherited

    int go[2];
    ASSERT_EQ(pipe(go), 0);
    pid_t children[2];
    for (int writer = 0; writer < 2; ++writer) {
        children[writer] = fork();
        ASSERT_GE(children[writer], 0) << "fork failed: " << errno;
        if (children[writer] == 0) {
            close(go[1]);
            runWriter(path, writer, go[0]);
        }
    }
    close(go[0]);
    ASSERT_EQ(write(go[1], "gg", 2), 2);
    close(go[1]);

    for (pid_t child : children) {
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFEXITED(status)) << "writer crashed";
        EXPECT_EQ(WEXITSTATUS(status), kWriterOk)
            << "10: Busy returned to the caller, 11: other error, 12: open, 13: the other writer stalled";
    }

    auto db = Database::open(path);
    ASSERT_TRUE(db) << db.error().toString().toStdString();
    auto& sql = (*db)->sql();
    EXPECT_EQ(sql.execAndGet("SELECT value FROM test_counter WHERE id = 1").getInt(), 2 * kIncrementsPerWriter);
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM test_rows").getInt(), 2 * kIncrementsPerWriter);
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM test_rows WHERE writer = 0").getInt(), kIncrementsPerWriter);
    // Every increment saw a different value: no two transactions read the same counter.
    EXPECT_EQ(sql.execAndGet("SELECT count(DISTINCT seen) FROM test_rows").getInt(), 2 * kIncrementsPerWriter);
    // And they did interleave: otherwise this test proves nothing about concurrency.
    EXPECT_GT(sql.execAndGet("SELECT count(*) FROM test_rows a JOIN test_rows b ON b.id = a.id + 1 "
                             "WHERE a.writer <> b.writer")
                  .getInt(),
              10);
    auto check = (*db)->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->isEmpty()) << check->join(QLatin1Char('\n')).toStdString();
}

} // namespace
} // namespace carddesk::storage
