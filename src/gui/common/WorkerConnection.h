#pragma once

#include "core/Result.h"
#include "storage/db/Database.h"

#include <memory>

namespace carddesk::gui {

// A connection of its own for work off the GUI thread (a SQLite connection is never shared between threads): the
// file must exist and is already migrated and checked by the window's own connection, so neither happens again here.
core::Result<std::unique_ptr<storage::Database>> openWorkerConnection(const QString& path);

} // namespace carddesk::gui
