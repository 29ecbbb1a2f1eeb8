#pragma once

#include "analytics/ChurnAssessor.h"

#include <QString>

#include <span>
#include <string>
#include <vector>

namespace carddesk::storage {

// The churn reasons of one customer as the compact BLOB stored in scores.churn_reasons: per reason one byte of
// code, one byte saying which numbers follow, then those numbers (int32 days, usual interval, count; double
// percent, amount; little-endian as the machine writes them). A million customers are written per scoring run,
// so this is about a tenth of the JSON it replaces. On reading, unknown codes from a newer version are skipped;
// an unknown kind of number ends the list (what came before it is kept).
class ChurnReasonCodec
{
public:
    static std::string encode(std::span<const analytics::ChurnReason> reasons);
    // The same into `out`, replacing what it held: its buffer is reused (a scoring run encodes a million lists).
    static void encode(std::span<const analytics::ChurnReason> reasons, std::string& out);
    static std::vector<analytics::ChurnReason> decode(const void* data, int bytes);
    // The English sentences joined with "; " (the CLI and exports; the GUI phrases the codes itself).
    static QString describe(std::span<const analytics::ChurnReason> reasons);
};

} // namespace carddesk::storage
