#pragma once

#include "core/Interaction.h"

#include <QString>

namespace carddesk::core {

// An interaction whose follow-up date has come, with the names a reminder list shows.
struct FollowUpDue
{
    Interaction interaction;
    QString customerName;
    QString contactName;
};

} // namespace carddesk::core
