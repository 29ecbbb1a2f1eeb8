#pragma once

#include "core/Visit.h"

#include <QString>

namespace carddesk::core {

// A visit in a rep's plan, with the customer it is for (the printable visit sheet lists these).
struct VisitPlanEntry
{
    Visit visit;
    QString customerCode;
    QString customerName;
    QString customerAddress;
    QString customerPhone;
};

} // namespace carddesk::core
