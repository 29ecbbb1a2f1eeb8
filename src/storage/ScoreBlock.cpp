#include "storage/ScoreBlock.h"

#include <cstring>
#include <stdexcept>

namespace carddesk::storage {

namespace {

constexpr std::uint8_t kVersion = 1;

template <typename T> void put(std::string& out, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

// Reads fixed-size fields from a byte range; a read past the end leaves the reader failed.
class Reader
{
public:
    Reader(const std::uint8_t* at, const std::uint8_t* end) : m_at(at), m_end(end) {}
    template <typename T> T take()
    {
        T value{};
        if (m_end - m_at < static_cast<std::ptrdiff_t>(sizeof(T))) {
            m_failed = true;
            m_at = m_end;
            return value;
        }
        std::memcpy(&value, m_at, sizeof(T));
        m_at += sizeof(T);
        return value;
    }
    bool failed() const { return m_failed; }
    const std::uint8_t* at() const { return m_at; }
    void skip(std::size_t bytes) { m_at += bytes; }

private:
    const std::uint8_t* m_at;
    const std::uint8_t* m_end;
    bool m_failed = false;
};

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
    out.reserve(2 + entries.size() * 80 + reasonBytes);
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
        put<std::uint16_t>(out, static_cast<std::uint16_t>(e.churnReasons.size()));
    }
    for (const ScoreEntry& e : entries)
        out += e.churnReasons;
    return out;
}

bool ScoreBlock::decode(std::int64_t block, const void* data, int bytes, std::vector<ScoreEntry>& out)
{
    if (data == nullptr || bytes < 2)
        return false;
    const auto* begin = static_cast<const std::uint8_t*>(data);
    Reader in(begin, begin + bytes);
    if (in.take<std::uint8_t>() != kVersion)
        return false;
    const std::size_t count = in.take<std::uint8_t>();
    if (count > static_cast<std::size_t>(kCapacity))
        return false;
    const std::size_t first = out.size();
    out.resize(first + count);
    std::vector<std::uint16_t> reasonLengths(count);
    int previous = -1;
    bool ordered = true;
    for (std::size_t k = 0; ordered && k < count; ++k) {
        ScoreEntry& e = out[first + k];
        const int slot = in.take<std::uint8_t>();
        ordered = slot > previous && slot < kCapacity;
        previous = slot;
        e.customerId = block * kCapacity + slot;
        e.runId = in.take<std::int64_t>();
        e.x = in.take<std::int32_t>();
        e.txDays = in.take<std::int32_t>();
        e.tDays = in.take<std::int32_t>();
        e.monetaryMean = in.take<double>();
        e.revenue = in.take<double>();
        e.revenue12m = in.take<double>();
        e.lastOrderDay = in.take<std::int32_t>();
        e.pAlive = in.take<double>();
        e.clv12m = in.take<double>();
        e.abc = in.take<std::uint8_t>();
        e.rfm = in.take<std::uint16_t>();
        e.rfmSegment = in.take<std::uint8_t>();
        e.churnRisk = in.take<std::uint8_t>();
        e.stage = in.take<std::uint8_t>();
        e.stageRule = in.take<std::uint8_t>();
        e.stageSinceDay = in.take<std::int32_t>();
        e.advice = in.take<std::uint8_t>();
        e.stageRecorded = in.take<std::uint8_t>();
        reasonLengths[k] = in.take<std::uint16_t>();
    }
    bool ok = ordered && !in.failed();
    for (std::size_t k = 0; ok && k < count; ++k) {
        const std::size_t length = reasonLengths[k];
        if (static_cast<std::size_t>(begin + bytes - in.at()) < length) {
            ok = false;
            break;
        }
        out[first + k].churnReasons.assign(reinterpret_cast<const char*>(in.at()), length);
        in.skip(length);
    }
    if (!ok || in.at() != begin + bytes) {
        out.resize(first);
        return false;
    }
    return true;
}

} // namespace carddesk::storage
