#pragma once

#include <QValueAxis>

#include <cmath>

namespace carddesk::gui {

// A chart's axis of counts from 0 to at least `top`: nice round numbers, labels as whole numbers, and up to ten one
// tick per count (Qt's five ticks over 0-2 printed "0 0 1 1 2").
inline void setCountRange(QValueAxis* axis, double top)
{
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    if (const int upper = static_cast<int>(std::lround(axis->max())); upper <= 10)
        axis->setTickCount(upper + 1);
}

} // namespace carddesk::gui
