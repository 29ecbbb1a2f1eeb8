#pragma once

#include "storage/scores/ScoreEntry.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace carddesk::storage {

// The scores of up to kCapacity customers with neighbouring ids (block b holds ids b*kCapacity ..
// b*kCapacity + kCapacity - 1) as one BLOB of the score_blocks table. A scoring run stores a million customers
// as 25,000 such rows instead of a million rows: SQLite's per-row work (record building, B-tree insert, page
// balancing) was 1.0-1.3 s of a 3 s run; the blocks cost a twentieth of it. Forty entries of 81 bytes plus a
// few churn reasons fill one 4 KiB page.
//
// Layout (numbers as the machine writes them, like ChurnReasonCodec): a version byte, the entry count, then per
// entry its fixed fields (slot = id - first id of the block, run, counts, amounts, days, codes, reasons' length)
// in ascending slot order, then the entries' churn reasons back to back.
class ScoreBlock
{
public:
    static constexpr std::int64_t kCapacity = 40;
    // 2: 81-byte entries with the stage's start rule (1 was an unreleased build's 80-byte layout: unreadable,
    // rewritten by the next scoring run).
    static constexpr std::uint8_t kVersion = 2;
    static constexpr std::size_t kHeaderBytes = 2;     // version, entry count
    static constexpr std::size_t kRecordBytes = 81;    // one entry's fixed fields
    static constexpr std::size_t kReasonLengthAt = 79; // where in a record the length of its reasons is

    // "the stored scores of ... cannot be read; score the customers again"
    static std::string unreadable(std::int64_t block);

    static std::int64_t blockOf(std::int64_t customerId);

    // entries: ascending customer ids, all in block `block`, at most kCapacity. Throws std::invalid_argument
    // otherwise (a programming error, never data).
    static std::string encode(std::int64_t block, std::span<const ScoreEntry> entries);
    // Appends the entries of a stored block to `out`; false (and `out` as it was) when the bytes are not a
    // block this version can read.
    static bool decode(std::int64_t block, const void* data, int bytes, std::vector<ScoreEntry>& out);
};

} // namespace carddesk::storage
