#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QString>

#include <vector>

namespace carddesk::services {

// The file an export writes: first a temporary file beside the target, put in place by a rename only when every
// row is written, in one transaction with its access-log entry. A cancelled or failed export leaves neither a half
// file nor an entry; an existing target stays as it was until then.
class ExportFile
{
public:
    explicit ExportFile(QString target);
    ~ExportFile(); // removes the temporary file unless committed
    ExportFile(const ExportFile&) = delete;
    ExportFile& operator=(const ExportFile&) = delete;

    // Reserves the temporary file's name (Io when the target's folder cannot be written).
    core::Status prepare();
    const QString& temporaryPath() const { return m_temporary; }

    // Writes the access-log entry (action 'export', `customerId` 0 for a list) and renames the temporary file onto
    // the target, together: when the rename fails the entry is rolled back.
    core::Status commit(storage::Session& session, qint64 customerId, const QString& detail);
    // The same with one entry per customer (a visit sheet: who took which cards).
    core::Status commit(storage::Session& session, const std::vector<qint64>& customerIds, const QString& detail);

private:
    QString m_target;
    QString m_temporary;
    bool m_committed = false;
};

} // namespace carddesk::services
