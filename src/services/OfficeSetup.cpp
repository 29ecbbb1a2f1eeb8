#include "services/OfficeSetup.h"

#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/repositories/SettingsRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <spdlog/spdlog.h>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;

namespace {

// An office name as a file name: no path separators, no leading dot (a hidden file nobody finds again).
QString fileNameFor(const QString& officeName)
{
    QString name = officeName.trimmed();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    name.replace(QLatin1Char('\\'), QLatin1Char('-'));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("office");
    return name + QStringLiteral(".db");
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

QString OfficeSetup::targetPath(const Request& request)
{
    if (!request.filePath.isEmpty())
        return QFileInfo(request.filePath).absoluteFilePath();
    if (request.folder.trimmed().isEmpty())
        return {};
    return QDir(request.folder.trimmed()).absoluteFilePath(fileNameFor(request.officeName));
}

std::optional<OfficeSetup::Problem> OfficeSetup::checkPassword(const QString& userName, const QString& password)
{
    if (password.size() < MinimumPasswordLength)
        return Problem::PasswordTooShort;
    if (password.compare(userName.trimmed(), Qt::CaseInsensitive) == 0)
        return Problem::PasswordIsUserName;
    return std::nullopt;
}

std::optional<OfficeSetup::Problem> OfficeSetup::check(const Request& request)
{
    if (request.officeName.trimmed().isEmpty())
        return Problem::OfficeNameMissing;
    QSet<QString> seen;
    for (const QString& area : request.areas) {
        const QString name = area.trimmed();
        if (name.isEmpty())
            return Problem::AreaNameMissing;
        if (seen.contains(name))
            return Problem::AreaNameRepeated;
        seen.insert(name);
    }
    if (request.adminName.trimmed().isEmpty())
        return Problem::AdminNameMissing;
    if (auto problem = checkPassword(request.adminName, request.password))
        return problem;

    const QString path = targetPath(request);
    if (path.isEmpty())
        return Problem::FolderMissing;
    const QString folderText = request.filePath.isEmpty() ? request.folder.trimmed() : request.filePath;
    if (folderText.startsWith(QLatin1String("//")) || folderText.startsWith(QLatin1String("\\\\")) ||
        folderText.contains(QLatin1String("://")))
        return Problem::NetworkFolder;
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return Problem::FolderMissing;
    if (!storage::Database::checkLocalPath(path))
        return Problem::NetworkFolder;
    if (!folder.isWritable())
        return Problem::FolderNotWritable;
    if (QFileInfo::exists(path))
        return Problem::FileExists;
    return std::nullopt;
}

QString OfficeSetup::fieldOf(Problem problem)
{
    switch (problem) {
    case Problem::OfficeNameMissing:
        return QStringLiteral("office_name");
    case Problem::AreaNameMissing:
    case Problem::AreaNameRepeated:
        return QStringLiteral("areas");
    case Problem::AdminNameMissing:
        return QStringLiteral("admin");
    case Problem::PasswordTooShort:
    case Problem::PasswordIsUserName:
        return QStringLiteral("password");
    case Problem::FolderMissing:
    case Problem::NetworkFolder:
    case Problem::FolderNotWritable:
    case Problem::FileExists:
        return QStringLiteral("folder");
    }
    return {};
}

QString OfficeSetup::describe(Problem problem, const Request& request)
{
    const QString path = targetPath(request);
    switch (problem) {
    case Problem::OfficeNameMissing:
        return QStringLiteral("the office needs a name");
    case Problem::AreaNameMissing:
        return QStringLiteral("an area name is empty");
    case Problem::AreaNameRepeated:
        return QStringLiteral("an area is listed twice");
    case Problem::AdminNameMissing:
        return QStringLiteral("the first administrator needs a user name");
    case Problem::PasswordTooShort:
        return QStringLiteral("a password needs at least %1 characters").arg(MinimumPasswordLength);
    case Problem::PasswordIsUserName:
        return QStringLiteral("the password must not be the user name");
    case Problem::FolderMissing:
        return QStringLiteral("the folder for %1 does not exist").arg(path.isEmpty() ? request.folder : path);
    case Problem::NetworkFolder:
        return QStringLiteral("%1 is on a network drive; SQLite's file locking cannot be trusted there, so the office "
                              "file must be on a local disk")
            .arg(path.isEmpty() ? request.folder : path);
    case Problem::FolderNotWritable:
        return QStringLiteral("the folder %1 is not writable").arg(QFileInfo(path).absolutePath());
    case Problem::FileExists:
        return QStringLiteral("%1 already exists; a new office never overwrites a file").arg(path);
    }
    return {};
}

core::Result<QString> OfficeSetup::create(const Request& request)
{
    if (auto problem = check(request))
        return makeError(ErrorCode::InvalidArgument, describe(*problem, request), fieldOf(*problem));
    const QString path = targetPath(request);
    // Built under a temporary name: a failure halfway (disk full, a bad area) leaves no half-made office, and
    // nobody opens the file before its administrator exists.
    const QString building = path + QStringLiteral(".creating");
    removeDatabaseFiles(building);
    auto fail = [&](core::Error error) -> core::Result<QString> {
        removeDatabaseFiles(building);
        return error;
    };
    {
        storage::Database::Options options;
        options.quickCheck = false;
        auto db = storage::Database::open(building, options);
        if (!db)
            return fail(db.error());
        auto admin = storage::UserRepository::createFirstAdmin(**db, request.adminName.trimmed(), request.password,
                                                               request.adminDisplayName.trimmed());
        if (!admin)
            return fail(admin.error());
        if (auto named = storage::SettingsRepository::set(**db, OfficeNameKey, request.officeName.trimmed()); !named)
            return fail(named.error());
        storage::Session session(**db, *admin);
        for (const QString& name : request.areas) {
            core::Area area;
            area.name = name.trimmed();
            if (auto created = storage::UserRepository::createArea(session, area); !created)
                return fail(created.error());
        }
    } // closed: the WAL is checkpointed into the file and removed
    if (QFileInfo::exists(path))
        return fail(
            makeError(ErrorCode::InvalidArgument, describe(Problem::FileExists, request), QStringLiteral("folder")));
    if (!QFile::rename(building, path))
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot rename %1 to %2").arg(building, path)));
    spdlog::info("created office {} with {} areas", path.toStdString(), request.areas.size());
    return path;
}

} // namespace carddesk::services
