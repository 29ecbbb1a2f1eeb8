#pragma once

#include "analytics/SatisfactionLoyalty.h"
#include "core/Result.h"
#include "storage/queries/SatisfactionQueries.h"

#include <array>
#include <vector>

namespace carddesk::storage {
class Session;
}

namespace carddesk::services {

// One customer placed in the satisfaction-loyalty matrix.
struct SatisfactionMatrixEntry
{
    storage::SatisfactionFacts facts;
    double satisfaction = 0; // combined, 1-5
    analytics::LoyaltyLevel loyalty = analytics::LoyaltyLevel::Loyal;
    analytics::SatisfactionCell cell = analytics::SatisfactionCell::SatisfiedLoyal;
};

// The matrix over the customers in the session's scope (docs/ANALYTICS_ENGINE.md, "Satisfaction and loyalty").
struct SatisfactionMatrixReport
{
    qint64 customersInScope = 0;
    qint64 rated = 0;     // with a survey or a closed complaint's satisfaction
    qint64 notPlaced = 0; // rated, but without orders or not scored yet: no loyalty to set against
    analytics::SatisfactionLoyaltySettings settings;
    std::array<qint64, analytics::kSatisfactionCells> counts{};
    std::vector<SatisfactionMatrixEntry> entries; // the placed customers, by cell, then satisfaction ascending

    std::vector<const SatisfactionMatrixEntry*> inCell(analytics::SatisfactionCell cell) const;
};

class SatisfactionMatrix
{
public:
    explicit SatisfactionMatrix(storage::Session& session) : m_session(session) {}

    core::Result<SatisfactionMatrixReport> build(const analytics::SatisfactionLoyaltySettings& settings = {});

    // The pure step, for tests: the report of already read evidence.
    static SatisfactionMatrixReport place(const storage::SatisfactionScope& scope,
                                          const analytics::SatisfactionLoyaltySettings& settings);

private:
    storage::Session& m_session;
};

} // namespace carddesk::services
