#pragma once

#include "storage/scores/ScoreBlock.h"

#include <array>
#include <cstdint>
#include <vector>

namespace carddesk::storage {

// A stored ScoreBlock read in place: its bytes are checked once, then entries are decoded one at a time. The
// scores table looks one customer up per step of a join (a rep's list sorted by risk: 100,000 look-ups), and
// decoding all forty entries of the block each time was most of a look-up's cost.
class ScoreBlockView
{
public:
    // Copies the bytes (SQLite's buffer lasts only until its statement moves on) and checks them (layout, order,
    // every code within its enumeration); false, and an empty view, when they are not a block this version can
    // read.
    bool assign(std::int64_t block, const void* data, int bytes);
    // An empty view of block `block`.
    void clear(std::int64_t block = 0);

    std::int64_t block() const { return m_block; }
    std::size_t size() const { return m_count; }
    // The entry of this customer, or size() when the block has none.
    std::size_t find(std::int64_t customerId) const;
    // Entry k into `out` (its reasons' string keeps its capacity: no allocation once warm).
    void entry(std::size_t k, ScoreEntry& out) const;

private:
    std::int64_t m_block = 0;
    std::size_t m_count = 0;
    std::vector<std::uint8_t> m_bytes;
    std::array<std::uint32_t, ScoreBlock::kCapacity> m_reasonsAt{}; // offset of each entry's reasons
};

} // namespace carddesk::storage
