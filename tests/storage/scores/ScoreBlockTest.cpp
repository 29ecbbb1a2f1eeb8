#include "storage/scores/ScoreBlock.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace carddesk::storage {
namespace {

// Doubles compared by their bits: the block copies them as they are, so a NaN must come back as the same NaN
// (ScoreEntry's operator== never holds for NaN fields).
bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

void expectSame(const ScoreEntry& got, const ScoreEntry& want)
{
    EXPECT_EQ(got.customerId, want.customerId);
    EXPECT_EQ(got.runId, want.runId);
    EXPECT_EQ(got.x, want.x);
    EXPECT_EQ(got.txDays, want.txDays);
    EXPECT_EQ(got.tDays, want.tDays);
    EXPECT_TRUE(sameBits(got.monetaryMean, want.monetaryMean)) << got.monetaryMean << " vs " << want.monetaryMean;
    EXPECT_TRUE(sameBits(got.revenue, want.revenue)) << got.revenue << " vs " << want.revenue;
    EXPECT_TRUE(sameBits(got.revenue12m, want.revenue12m)) << got.revenue12m << " vs " << want.revenue12m;
    EXPECT_EQ(got.lastOrderDay, want.lastOrderDay);
    EXPECT_TRUE(sameBits(got.pAlive, want.pAlive)) << got.pAlive << " vs " << want.pAlive;
    EXPECT_TRUE(sameBits(got.clv12m, want.clv12m)) << got.clv12m << " vs " << want.clv12m;
    EXPECT_EQ(got.abc, want.abc);
    EXPECT_EQ(got.rfm, want.rfm);
    EXPECT_EQ(got.rfmSegment, want.rfmSegment);
    EXPECT_EQ(got.churnRisk, want.churnRisk);
    EXPECT_EQ(got.stage, want.stage);
    EXPECT_EQ(got.stageRule, want.stageRule);
    EXPECT_EQ(got.stageSinceDay, want.stageSinceDay);
    EXPECT_EQ(got.advice, want.advice);
    EXPECT_EQ(got.stageRecorded, want.stageRecorded);
    EXPECT_EQ(got.churnReasons, want.churnReasons);
}

void expectSame(const std::vector<ScoreEntry>& got, const std::vector<ScoreEntry>& want)
{
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
        SCOPED_TRACE("entry " + std::to_string(k));
        expectSame(got[k], want[k]);
    }
}

// An entry whose every field differs from its default and, through `seed`, from its neighbours' (so that a field
// read from the wrong offset or the wrong entry shows). Reasons of seed % 4 bytes, including NUL and 0xff.
ScoreEntry entry(std::int64_t customerId, int seed)
{
    ScoreEntry e;
    e.customerId = customerId;
    e.runId = 1'000'000'000'000LL + seed;
    e.x = 3 + seed;
    e.txDays = 400 + seed;
    e.tDays = 700 + seed;
    e.monetaryMean = 55.25 + seed;
    e.revenue = 9000.5 + seed;
    e.revenue12m = 3000.75 + seed;
    e.lastOrderDay = 20'000 + seed;
    e.pAlive = 0.125 + seed / 1000.0;
    e.clv12m = 123.5 + seed;
    e.abc = static_cast<std::uint8_t>(1 + seed % 3);
    e.rfm = static_cast<std::uint16_t>(111 + seed);
    e.rfmSegment = static_cast<std::uint8_t>(1 + seed % 10);
    e.churnRisk = static_cast<std::uint8_t>(1 + seed % 3);
    e.stage = static_cast<std::uint8_t>(1 + seed % 7);
    e.stageRule = static_cast<std::uint8_t>(1 + seed % 13);
    e.stageSinceDay = 19'000 + seed;
    e.advice = static_cast<std::uint8_t>(1 + seed % 3);
    e.stageRecorded = static_cast<std::uint8_t>(seed % 2); // 0 (not the default) on every other entry
    static const char kBytes[] = {'\x01', '\0', '\xff', '\x7f'};
    e.churnReasons.assign(kBytes, static_cast<std::size_t>(seed % 4));
    return e;
}

std::vector<ScoreEntry> decodeOrFail(std::int64_t block, const std::string& bytes)
{
    std::vector<ScoreEntry> out;
    EXPECT_TRUE(ScoreBlock::decode(block, bytes.data(), static_cast<int>(bytes.size()), out));
    return out;
}

// Bytes of one entry's fixed fields, from the encoder itself (no reasons): the offset of entry k's slot byte is
// 2 + k * fixedSize().
std::size_t fixedSize()
{
    ScoreEntry e;
    e.customerId = 0;
    return ScoreBlock::encode(0, std::vector<ScoreEntry>{e}).size() - 2;
}

TEST(ScoreBlockTest, BlockOfIsFloorDivisionByForty)
{
    EXPECT_EQ(ScoreBlock::kCapacity, 40);
    EXPECT_EQ(ScoreBlock::blockOf(0), 0);
    EXPECT_EQ(ScoreBlock::blockOf(1), 0);
    EXPECT_EQ(ScoreBlock::blockOf(39), 0);
    EXPECT_EQ(ScoreBlock::blockOf(40), 1);
    EXPECT_EQ(ScoreBlock::blockOf(79), 1);
    EXPECT_EQ(ScoreBlock::blockOf(80), 2);
    EXPECT_EQ(ScoreBlock::blockOf(1000), 25);
    // Negative ids round down, not towards zero: -1 .. -40 are block -1, -41 is block -2.
    EXPECT_EQ(ScoreBlock::blockOf(-1), -1);
    EXPECT_EQ(ScoreBlock::blockOf(-40), -1);
    EXPECT_EQ(ScoreBlock::blockOf(-41), -2);
    EXPECT_EQ(ScoreBlock::blockOf(std::numeric_limits<std::int64_t>::max()),
              std::numeric_limits<std::int64_t>::max() / 40);
}

TEST(ScoreBlockTest, EveryFieldSurvivesARoundTrip)
{
    ScoreEntry a;
    a.customerId = 81;
    a.runId = 9'876'543'210LL;
    a.x = -7;
    a.txDays = 123'456;
    a.tDays = 654'321;
    a.monetaryMean = 1234.5678;
    a.revenue = -0.5;
    a.revenue12m = 1e300;
    a.lastOrderDay = -365;
    a.pAlive = 0.987654321;
    a.clv12m = 4321.125;
    a.abc = 3;
    a.rfm = 545;
    a.rfmSegment = 10;
    a.churnRisk = 2;
    a.stage = 7;
    a.stageRule = 255;
    a.stageSinceDay = 20'300;
    a.advice = 3;
    a.stageRecorded = 0;
    a.churnReasons = std::string("\x02\x00\x10\xff\x80z", 6);

    // No model: NaN p_alive and CLV, no days.
    ScoreEntry b;
    b.customerId = 100;
    b.runId = 1;
    b.x = 1;
    b.txDays = 2;
    b.tDays = 3;
    b.monetaryMean = 4;
    b.revenue = 5;
    b.revenue12m = 6;
    b.lastOrderDay = ScoreEntry::kNoDay;
    b.pAlive = std::numeric_limits<double>::quiet_NaN();
    b.clv12m = std::numeric_limits<double>::quiet_NaN();
    b.abc = 1;
    b.rfm = 111;
    b.rfmSegment = 1;
    b.churnRisk = 3;
    b.stage = 1;
    b.stageRule = 1;
    b.stageSinceDay = ScoreEntry::kNoDay;
    b.advice = 1;
    b.stageRecorded = 0;
    b.churnReasons = std::string("\x00", 1);

    ScoreEntry c = entry(119, 5); // the block's last slot

    const std::vector<ScoreEntry> entries{a, b, c};
    const std::string bytes = ScoreBlock::encode(2, entries);
    const std::vector<ScoreEntry> back = decodeOrFail(2, bytes);
    expectSame(back, entries);
    EXPECT_TRUE(std::isnan(back.at(1).pAlive));
    EXPECT_TRUE(std::isnan(back.at(1).clv12m));
    EXPECT_EQ(back.at(1).lastOrderDay, ScoreEntry::kNoDay);
    EXPECT_EQ(back.at(1).stageSinceDay, ScoreEntry::kNoDay);
    // Without NaNs the defaulted operator== agrees.
    EXPECT_EQ(back.at(0), a);
    EXPECT_EQ(back.at(2), c);
}

TEST(ScoreBlockTest, ANegativeBlockHoldsItsIds)
{
    ASSERT_EQ(ScoreBlock::blockOf(-1), -1);
    const std::vector<ScoreEntry> entries{entry(-40, 1), entry(-20, 2), entry(-1, 3)};
    const std::string bytes = ScoreBlock::encode(-1, entries);
    expectSame(decodeOrFail(-1, bytes), entries);
    // -41 is block -2's, 0 block 0's.
    EXPECT_THROW(ScoreBlock::encode(-1, std::vector<ScoreEntry>{entry(-41, 1)}), std::invalid_argument);
    EXPECT_THROW(ScoreBlock::encode(-1, std::vector<ScoreEntry>{entry(0, 1)}), std::invalid_argument);
}

TEST(ScoreBlockTest, AnEmptyBlockDecodesToNothing)
{
    const std::string bytes = ScoreBlock::encode(7, {});
    EXPECT_EQ(bytes.size(), 2u); // version and count
    std::vector<ScoreEntry> out;
    EXPECT_TRUE(ScoreBlock::decode(7, bytes.data(), static_cast<int>(bytes.size()), out));
    EXPECT_TRUE(out.empty());
}

TEST(ScoreBlockTest, AFullBlockOfFortyRoundTrips)
{
    std::vector<ScoreEntry> entries;
    for (int k = 0; k < 40; ++k)
        entries.push_back(entry(3 * 40 + k, k));
    const std::string bytes = ScoreBlock::encode(3, entries);
    const std::vector<ScoreEntry> back = decodeOrFail(3, bytes);
    expectSame(back, entries);
    EXPECT_EQ(back.front().customerId, 120);
    EXPECT_EQ(back.back().customerId, 159);
}

TEST(ScoreBlockTest, EncodeRejectsEntriesOutOfOrderDuplicatedOutsideTheBlockOrTooMany)
{
    EXPECT_THROW(ScoreBlock::encode(0, std::vector<ScoreEntry>{entry(5, 1), entry(3, 2)}), std::invalid_argument);
    EXPECT_THROW(ScoreBlock::encode(0, std::vector<ScoreEntry>{entry(5, 1), entry(5, 2)}), std::invalid_argument);
    // 40 is block 1's first id, 39 block 0's last.
    EXPECT_THROW(ScoreBlock::encode(0, std::vector<ScoreEntry>{entry(40, 1)}), std::invalid_argument);
    EXPECT_THROW(ScoreBlock::encode(1, std::vector<ScoreEntry>{entry(39, 1)}), std::invalid_argument);
    EXPECT_THROW(ScoreBlock::encode(0, std::vector<ScoreEntry>{entry(-1, 1)}), std::invalid_argument);
    EXPECT_THROW(ScoreBlock::encode(0, std::vector<ScoreEntry>{entry(1, 1), entry(2, 2), entry(45, 3)}),
                 std::invalid_argument);

    std::vector<ScoreEntry> fortyOne;
    for (int k = 0; k <= 40; ++k)
        fortyOne.push_back(entry(k, k));
    EXPECT_THROW(ScoreBlock::encode(0, fortyOne), std::invalid_argument);
    fortyOne.pop_back();
    EXPECT_NO_THROW(ScoreBlock::encode(0, fortyOne)); // the same forty without the 41st are fine

    ScoreEntry longReasons = entry(1, 1);
    longReasons.churnReasons.assign(0x10000, 'r'); // its length does not fit the 16-bit field
    EXPECT_THROW(ScoreBlock::encode(0, std::vector<ScoreEntry>{longReasons}), std::invalid_argument);
}

TEST(ScoreBlockTest, DecodeRefusesEveryTruncationAndLeavesOutAsItWas)
{
    // Reasons on every entry but the first, so that cuts fall in fixed fields and in the reasons alike.
    const std::vector<ScoreEntry> entries{entry(40, 4), entry(41, 1), entry(60, 2), entry(79, 3)};
    const std::string bytes = ScoreBlock::encode(1, entries);
    const ScoreEntry sentinel = entry(7, 9);
    for (std::size_t length = 0; length < bytes.size(); ++length) {
        SCOPED_TRACE("first " + std::to_string(length) + " of " + std::to_string(bytes.size()) + " bytes");
        std::vector<ScoreEntry> out{sentinel};
        EXPECT_FALSE(ScoreBlock::decode(1, bytes.data(), static_cast<int>(length), out));
        ASSERT_EQ(out.size(), 1u);
        EXPECT_EQ(out[0], sentinel);
    }
    std::vector<ScoreEntry> out{sentinel};
    EXPECT_FALSE(ScoreBlock::decode(1, nullptr, 0, out));
    EXPECT_EQ(out, std::vector<ScoreEntry>{sentinel});
    EXPECT_TRUE(ScoreBlock::decode(1, bytes.data(), static_cast<int>(bytes.size()), out));
    EXPECT_EQ(out.size(), 5u);
}

TEST(ScoreBlockTest, DecodeRefusesAnotherVersionTrailingBytesAndTooManyEntries)
{
    const std::vector<ScoreEntry> entries{entry(1, 1), entry(2, 2)};
    const std::string bytes = ScoreBlock::encode(0, entries);
    const ScoreEntry sentinel = entry(3, 3);
    auto refused = [&](std::string damaged) {
        std::vector<ScoreEntry> out{sentinel};
        const bool ok = ScoreBlock::decode(0, damaged.data(), static_cast<int>(damaged.size()), out);
        return !ok && out == std::vector<ScoreEntry>{sentinel};
    };
    ASSERT_FALSE(refused(bytes)); // the undamaged bytes decode

    for (char version :
         {'\0', static_cast<char>(ScoreBlock::kVersion - 1), static_cast<char>(ScoreBlock::kVersion + 1), '\xff'}) {
        std::string damaged = bytes;
        damaged[0] = version;
        EXPECT_TRUE(refused(damaged)) << "version " << int(static_cast<unsigned char>(version));
    }
    EXPECT_TRUE(refused(bytes + '\0'));
    EXPECT_TRUE(refused(bytes + "garbage"));
    EXPECT_TRUE(refused(ScoreBlock::encode(0, {}) + 'x'));

    // A count of 41 on a full block with a 41st entry's bytes after it.
    std::vector<ScoreEntry> forty;
    for (int k = 0; k < 40; ++k)
        forty.push_back(entry(k, 0)); // seed 0: no reasons, so the fixed fields are the whole block
    std::string tooMany = ScoreBlock::encode(0, forty);
    ASSERT_EQ(static_cast<unsigned char>(tooMany[1]), 40);
    tooMany[1] = 41;
    tooMany += tooMany.substr(2 + 39 * fixedSize(), fixedSize());
    EXPECT_TRUE(refused(tooMany));
    // A count of 200 on an empty block.
    std::string empty = ScoreBlock::encode(0, {});
    empty[1] = static_cast<char>(200);
    EXPECT_TRUE(refused(empty));
}

TEST(ScoreBlockTest, DecodeRefusesSlotsOutOfOrderRepeatedOrPastTheBlock)
{
    const std::vector<ScoreEntry> entries{entry(3, 1), entry(7, 2), entry(9, 3)};
    const std::string bytes = ScoreBlock::encode(0, entries);
    const std::size_t size = fixedSize();
    ASSERT_EQ(bytes[2], 3);
    ASSERT_EQ(bytes[2 + size], 7);
    ASSERT_EQ(bytes[2 + 2 * size], 9);
    const ScoreEntry sentinel = entry(30, 3);
    auto refused = [&](std::size_t entryIndex, char slot) {
        std::string damaged = bytes;
        damaged[2 + entryIndex * size] = slot;
        std::vector<ScoreEntry> out{sentinel};
        const bool ok = ScoreBlock::decode(0, damaged.data(), static_cast<int>(damaged.size()), out);
        return !ok && out == std::vector<ScoreEntry>{sentinel};
    };
    EXPECT_TRUE(refused(0, 8));  // 8, 7, 9
    EXPECT_TRUE(refused(1, 2));  // 3, 2, 9
    EXPECT_TRUE(refused(1, 3));  // 3, 3, 9
    EXPECT_TRUE(refused(2, 7));  // 3, 7, 7
    EXPECT_TRUE(refused(2, 40)); // past the block's last slot
    EXPECT_TRUE(refused(2, static_cast<char>(255)));
    EXPECT_FALSE(refused(1, 8)); // 3, 8, 9 is still a block: the slots alone decide the ids
}

TEST(ScoreBlockTest, DecodeAppendsToWhatOutAlreadyHolds)
{
    const std::vector<ScoreEntry> first{entry(0, 1), entry(39, 2)};
    const std::vector<ScoreEntry> second{entry(40, 3), entry(41, 1), entry(79, 2)};
    std::vector<ScoreEntry> out = decodeOrFail(0, ScoreBlock::encode(0, first));
    const std::string bytes = ScoreBlock::encode(1, second);
    ASSERT_TRUE(ScoreBlock::decode(1, bytes.data(), static_cast<int>(bytes.size()), out));
    std::vector<ScoreEntry> both = first;
    both.insert(both.end(), second.begin(), second.end());
    expectSame(out, both);
}

TEST(ScoreBlockTest, TheBlockNumberGivesTheIdsTheirBase)
{
    // Ids are stored as slots: the same bytes read as block 5 are ids 200 + slot.
    const std::string bytes = ScoreBlock::encode(0, std::vector<ScoreEntry>{entry(2, 1), entry(38, 2)});
    const std::vector<ScoreEntry> back = decodeOrFail(5, bytes);
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].customerId, 202);
    EXPECT_EQ(back[1].customerId, 238);
}

} // namespace
} // namespace carddesk::storage
