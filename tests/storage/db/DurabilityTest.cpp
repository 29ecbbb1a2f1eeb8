#include "storage/db/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <poll.h>
#include <random>
#include <set>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace carddesk::storage {
namespace {

constexpr int kRounds = 20;

// The writer: inserts rows (one or a few per transaction, with enough payload to make SQLite checkpoint now and
// then) and, only after Database::write has returned success, tells the parent the id. Runs until killed.
[[noreturn]] void runWriter(const QString& path, int ackFd, unsigned seed)
{
    auto db = Database::open(path);
    if (!db)
        _exit(12);
    std::mt19937 random(seed);
    const std::string payload(1500, 'x');
    for (;;) {
        int64_t lastId = 0;
        const int rowsInTransaction = 1 + static_cast<int>(random() % 3);
        auto status = (*db)->write([&]() -> core::Status {
            SQLite::Statement insert((*db)->sql(), "INSERT INTO test_acked (payload) VALUES (?)");
            for (int i = 0; i < rowsInTransaction; ++i) {
                insert.bind(1, payload);
                insert.exec();
                insert.reset();
            }
            lastId = (*db)->sql().getLastInsertRowid();
            return {};
        });
        if (!status)
            _exit(11);
        if (write(ackFd, &lastId, sizeof lastId) != static_cast<ssize_t>(sizeof lastId))
            _exit(13);
    }
}

// Reads acknowledged ids until the deadline (or end of file when deadlineMs < 0).
void readAcks(int fd, std::set<int64_t>& acked, int deadlineMs)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(deadlineMs);
    for (;;) {
        int timeout = -1;
        if (deadlineMs >= 0) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return;
            timeout = static_cast<int>(left.count());
        }
        pollfd p{fd, POLLIN, 0};
        const int ready = poll(&p, 1, timeout);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return;
        int64_t id = 0;
        const ssize_t n = read(fd, &id, sizeof id);
        if (n <= 0)
            return;                                    // end of file: the writer is gone
        ASSERT_EQ(n, static_cast<ssize_t>(sizeof id)); // pipe writes of 8 bytes are atomic
        acked.insert(id);
    }
}

TEST(DurabilityTest, EveryAcknowledgedWriteSurvivesKillMinus9)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("durable.carddesk"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        (*db)->sql().exec("CREATE TABLE test_acked (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
    }

    std::mt19937 random(20240601);
    std::set<int64_t> acked;
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(fds[0]);
            runWriter(path, fds[1], static_cast<unsigned>(round));
        }
        close(fds[1]);
        // Wait for its first commit (the machine may be busy), then let it run a random while and kill it
        // wherever it is: inside a transaction, a commit, a checkpoint or between two.
        const std::size_t before = acked.size();
        const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (acked.size() == before && std::chrono::steady_clock::now() < giveUp)
            readAcks(fds[0], acked, 20);
        readAcks(fds[0], acked, static_cast<int>(random() % 100));
        ASSERT_EQ(kill(child, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        readAcks(fds[0], acked, -1); // acknowledgements still in the pipe count too
        close(fds[0]);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            << "the writer stopped by itself, exit code " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        EXPECT_GT(acked.size(), before) << "the writer never committed: the kill proved nothing";

        auto db = Database::open(path); // runs quick_check on open
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        auto& sql = (*db)->sql();
        EXPECT_EQ(sql.execAndGet("PRAGMA integrity_check").getString(), "ok");
        std::set<int64_t> present;
        SQLite::Statement ids(sql, "SELECT id FROM test_acked");
        while (ids.executeStep())
            present.insert(ids.getColumn(0).getInt64());
        std::size_t missing = 0;
        for (int64_t id : acked)
            missing += present.count(id) == 0 ? 1 : 0;
        ASSERT_EQ(missing, 0u) << "acknowledged ids lost after kill -9";
        // Transactions are whole: every id below the largest present one is there (ids are never reused here).
        EXPECT_EQ(static_cast<int64_t>(present.size()), present.empty() ? 0 : *present.rbegin());
    }
}

} // namespace
} // namespace carddesk::storage
