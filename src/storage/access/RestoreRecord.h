#pragma once

#include "core/Result.h"
#include "storage/db/Database.h"

#include <QString>

namespace carddesk::storage {

// The restore itself in the restored office's audit trail (action `restore`, table `office`): who put which backup
// in place and where the office before it was kept. Without it the restored file said nothing of how it got there.
class RestoreRecord
{
public:
    // `administrator`: the user name of the administrator who restored (an active administrator of the backup).
    static core::Status write(Database& db, const QString& administrator, const QString& backupFile,
                              const QString& keptAs);
};

} // namespace carddesk::storage
