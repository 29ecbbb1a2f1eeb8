#pragma once

#include "report/ReportCell.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace carddesk::report {

// A table of a report: a PDF section and a spreadsheet sheet of its own.
struct ReportTable
{
    QString title;                             // section heading and sheet name
    QStringList headers;                       // one per column
    std::vector<double> widths;                // relative column widths on paper, one per column
    std::vector<std::vector<ReportCell>> rows; // the last row is the total when hasTotalRow
    bool hasTotalRow = false;
};

} // namespace carddesk::report
