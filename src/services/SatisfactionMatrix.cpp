#include "services/SatisfactionMatrix.h"

#include <algorithm>

namespace carddesk::services {

std::vector<const SatisfactionMatrixEntry*> SatisfactionMatrixReport::inCell(analytics::SatisfactionCell cell) const
{
    std::vector<const SatisfactionMatrixEntry*> out;
    for (const SatisfactionMatrixEntry& entry : entries)
        if (entry.cell == cell)
            out.push_back(&entry);
    return out;
}

SatisfactionMatrixReport SatisfactionMatrix::place(const storage::SatisfactionScope& scope,
                                                   const analytics::SatisfactionLoyaltySettings& settings)
{
    SatisfactionMatrixReport report;
    report.settings = settings;
    report.customersInScope = scope.customers;
    for (const storage::SatisfactionFacts& facts : scope.rated) {
        analytics::SatisfactionEvidence evidence;
        evidence.latestSurveyMean = facts.latestSurveyMean;
        evidence.complaintSatisfactionSum = facts.complaintSatisfactionSum;
        evidence.complaintSatisfactionCount = facts.complaintSatisfactionCount;
        const std::optional<double> satisfaction = analytics::combinedSatisfaction(evidence);
        if (!satisfaction)
            continue;
        ++report.rated;
        const std::optional<analytics::LoyaltyLevel> loyalty =
            facts.scored ? analytics::loyaltyLevel(facts.stage, facts.repeatPurchases) : std::nullopt;
        if (!loyalty) {
            ++report.notPlaced;
            continue;
        }
        SatisfactionMatrixEntry entry;
        entry.facts = facts;
        entry.satisfaction = *satisfaction;
        entry.loyalty = *loyalty;
        entry.cell = analytics::satisfactionCell(analytics::satisfactionLevel(*satisfaction, settings), *loyalty);
        ++report.counts[static_cast<std::size_t>(entry.cell)];
        report.entries.push_back(std::move(entry));
    }
    std::stable_sort(report.entries.begin(), report.entries.end(),
                     [](const SatisfactionMatrixEntry& a, const SatisfactionMatrixEntry& b) {
                         if (a.cell != b.cell)
                             return a.cell < b.cell;
                         return a.satisfaction < b.satisfaction;
                     });
    return report;
}

core::Result<SatisfactionMatrixReport> SatisfactionMatrix::build(const analytics::SatisfactionLoyaltySettings& settings)
{
    auto scope = storage::SatisfactionQueries(m_session).evidence();
    if (!scope)
        return scope.error();
    return place(*scope, settings);
}

} // namespace carddesk::services
