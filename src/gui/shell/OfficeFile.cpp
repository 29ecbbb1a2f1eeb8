#include "gui/shell/OfficeFile.h"

#include <QDir>
#include <QFileInfo>

namespace carddesk::gui {

core::Result<std::unique_ptr<storage::Database>> OfficeFile::open(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return core::makeError(core::ErrorCode::NotFound, tr("The office file %1 does not exist.").arg(shown));
    if (!storage::Database::checkLocalPath(path))
        return core::makeError(core::ErrorCode::InvalidArgument,
                               tr("The office file %1 is on a network drive. File locking cannot be trusted there: "
                                  "copy it to a local disk and open it from there.")
                                   .arg(shown));
    // quick_check reads the whole file: it runs after the window shows (IntegrityCheckRunner), not here.
    storage::Database::Options options;
    options.create = false;
    options.quickCheck = false;
    auto db = storage::Database::open(path, options);
    if (!db)
        return core::makeError(db.error().code,
                               tr("The office file %1 cannot be opened: %2").arg(shown, db.error().message));
    return db;
}

} // namespace carddesk::gui
