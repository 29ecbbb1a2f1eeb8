#include "report/LabelSheet.h"

namespace carddesk::report {

const std::vector<LabelSheet>& LabelSheet::all()
{
    // A4 is 210 x 297 mm; the margins centre the grid as the sheets are cut.
    static const std::vector<LabelSheet> sheets = {
        {QStringLiteral("a4-3x8"), 3, 8, 70, 37, 0, 0.5, 70, 37,
         QStringLiteral("70 x 37 mm, 24 per sheet (Herma 4453)")},
        {QStringLiteral("a4-2x7"), 2, 7, 99.1, 38.1, 4.65, 15.15, 101.6, 38.1,
         QStringLiteral("99.1 x 38.1 mm, 14 per sheet (Avery L7163)")},
        {QStringLiteral("a4-3x7"), 3, 7, 63.5, 38.1, 7.25, 15.15, 66.04, 38.1,
         QStringLiteral("63.5 x 38.1 mm, 21 per sheet (Avery L7160)")},
    };
    return sheets;
}

std::optional<LabelSheet> LabelSheet::byId(const QString& id)
{
    for (const LabelSheet& sheet : all())
        if (sheet.id == id.trimmed().toLower())
            return sheet;
    return std::nullopt;
}

} // namespace carddesk::report
