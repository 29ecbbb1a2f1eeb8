#pragma once

#include <QtGlobal>

namespace carddesk::core {

// A month's sales and collection target (the yearly area plan, 001 ⑥): for one rep (set by their manager or the
// administrator) or for one area (set by the administrator). Exactly one of repId and areaId is set.
struct SalesTarget
{
    qint64 repId = 0;
    qint64 areaId = 0;
    int year = 0;
    int month = 0; // 1..12
    double sales = 0;
    double collections = 0;
};

} // namespace carddesk::core
