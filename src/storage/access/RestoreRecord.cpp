#include "storage/access/RestoreRecord.h"

#include "storage/access/AuditTrail.h"

#include <QFileInfo>

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

core::Status RestoreRecord::write(Database& db, const QString& administrator, const QString& backupFile,
                                  const QString& keptAs)
{
    return db.write([&]() -> core::Status {
        SQLite::Statement user(db.sql(), "SELECT id FROM users WHERE username = ? AND role = 'admin' AND active = 1");
        user.bind(1, administrator.trimmed().toStdString());
        const qint64 userId = user.executeStep() ? user.getColumn(0).getInt64() : 0;
        AuditTrail::recordChange(db, userId, QStringLiteral("restore"), QStringLiteral("office"), 0, 0,
                                 QStringLiteral("file"), keptAs.isEmpty() ? QString() : QFileInfo(keptAs).fileName(),
                                 QFileInfo(backupFile).fileName());
        return {};
    });
}

} // namespace carddesk::storage
