#include "analytics/StoryAssessor.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace carddesk::analytics {

std::string_view pAliveBandName(PAliveBand band)
{
    switch (band) {
    case PAliveBand::Low:
        return "low";
    case PAliveBand::Medium:
        return "medium";
    case PAliveBand::High:
        return "high";
    case PAliveBand::None:
        break;
    }
    return "none";
}

std::string_view cardStatusName(CardStatus status)
{
    switch (status) {
    case CardStatus::Current:
        return "current";
    case CardStatus::Lost:
        return "lost";
    case CardStatus::Potential:
        break;
    }
    return "potential";
}

std::optional<CardStatus> cardStatusFromName(std::string_view name)
{
    for (const CardStatus status : {CardStatus::Potential, CardStatus::Current, CardStatus::Lost}) {
        if (cardStatusName(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

namespace {

bool active(LifecycleStage stage)
{
    return stage == LifecycleStage::Exploration || stage == LifecycleStage::Formation ||
           stage == LifecycleStage::Stability || stage == LifecycleStage::WonBack;
}

// The least risk a stage allows: a lost customer is never "low risk", whatever the probability says.
ChurnLevel stageFloor(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Lost:
        return ChurnLevel::High;
    case LifecycleStage::Decline:
        return ChurnLevel::Medium;
    case LifecycleStage::Potential:
    case LifecycleStage::None:
        return ChurnLevel::None;
    default:
        return ChurnLevel::Low;
    }
}

ChurnLevel bandLevel(PAliveBand band)
{
    switch (band) {
    case PAliveBand::Low:
        return ChurnLevel::High;
    case PAliveBand::Medium:
        return ChurnLevel::Medium;
    default:
        return ChurnLevel::Low;
    }
}

} // namespace

PAliveBand StoryAssessor::band(std::optional<double> pAlive, const ChurnSettings& churn)
{
    if (!pAlive) {
        return PAliveBand::None;
    }
    const double risk = 1.0 - *pAlive;
    return risk >= churn.highRisk ? PAliveBand::Low : risk >= churn.mediumRisk ? PAliveBand::Medium : PAliveBand::High;
}

Story StoryAssessor::assess(const StoryInput& in, const ChurnSettings& churn, const WinBackSettings& winBack)
{
    Story story;
    const bool hasOrders = in.stage != LifecycleStage::Potential && in.stage != LifecycleStage::None;
    story.band = hasOrders ? band(in.pAlive, churn) : PAliveBand::None;
    if (hasOrders) {
        // The probability's level (or the scorer's own, which adds complaints and overdue money), never below the
        // stage's floor.
        const ChurnLevel data = in.dataLevel == ChurnLevel::None ? bandLevel(story.band) : in.dataLevel;
        story.risk = std::max({data, bandLevel(story.band), stageFloor(in.stage)});
    }
    story.advice = WinBackAdvisor::adviceFor(in.stage, in.valuePercentile, winBack);
    if (story.advice == WinBackAdvice::LetGo && story.band == PAliveBand::High) {
        story.advice = WinBackAdvice::CaseByCase; // the probability says the customer likely still buys
    }
    if (story.band == PAliveBand::High && in.stage == LifecycleStage::Lost) {
        story.stageNote = StageNote::LostAlthoughLikelyBuying;
    } else if (story.band == PAliveBand::High && in.stage == LifecycleStage::Decline) {
        story.stageNote = StageNote::DeclineAlthoughLikelyBuying;
    } else if (story.band == PAliveBand::Low && active(in.stage)) {
        story.stageNote = StageNote::ActiveAlthoughUnlikelyBuying;
    }
    switch (in.status) {
    case CardStatus::Potential:
        if (hasOrders) {
            story.statusNote = StatusNote::PotentialButOrdered;
            story.correction = in.stage == LifecycleStage::Lost ? CardStatus::Lost : CardStatus::Current;
        }
        break;
    case CardStatus::Current:
        if (!hasOrders) {
            story.statusNote = StatusNote::CurrentWithoutOrders;
            story.correction = CardStatus::Potential;
        } else if (in.stage == LifecycleStage::Lost) {
            story.statusNote = StatusNote::CurrentButLost;
            story.correction = CardStatus::Lost;
        }
        break;
    case CardStatus::Lost:
        if (active(in.stage)) {
            story.statusNote = StatusNote::LostButBuying;
            story.correction = CardStatus::Current;
        }
        break;
    }
    return story;
}

namespace {

std::string percent(const std::optional<double>& p)
{
    char b[16];
    std::snprintf(b, sizeof b, "%.0f%%", p.value_or(0.0) * 100.0);
    return b;
}

// Why the model may still see a buyer: little history, or a long usual gap.
std::string modelReason(const StoryInput& in)
{
    return in.repeatPurchases == 0 ? "with a single purchase the model has little to go on"
                                   : "the model weighs the " + std::to_string(in.repeatPurchases + 1) +
                                         " purchases more than the silence since";
}

} // namespace

std::string StoryAssessor::describe(StageNote note, const StoryInput& in)
{
    const std::string days = std::to_string(in.recencyDays);
    switch (note) {
    case StageNote::LostAlthoughLikelyBuying:
        return "lost: no order for " + days + " days although the chance the customer still buys is " +
               percent(in.pAlive) + " (" + modelReason(in) + ")";
    case StageNote::DeclineAlthoughLikelyBuying:
        return "in decline: no order for " + days + " days although the chance the customer still buys is " +
               percent(in.pAlive) + " (" + modelReason(in) + ")";
    case StageNote::ActiveAlthoughUnlikelyBuying:
        return "the stage says active although the chance the customer still buys is only " + percent(in.pAlive) +
               " (last order " + days + " days ago)";
    case StageNote::None:
        break;
    }
    return "";
}

std::string StoryAssessor::describe(StatusNote note, const StoryInput& in)
{
    const std::string days = std::to_string(in.recencyDays);
    switch (note) {
    case StatusNote::PotentialButOrdered:
        return "status potential although the customer has ordered (last order " + days + " days ago)";
    case StatusNote::CurrentWithoutOrders:
        return "status current customer although there is no order";
    case StatusNote::CurrentButLost:
        return "status current customer although the stage is lost (no order for " + days + " days)";
    case StatusNote::LostButBuying:
        return "status lost although the customer ordered " + days + " days ago";
    case StatusNote::None:
        break;
    }
    return "";
}

} // namespace carddesk::analytics
