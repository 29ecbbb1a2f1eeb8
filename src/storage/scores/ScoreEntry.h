#pragma once

#include <cstdint>
#include <limits>
#include <string>

namespace carddesk::storage {

// One customer's stored score: what the `scores` table shows as a row (ScoresTable), kept in ScoreBlock form.
// Enumerations are the analytics enum values (0 = none, shown as '' or 0); days are analytics day numbers.
struct ScoreEntry
{
    static constexpr std::int32_t kNoDay = std::numeric_limits<std::int32_t>::min(); // shown as NULL

    std::int64_t customerId = 0;
    std::int64_t runId = 0;
    std::int32_t x = 0;
    std::int32_t txDays = 0;
    std::int32_t tDays = 0;
    double monetaryMean = 0;
    double revenue = 0;
    double revenue12m = 0;
    std::int32_t lastOrderDay = kNoDay;
    double pAlive = std::numeric_limits<double>::quiet_NaN(); // NaN: no model for this customer (NULL)
    double clv12m = std::numeric_limits<double>::quiet_NaN(); // NaN: NULL
    std::uint8_t abc = 0;                                     // analytics::AbcClass
    std::uint16_t rfm = 0;                                    // 545; 0 without orders
    std::uint8_t rfmSegment = 0;                              // analytics::RfmSegment
    std::uint8_t churnRisk = 0;                               // analytics::ChurnLevel
    std::uint8_t stage = 0;                                   // analytics::LifecycleStage
    std::uint8_t stageRule = 0;                               // analytics::LifecycleRule
    std::int32_t stageSinceDay = kNoDay;
    std::uint8_t advice = 0; // analytics::WinBackAdvice
    // The rule that put the customer into this stage (stageRule is the one that keeps it there today): the
    // stage's first row in lifecycle_history, when it is written late (see stageRecorded), carries this one.
    std::uint8_t stageStartRule = 0;
    // Whether lifecycle_history has the row of this stage's start. A customer's first classification is not
    // written there (a first run would write a million rows); readers take it from here (LifecycleEvents.h), and
    // the run that changes the stage writes both rows.
    std::uint8_t stageRecorded = 1;
    std::string churnReasons; // ChurnReasonCodec bytes; empty: NULL

    bool operator==(const ScoreEntry&) const = default;
};

} // namespace carddesk::storage
