#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// Satisfaction surveys and the satisfaction-loyalty matrix:
//   surveys add --customer ID|CODE --date D --product N --service N --staff N --image N [--contact ID]
//               [--comment T]
//   surveys list [--customer ID|CODE] [--json]
//   surveys matrix [--cell ID] [--json]
class SurveyCommands
{
public:
    static int surveys(CliContext& ctx);
};

} // namespace carddesk::cli
