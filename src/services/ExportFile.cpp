#include "services/ExportFile.h"

#include "core/RegularFile.h"
#include "storage/access/AuditTrail.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;

ExportFile::ExportFile(QString target) : m_target(std::move(target)) {}

ExportFile::~ExportFile()
{
    if (!m_committed && !m_temporary.isEmpty())
        QFile::remove(m_temporary);
}

core::Status ExportFile::prepare()
{
    const QFileInfo target(m_target);
    if (target.fileName().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the export needs a file name"),
                         QStringLiteral("file"));
    if (target.isDir())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is a folder, not a file").arg(m_target),
                         QStringLiteral("file"));
    // A device or pipe would be replaced by the rename below (/dev/null by a file, as root): refused before a byte.
    if (auto regular = core::requireRegularFile(m_target); !regular)
        return regular.error();
    // In the target's folder, so the final rename is a rename within one file system (atomic), not a copy.
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot write in %1: %2").arg(target.absolutePath(), temporary.errorString()),
                         QStringLiteral("file"));
    m_temporary = temporary.fileName();
    temporary.close();
    return {};
}

core::Status ExportFile::commit(storage::Session& session, qint64 customerId, const QString& detail)
{
    return commit(session, std::vector<qint64>{customerId}, detail);
}

core::Status ExportFile::commit(storage::Session& session, const std::vector<qint64>& customerIds,
                                const QString& detail)
{
    return session.db().write([&]() -> core::Status {
        for (qint64 customerId : customerIds)
            storage::AuditTrail::recordAccess(session.db(), session.userId(), customerId, QStringLiteral("export"),
                                              detail);
        std::error_code error;
        std::filesystem::rename(QFile::encodeName(m_temporary).toStdString(), QFile::encodeName(m_target).toStdString(),
                                error);
        if (error)
            return makeError(ErrorCode::Io,
                             QStringLiteral("could not put the export in place as %1: %2")
                                 .arg(m_target, QString::fromStdString(error.message())),
                             QStringLiteral("file"));
        m_committed = true;
        return {};
    });
}

} // namespace carddesk::services
