#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace carddesk::report {

// A sheet of self-adhesive address labels: A4, a grid of equal labels, sizes in millimetres as the makers print
// them (Avery/Herma codes in `note`). `id` is the CLI's --sheet value and the setting the dialog remembers.
struct LabelSheet
{
    QString id;
    int columns = 0;
    int rows = 0;
    double labelWidth = 0;
    double labelHeight = 0;
    double left = 0; // page edge to the first label
    double top = 0;
    double columnPitch = 0; // left edge to the next label's left edge
    double rowPitch = 0;
    QString note;

    int perPage() const { return columns * rows; }

    static const std::vector<LabelSheet>& all();
    static std::optional<LabelSheet> byId(const QString& id);
};

} // namespace carddesk::report
