#pragma once

#include "core/Result.h"

#include <QString>

namespace carddesk::core {

// Files CardDesk reads as a whole (imports, the office file, backups, mappings) must be ordinary files: opening a
// named pipe waits for a writer forever, and a device or folder is never what the user meant. A missing file passes
// (each caller has its own "does not exist" answer). Symbolic links are followed.
Status requireRegularFile(const QString& path);

} // namespace carddesk::core
