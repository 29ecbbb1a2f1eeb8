#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QString>

#include <functional>

namespace carddesk::storage {

// The access log's entries for reports: a report covers a scope (an area, the office), not one card, so the entry
// names no customer; its detail says which report, period, scope and format. Any user who could read the report
// may record its export or print.
class ReportAccessLog
{
public:
    enum class Action
    {
        Export,
        Print
    };

    // Writes the entry in one transaction with `alongside` (e.g. putting the exported file in place): when
    // `alongside` fails the entry is rolled back, so the log never claims an export that did not happen.
    static core::Status record(Session& session, Action action, const QString& detail,
                               const std::function<core::Status()>& alongside = {});
};

} // namespace carddesk::storage
