#include "analytics/StoryAssessor.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace carddesk::analytics;

namespace {

std::string trim(const std::string& text)
{
    const auto first = text.find_first_not_of(' ');
    const auto last = text.find_last_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

// The rows of the "Consistent stories" table in docs/ANALYTICS_ENGINE.md, cells trimmed.
std::vector<std::vector<std::string>> documentedRows()
{
    std::ifstream file(std::string(CARDDESK_TEST_DATA) + "/../../docs/ANALYTICS_ENGINE.md");
    std::vector<std::vector<std::string>> rows;
    bool inTable = false;
    std::string line;
    while (std::getline(file, line)) {
        if (line.rfind("| Stage | P(alive) band | Status |", 0) == 0) {
            inTable = true;
            continue;
        }
        if (!inTable || line.rfind("|---", 0) == 0) {
            continue;
        }
        if (line.empty() || line[0] != '|') {
            break;
        }
        std::vector<std::string> cells;
        std::stringstream cellsText(line.substr(1));
        std::string cell;
        while (std::getline(cellsText, cell, '|')) {
            cells.push_back(trim(cell));
        }
        rows.push_back(cells);
    }
    return rows;
}

const std::map<std::string, LifecycleStage> kStages{
    {"potential", LifecycleStage::Potential}, {"exploration", LifecycleStage::Exploration},
    {"formation", LifecycleStage::Formation}, {"stability", LifecycleStage::Stability},
    {"decline", LifecycleStage::Decline},     {"lost", LifecycleStage::Lost},
    {"won back", LifecycleStage::WonBack}};

// A probability inside each band with the default thresholds (high when 1 - P < 0.3, low from 0.6).
const std::map<std::string, std::optional<double>> kBandProbability{
    {"none", std::nullopt}, {"low", 0.1}, {"medium", 0.5}, {"high", 0.95}};

const std::map<std::string, StageNote> kStageNotes{
    {"—", StageNote::None},
    {"lost although likely buying", StageNote::LostAlthoughLikelyBuying},
    {"decline although likely buying", StageNote::DeclineAlthoughLikelyBuying},
    {"active although unlikely buying", StageNote::ActiveAlthoughUnlikelyBuying}};

const std::map<std::string, StatusNote> kStatusNotes{{"—", StatusNote::None},
                                                     {"potential but ordered", StatusNote::PotentialButOrdered},
                                                     {"current without orders", StatusNote::CurrentWithoutOrders},
                                                     {"current but lost", StatusNote::CurrentButLost},
                                                     {"lost but buying", StatusNote::LostButBuying}};

std::string riskName(ChurnLevel level)
{
    return level == ChurnLevel::None ? "—" : std::string(churnLevelName(level));
}

// Every row of the documented table holds for the code: risk, advice at the lowest and highest value, both
// notes and the offered status; and the table has every combination (7 stages x bands x 3 statuses).
TEST(StoryAssessor, EveryRowOfTheDocumentedTableHolds)
{
    const auto rows = documentedRows();
    ASSERT_EQ(rows.size(), 3u + 6u * 4u * 3u) << "docs/ANALYTICS_ENGINE.md: the table of consistent stories";
    std::map<std::string, int> seen;
    for (const auto& cells : rows) {
        ASSERT_EQ(cells.size(), 8u);
        const std::string where = cells[0] + " / " + cells[1] + " / " + cells[2];
        ++seen[where];
        ASSERT_TRUE(kStages.count(cells[0])) << where;
        ASSERT_TRUE(kBandProbability.count(cells[1])) << where;
        const auto status = cardStatusFromName(cells[2]);
        ASSERT_TRUE(status) << where;
        StoryInput in;
        in.stage = kStages.at(cells[0]);
        in.pAlive = kBandProbability.at(cells[1]);
        in.status = *status;
        in.valuePercentile = 0.0; // the least valuable customer
        const Story low = StoryAssessor::assess(in);
        EXPECT_EQ(pAliveBandName(low.band), cells[1]) << where;
        EXPECT_EQ(riskName(low.risk), cells[3]) << where;
        in.valuePercentile = 0.95;
        const Story high = StoryAssessor::assess(in);
        if (cells[4] == "—") {
            EXPECT_EQ(low.advice, WinBackAdvice::None) << where;
            EXPECT_EQ(high.advice, WinBackAdvice::None) << where;
        } else if (cells[4] == "by value") {
            EXPECT_EQ(low.advice, WinBackAdvice::LetGo) << where;
            EXPECT_EQ(high.advice, WinBackAdvice::FightFor) << where;
        } else {
            EXPECT_EQ(cells[4], "by value, at least case by case") << where;
            EXPECT_EQ(low.advice, WinBackAdvice::CaseByCase) << where;
            EXPECT_EQ(high.advice, WinBackAdvice::FightFor) << where;
        }
        ASSERT_TRUE(kStageNotes.count(cells[5])) << where;
        EXPECT_EQ(low.stageNote, kStageNotes.at(cells[5])) << where;
        ASSERT_TRUE(kStatusNotes.count(cells[6])) << where;
        EXPECT_EQ(low.statusNote, kStatusNotes.at(cells[6])) << where;
        if (cells[7] == "—") {
            EXPECT_FALSE(low.correction) << where;
        } else {
            ASSERT_TRUE(low.correction) << where;
            EXPECT_EQ(cardStatusName(*low.correction), cells[7]) << where;
        }
    }
    for (const auto& [where, count] : seen) {
        EXPECT_EQ(count, 1) << where << " is in the table more than once";
    }
}

// The issue's card: status current, stage lost, P(alive) 100%. Risk high and advice "let go" told side by side
// with 100% without a word; now the advice is at least case by case, the card explains and offers "lost".
TEST(StoryAssessor, TheIssuesCardTellsOneStory)
{
    StoryInput in;
    in.stage = LifecycleStage::Lost;
    in.pAlive = 1.0;
    in.dataLevel = ChurnLevel::High;
    in.valuePercentile = 0.1;
    in.status = CardStatus::Current;
    in.recencyDays = 400;
    in.repeatPurchases = 0;
    const Story story = StoryAssessor::assess(in);
    EXPECT_EQ(story.risk, ChurnLevel::High);
    EXPECT_EQ(story.advice, WinBackAdvice::CaseByCase);
    EXPECT_EQ(story.stageNote, StageNote::LostAlthoughLikelyBuying);
    EXPECT_EQ(StoryAssessor::describe(story.stageNote, in),
              "lost: no order for 400 days although the chance the customer still buys is 100% (with a single "
              "purchase the model has little to go on)");
    EXPECT_EQ(story.statusNote, StatusNote::CurrentButLost);
    EXPECT_EQ(StoryAssessor::describe(story.statusNote, in),
              "status current customer although the stage is lost (no order for 400 days)");
    ASSERT_TRUE(story.correction);
    EXPECT_EQ(*story.correction, CardStatus::Lost);
}

// Complaints raise the risk above the band and the stage floor; the band follows the office's thresholds.
TEST(StoryAssessor, RiskIsTheHighestOfDataBandAndStage)
{
    StoryInput in;
    in.stage = LifecycleStage::Stability;
    in.pAlive = 0.9;
    in.dataLevel = ChurnLevel::Medium; // raised by open complaints
    EXPECT_EQ(StoryAssessor::assess(in).risk, ChurnLevel::Medium);
    in.dataLevel = ChurnLevel::Low;
    EXPECT_EQ(StoryAssessor::assess(in).risk, ChurnLevel::Low);
    ChurnSettings strict;
    strict.mediumRisk = 0.05;
    strict.highRisk = 0.5;
    EXPECT_EQ(StoryAssessor::band(0.9, strict), PAliveBand::Medium);
    EXPECT_EQ(StoryAssessor::assess(in, strict).risk, ChurnLevel::Medium);
    EXPECT_EQ(StoryAssessor::band(std::nullopt, strict), PAliveBand::None);
    EXPECT_FALSE(cardStatusFromName("gone"));
}

} // namespace
