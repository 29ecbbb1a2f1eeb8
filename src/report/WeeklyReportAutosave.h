#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QString>

namespace carddesk::report {

// "Ready on Monday" (issue 13): at a manager's or the administrator's first start of a week, last week's report of
// their scope is saved as a PDF in the folder the office setting report.pdf_folder names, once per week and scope
// (the file's name says which: CardDesk-weekly-2026-W48-华东区.pdf, …-office.pdf for the whole office).
class WeeklyReportAutosave
{
public:
    // The file written, or an empty string when there is nothing to do: no folder set, a rep's session, or the
    // week's file exists already. Errors of the folder or the writing as WeeklyReportExport gives them.
    static core::Result<QString> saveLastWeek(storage::Session& session, const QDate& today);
};

} // namespace carddesk::report
