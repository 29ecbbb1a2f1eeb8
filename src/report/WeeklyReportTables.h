#pragma once

#include "report/ReportTable.h"
#include "services/WeeklyReview.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace carddesk::report {

// The weekly report's content as tables, in the user's language: the PDF, the printout and the spreadsheet show
// the same figures the weekly review page computes (WeeklyReview), in the same words.
class WeeklyReportTables
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportTables)

public:
    // The area/office summary: activity, sales and collections, overdue ageing, complaints, reviews; one row per
    // rep and a total row.
    static std::vector<ReportTable> summary(const services::WeeklyReport& report);
    // One rep's figures, one row per figure, with the previous period and the average of the 8 before when the
    // report was compared.
    static ReportTable repFigures(const services::WeeklyReport& report, const services::WeeklyReviewRow& row);
    // Every rep's figures in one long table (rep, figure, values), for a spreadsheet's filters.
    static ReportTable allRepFigures(const services::WeeklyReport& report);

    static QString repName(const storage::RepWeekFigures& figures);
    static QString title(const services::WeeklyReport& report); // "Weekly report 2026-W10"
    static QString scope(const services::WeeklyReport& report); // the area or "Whole office"
    static QString periodText(const services::WeeklyReport& report, const QLocale& locale);
    static QString generatedText(const QDateTime& generatedAt, const QLocale& locale);
    // "phone 3, visit 2" with the channels' names in the user's language.
    static QString channelsText(const storage::RepWeekFigures& figures, const QLocale& locale);
    static QString channelName(const QString& code);
};

} // namespace carddesk::report
