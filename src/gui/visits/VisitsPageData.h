#pragma once

#include "core/Result.h"
#include "core/VisitPlanEntry.h"
#include "services/VisitSuggestions.h"

#include <QDate>

#include <vector>

namespace carddesk::gui {

// What the Visits page shows, read in one job on the window's worker: a rep's week, the planned visits left over
// from before it, and the week's suggestions.
struct VisitsPageData
{
    QDate monday;
    std::vector<core::VisitPlanEntry> week;    // every status, in date order
    std::vector<core::VisitPlanEntry> overdue; // still planned for a day before the week (or before today)
    core::Result<services::VisitSuggestionList> suggestions = services::VisitSuggestionList{};
};

} // namespace carddesk::gui
