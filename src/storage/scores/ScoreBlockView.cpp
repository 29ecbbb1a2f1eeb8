#include "storage/scores/ScoreBlockView.h"

#include "analytics/AbcClassifier.h"
#include "analytics/ChurnAssessor.h"
#include "analytics/LifecycleClassifier.h"

#include <cstring>

namespace carddesk::storage {

namespace {

constexpr std::size_t kHeader = ScoreBlock::kHeaderBytes;
constexpr std::size_t kRecord = ScoreBlock::kRecordBytes;
constexpr std::size_t kReasonLength = ScoreBlock::kReasonLengthAt;

// The codes an entry holds that readers turn into an enumeration or an index (class, risk, stage, the
// recorded flag), at their offsets in a record, with the largest value this version knows: a byte beyond it is
// damage. Rule, segment and advice codes are names looked up with a range check, and 255 is a stored "unknown
// rule" (schema v6), so any byte goes there.
struct CodeByte
{
    std::size_t at;
    int largest;
};
constexpr CodeByte kCodes[] = {
    {65, static_cast<int>(analytics::AbcClass::C)},
    {69, static_cast<int>(analytics::ChurnLevel::High)},
    {70, static_cast<int>(analytics::LifecycleStage::WonBack)},
    {77, 1},
};

template <typename T> T at(const std::uint8_t* bytes, std::size_t& offset)
{
    T value;
    std::memcpy(&value, bytes + offset, sizeof(T));
    offset += sizeof(T);
    return value;
}

} // namespace

void ScoreBlockView::clear(std::int64_t block)
{
    m_block = block;
    m_count = 0;
    m_bytes.clear();
}

bool ScoreBlockView::assign(std::int64_t block, const void* data, int bytes)
{
    clear(block);
    if (data == nullptr || bytes < static_cast<int>(kHeader))
        return false;
    const auto* begin = static_cast<const std::uint8_t*>(data);
    const std::size_t size = static_cast<std::size_t>(bytes);
    const std::size_t count = begin[1];
    if (begin[0] != ScoreBlock::kVersion || count > static_cast<std::size_t>(ScoreBlock::kCapacity) ||
        size < kHeader + count * kRecord)
        return false;
    std::size_t reasons = kHeader + count * kRecord;
    int previous = -1;
    for (std::size_t k = 0; k < count; ++k) {
        const std::uint8_t* record = begin + kHeader + k * kRecord;
        const int slot = record[0];
        if (slot <= previous || slot >= ScoreBlock::kCapacity)
            return false;
        for (const CodeByte& code : kCodes)
            if (record[code.at] > code.largest)
                return false;
        previous = slot;
        m_reasonsAt[k] = static_cast<std::uint32_t>(reasons);
        std::uint16_t length;
        std::memcpy(&length, record + kReasonLength, sizeof length);
        reasons += length;
        if (reasons > size)
            return false;
    }
    if (reasons != size)
        return false;
    m_bytes.assign(begin, begin + size);
    m_count = count;
    return true;
}

std::size_t ScoreBlockView::find(std::int64_t customerId) const
{
    const std::int64_t slot = customerId - m_block * ScoreBlock::kCapacity;
    if (slot < 0 || slot >= ScoreBlock::kCapacity)
        return m_count;
    // Slots ascend: a binary search over at most forty.
    std::size_t low = 0, high = m_count;
    while (low < high) {
        const std::size_t middle = (low + high) / 2;
        if (m_bytes[kHeader + middle * kRecord] < slot)
            low = middle + 1;
        else
            high = middle;
    }
    return low < m_count && m_bytes[kHeader + low * kRecord] == slot ? low : m_count;
}

void ScoreBlockView::entry(std::size_t k, ScoreEntry& e) const
{
    const std::uint8_t* bytes = m_bytes.data();
    std::size_t offset = kHeader + k * kRecord;
    e.customerId = m_block * ScoreBlock::kCapacity + at<std::uint8_t>(bytes, offset);
    e.runId = at<std::int64_t>(bytes, offset);
    e.x = at<std::int32_t>(bytes, offset);
    e.txDays = at<std::int32_t>(bytes, offset);
    e.tDays = at<std::int32_t>(bytes, offset);
    e.monetaryMean = at<double>(bytes, offset);
    e.revenue = at<double>(bytes, offset);
    e.revenue12m = at<double>(bytes, offset);
    e.lastOrderDay = at<std::int32_t>(bytes, offset);
    e.pAlive = at<double>(bytes, offset);
    e.clv12m = at<double>(bytes, offset);
    e.abc = at<std::uint8_t>(bytes, offset);
    e.rfm = at<std::uint16_t>(bytes, offset);
    e.rfmSegment = at<std::uint8_t>(bytes, offset);
    e.churnRisk = at<std::uint8_t>(bytes, offset);
    e.stage = at<std::uint8_t>(bytes, offset);
    e.stageRule = at<std::uint8_t>(bytes, offset);
    e.stageSinceDay = at<std::int32_t>(bytes, offset);
    e.advice = at<std::uint8_t>(bytes, offset);
    e.stageRecorded = at<std::uint8_t>(bytes, offset);
    e.stageStartRule = at<std::uint8_t>(bytes, offset);
    const auto length = at<std::uint16_t>(bytes, offset);
    e.churnReasons.assign(reinterpret_cast<const char*>(bytes + m_reasonsAt[k]), length);
}

} // namespace carddesk::storage
