#include "gui/common/WorkerConnection.h"

namespace carddesk::gui {

core::Result<std::unique_ptr<storage::Database>> openWorkerConnection(const QString& path)
{
    storage::Database::Options options;
    options.create = false;
    options.migrate = false;
    options.quickCheck = false;
    return storage::Database::open(path, options);
}

} // namespace carddesk::gui
