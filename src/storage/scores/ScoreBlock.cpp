#include "storage/scores/ScoreBlock.h"

#include "storage/scores/ScoreBlockView.h"

#include <cstring>
#include <stdexcept>

namespace carddesk::storage {

namespace {

template <typename T> void put(std::string& out, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

} // namespace

std::int64_t ScoreBlock::blockOf(std::int64_t customerId)
{
    // Floor division: negative ids (never made by SQLite, but possible) land in negative blocks.
    return customerId >= 0 ? customerId / kCapacity : -((-customerId - 1) / kCapacity) - 1;
}

std::string ScoreBlock::encode(std::int64_t block, std::span<const ScoreEntry> entries)
{
    if (entries.size() > static_cast<std::size_t>(kCapacity))
        throw std::invalid_argument("too many entries for one score block");
    std::string out;
    std::size_t reasonBytes = 0;
    for (const ScoreEntry& e : entries)
        reasonBytes += e.churnReasons.size();
    out.reserve(kHeaderBytes + entries.size() * kRecordBytes + reasonBytes);
    out.push_back(static_cast<char>(kVersion));
    out.push_back(static_cast<char>(entries.size()));
    std::int64_t previous = -1;
    for (const ScoreEntry& e : entries) {
        const std::int64_t slot = e.customerId - block * kCapacity;
        if (slot < 0 || slot >= kCapacity || slot <= previous)
            throw std::invalid_argument("score block entries out of order or outside the block");
        if (e.churnReasons.size() > 0xffff)
            throw std::invalid_argument("churn reasons too long for a score block");
        previous = slot;
        put<std::uint8_t>(out, static_cast<std::uint8_t>(slot));
        put<std::int64_t>(out, e.runId);
        put<std::int32_t>(out, e.x);
        put<std::int32_t>(out, e.txDays);
        put<std::int32_t>(out, e.tDays);
        put<double>(out, e.monetaryMean);
        put<double>(out, e.revenue);
        put<double>(out, e.revenue12m);
        put<std::int32_t>(out, e.lastOrderDay);
        put<double>(out, e.pAlive);
        put<double>(out, e.clv12m);
        put<std::uint8_t>(out, e.abc);
        put<std::uint16_t>(out, e.rfm);
        put<std::uint8_t>(out, e.rfmSegment);
        put<std::uint8_t>(out, e.churnRisk);
        put<std::uint8_t>(out, e.stage);
        put<std::uint8_t>(out, e.stageRule);
        put<std::int32_t>(out, e.stageSinceDay);
        put<std::uint8_t>(out, e.advice);
        put<std::uint8_t>(out, e.stageRecorded);
        put<std::uint8_t>(out, e.stageStartRule);
        put<std::uint16_t>(out, static_cast<std::uint16_t>(e.churnReasons.size()));
        if (out.size() != kHeaderBytes + static_cast<std::size_t>(&e - entries.data() + 1) * kRecordBytes)
            throw std::logic_error("ScoreBlock::kRecordBytes does not match what encode writes");
    }
    for (const ScoreEntry& e : entries)
        out += e.churnReasons;
    return out;
}

std::string ScoreBlock::unreadable(std::int64_t block)
{
    return "the stored scores of customers " + std::to_string(block * kCapacity) + " to " +
           std::to_string(block * kCapacity + kCapacity - 1) + " (score_blocks row " + std::to_string(block) +
           ") cannot be read; score the customers again";
}

bool ScoreBlock::decode(std::int64_t block, const void* data, int bytes, std::vector<ScoreEntry>& out)
{
    ScoreBlockView view;
    if (!view.assign(block, data, bytes))
        return false;
    const std::size_t first = out.size();
    out.resize(first + view.size());
    for (std::size_t k = 0; k < view.size(); ++k)
        view.entry(k, out[first + k]);
    return true;
}

} // namespace carddesk::storage
