#include "StorageFixture.h"

#include "storage/scores/ScoreBlockStore.h"
#include "storage/scores/ScoreBlockWriter.h"

#include <map>
#include <stdexcept>
#include <vector>

namespace carddesk::storage::test {
namespace {

constexpr std::int64_t kOldRun = 1;
constexpr std::int64_t kNewRun = 2;

ScoreEntry entry(std::int64_t customerId, std::int64_t runId)
{
    ScoreEntry e;
    e.customerId = customerId;
    e.runId = runId;
    e.x = static_cast<std::int32_t>(customerId); // something of the customer's own
    e.churnReasons = std::string(1, static_cast<char>(customerId % 251));
    return e;
}

// Stored entries before each case: blocks 0, 1, 2, 3, 4, 5 and 7 (none in 6), each with a few customers.
const std::vector<std::int64_t> kStored{1, 5, 39, 40, 45, 85, 90, 121, 170, 175, 179, 200, 210, 290};

// ScoreBlockWriter on the application's connection at the latest schema (score_blocks as migrations made it).
class ScoreBlockWriterTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_store = std::make_unique<ScoreBlockStore>(db().sql().getHandle());
        std::map<std::int64_t, std::vector<ScoreEntry>> blocks;
        for (std::int64_t id : kStored)
            blocks[ScoreBlock::blockOf(id)].push_back(entry(id, kOldRun));
        for (const auto& [block, entries] : blocks)
            m_store->write(block, entries);
        ASSERT_EQ(stored().size(), kStored.size());
    }

    // Every stored entry's id and run, in id order, read back block by block.
    std::map<std::int64_t, std::int64_t> stored()
    {
        std::map<std::int64_t, std::int64_t> runs;
        SQLite::Statement blocks(db().sql(), "SELECT id FROM score_blocks ORDER BY id");
        while (blocks.executeStep()) {
            std::vector<ScoreEntry> entries;
            m_store->read(blocks.getColumn(0).getInt64(), entries);
            EXPECT_FALSE(entries.empty()) << "block " << blocks.getColumn(0).getInt64() << " is stored empty";
            for (const ScoreEntry& e : entries) {
                EXPECT_EQ(e.x, e.customerId) << "entry " << e.customerId << " holds another's fields";
                runs[e.customerId] = e.runId;
            }
        }
        return runs;
    }

    std::vector<std::int64_t> storedBlocks()
    {
        std::vector<std::int64_t> ids;
        SQLite::Statement blocks(db().sql(), "SELECT id FROM score_blocks ORDER BY id");
        while (blocks.executeStep())
            ids.push_back(blocks.getColumn(0).getInt64());
        return ids;
    }

    std::size_t run(ScoreBlockWriter::Mode mode, std::int64_t lastId, const std::vector<std::int64_t>& added)
    {
        ScoreBlockWriter writer(*m_store, mode, lastId);
        for (std::int64_t id : added)
            writer.add(entry(id, kNewRun));
        writer.finish();
        return writer.blocksWritten();
    }

    std::unique_ptr<ScoreBlockStore> m_store;
};

using Runs = std::map<std::int64_t, std::int64_t>;

TEST_F(ScoreBlockWriterTest, WholeOfficeReplacesTheRunsCustomersUpToLastIdAndKeepsTheNewerCards)
{
    // lastId 175 (block 4). Nothing added to blocks 0 (before the first added block) and 2 (between added ones):
    // they go. In block 1, 40 was not added (a deleted customer) and goes; 45 is replaced, 50 is new. In lastId's
    // block, 170 is replaced, 175 goes, 179 (created after the run read its data) stays; blocks 5 and 7 stay.
    const std::size_t written = run(ScoreBlockWriter::Mode::WholeOffice, 175, {45, 50, 121, 125, 170});
    EXPECT_EQ(stored(), (Runs{{45, kNewRun},
                              {50, kNewRun},
                              {121, kNewRun},
                              {125, kNewRun},
                              {170, kNewRun},
                              {179, kOldRun},
                              {200, kOldRun},
                              {210, kOldRun},
                              {290, kOldRun}}));
    EXPECT_EQ(storedBlocks(), (std::vector<std::int64_t>{1, 3, 4, 5, 7}));
    EXPECT_EQ(written, 3u); // blocks 1, 3 and 4
}

TEST_F(ScoreBlockWriterTest, WholeOfficeClearsUpToLastIdsBlockAfterTheLastAddedOne)
{
    // The last added block (1) lies before lastId's (4): blocks 2 and 3 go, block 4 keeps only 179.
    const std::size_t written = run(ScoreBlockWriter::Mode::WholeOffice, 175, {45});
    EXPECT_EQ(stored(), (Runs{{45, kNewRun}, {179, kOldRun}, {200, kOldRun}, {210, kOldRun}, {290, kOldRun}}));
    EXPECT_EQ(storedBlocks(), (std::vector<std::int64_t>{1, 4, 5, 7}));
    EXPECT_EQ(written, 1u);
}

TEST_F(ScoreBlockWriterTest, WholeOfficeRemovesLastIdsBlockWhenNothingInItIsNewer)
{
    // lastId 179 is its block's last stored id and nothing of that block is added: the block goes entirely (no
    // empty block is left behind).
    const std::size_t written = run(ScoreBlockWriter::Mode::WholeOffice, 179, {5});
    EXPECT_EQ(stored(), (Runs{{5, kNewRun}, {200, kOldRun}, {210, kOldRun}, {290, kOldRun}}));
    EXPECT_EQ(storedBlocks(), (std::vector<std::int64_t>{0, 5, 7}));
    EXPECT_EQ(written, 1u);
}

TEST_F(ScoreBlockWriterTest, WholeOfficeWithNothingAddedKeepsOnlyTheIdsAboveLastId)
{
    const std::size_t written = run(ScoreBlockWriter::Mode::WholeOffice, 200, {});
    EXPECT_EQ(stored(), (Runs{{210, kOldRun}, {290, kOldRun}}));
    EXPECT_EQ(storedBlocks(), (std::vector<std::int64_t>{5, 7}));
    EXPECT_EQ(written, 0u);
}

TEST_F(ScoreBlockWriterTest, WholeOfficeAtTheLastIdReplacesEverythingBelowAndKeepsTheRest)
{
    // Every block from 0 to lastId's is written; the writer never touches blocks after it.
    const std::size_t written = run(ScoreBlockWriter::Mode::WholeOffice, 210, {1, 39, 41, 200, 205});
    EXPECT_EQ(stored(),
              (Runs{{1, kNewRun}, {39, kNewRun}, {41, kNewRun}, {200, kNewRun}, {205, kNewRun}, {290, kOldRun}}));
    EXPECT_EQ(storedBlocks(), (std::vector<std::int64_t>{0, 1, 5, 7}));
    EXPECT_EQ(written, 3u);
}

TEST_F(ScoreBlockWriterTest, ScopeReplacesTheAddedEntriesAndKeepsEveryOther)
{
    // Another user's customers (not added) stay, in touched blocks and untouched ones; lastId plays no part.
    const std::size_t written = run(ScoreBlockWriter::Mode::Scope, 0, {5, 6, 85, 300});
    Runs want;
    for (std::int64_t id : kStored)
        want[id] = kOldRun;
    for (std::int64_t id : {5, 6, 85, 300})
        want[id] = kNewRun;
    EXPECT_EQ(stored(), want);
    EXPECT_EQ(storedBlocks(), (std::vector<std::int64_t>{0, 1, 2, 3, 4, 5, 7}));
    EXPECT_EQ(written, 3u); // blocks 0, 2 and 7
}

TEST_F(ScoreBlockWriterTest, ScopeWithNothingAddedChangesNothing)
{
    const Runs before = stored();
    EXPECT_EQ(run(ScoreBlockWriter::Mode::Scope, 1000, {}), 0u);
    EXPECT_EQ(stored(), before);
}

TEST_F(ScoreBlockWriterTest, AddingOutOfOrderThrows)
{
    for (auto mode : {ScoreBlockWriter::Mode::WholeOffice, ScoreBlockWriter::Mode::Scope}) {
        {
            ScoreBlockWriter writer(*m_store, mode, 300);
            writer.add(entry(10, kNewRun));
            EXPECT_THROW(writer.add(entry(9, kNewRun)), std::invalid_argument);  // same block, lower id
            EXPECT_THROW(writer.add(entry(10, kNewRun)), std::invalid_argument); // the same id again
        }
        {
            ScoreBlockWriter writer(*m_store, mode, 300);
            writer.add(entry(45, kNewRun));
            writer.add(entry(90, kNewRun));                                      // block 2: block 1 has been written
            EXPECT_THROW(writer.add(entry(50, kNewRun)), std::invalid_argument); // an earlier block
            EXPECT_THROW(writer.add(entry(89, kNewRun)), std::invalid_argument); // same block, lower id
        }
    }
}

} // namespace
} // namespace carddesk::storage::test
