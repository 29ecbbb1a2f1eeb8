#include "storage/scores/ChurnReasonCodec.h"

#include <cstdint>
#include <cstring>

namespace carddesk::storage {

namespace {

enum Field : std::uint8_t
{
    Days = 1,
    UsualInterval = 2,
    Count = 4,
    Percent = 8,
    Amount = 16,
};

template <typename T> void put(std::string& out, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

template <typename T> bool take(const std::uint8_t*& at, const std::uint8_t* end, T& value)
{
    if (end - at < static_cast<std::ptrdiff_t>(sizeof(T)))
        return false;
    std::memcpy(&value, at, sizeof(T));
    at += sizeof(T);
    return true;
}

constexpr int kLastKnownCode = static_cast<int>(analytics::ChurnReasonCode::OverdueReceivables);

} // namespace

std::string ChurnReasonCodec::encode(std::span<const analytics::ChurnReason> reasons)
{
    std::string out;
    encode(reasons, out);
    return out;
}

void ChurnReasonCodec::encode(std::span<const analytics::ChurnReason> reasons, std::string& out)
{
    out.clear();
    for (const analytics::ChurnReason& reason : reasons) {
        const std::uint8_t fields = (reason.days != 0 ? Days : 0) |
                                    (reason.usualIntervalDays != 0 ? UsualInterval : 0) |
                                    (reason.count != 0 ? Count : 0) | (reason.percent != 0.0 ? Percent : 0) |
                                    (reason.amount != 0.0 ? Amount : 0);
        out.push_back(static_cast<char>(reason.code));
        out.push_back(static_cast<char>(fields));
        if (fields & Days)
            put<std::int32_t>(out, reason.days);
        if (fields & UsualInterval)
            put<std::int32_t>(out, reason.usualIntervalDays);
        if (fields & Count)
            put<std::int32_t>(out, reason.count);
        if (fields & Percent)
            put<double>(out, reason.percent);
        if (fields & Amount)
            put<double>(out, reason.amount);
    }
}

std::vector<analytics::ChurnReason> ChurnReasonCodec::decode(const void* data, int bytes)
{
    std::vector<analytics::ChurnReason> reasons;
    if (data == nullptr || bytes <= 0)
        return reasons;
    const auto* at = static_cast<const std::uint8_t*>(data);
    const std::uint8_t* end = at + bytes;
    while (end - at >= 2) {
        const std::uint8_t code = *at++;
        const std::uint8_t fields = *at++;
        if (fields & ~(Days | UsualInterval | Count | Percent | Amount))
            break; // numbers this version cannot size: stop rather than read the rest out of step
        analytics::ChurnReason reason;
        bool complete = true;
        if (fields & Days)
            complete = complete && take(at, end, reason.days);
        if (fields & UsualInterval)
            complete = complete && take(at, end, reason.usualIntervalDays);
        if (fields & Count)
            complete = complete && take(at, end, reason.count);
        if (fields & Percent)
            complete = complete && take(at, end, reason.percent);
        if (fields & Amount)
            complete = complete && take(at, end, reason.amount);
        if (!complete)
            break; // a truncated value: keep what was whole
        if (code > kLastKnownCode)
            continue;
        reason.code = static_cast<analytics::ChurnReasonCode>(code);
        reasons.push_back(reason);
    }
    return reasons;
}

QString ChurnReasonCodec::describe(std::span<const analytics::ChurnReason> reasons)
{
    QString text;
    for (const analytics::ChurnReason& reason : reasons) {
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromStdString(analytics::ChurnAssessor::describe(reason));
    }
    return text;
}

} // namespace carddesk::storage
