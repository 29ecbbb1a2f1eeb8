#include "storage/db/PrivateFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

core::Status PrivateFile::create(const QString& path)
{
    // O_EXCL: never take over a file someone else made meanwhile (it could have any mode, or be a link).
    const int fd = ::open(nativePath(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW,
                          static_cast<mode_t>(kFileMode));
    if (fd < 0)
        return makeError(errno == EEXIST ? ErrorCode::Conflict : ErrorCode::Io,
                         QStringLiteral("cannot create %1: %2").arg(path, systemError()));
    // The umask can only take bits away; fchmod makes sure of 0600 exactly.
    const bool ok = ::fchmod(fd, static_cast<mode_t>(kFileMode)) == 0;
    ::close(fd);
    if (!ok)
        return makeError(ErrorCode::Io, QStringLiteral("cannot make %1 private: %2").arg(path, systemError()));
    return {};
}

core::Status PrivateFile::restrict(const QString& path)
{
    const bool folder = QFileInfo(path).isDir();
    if (::chmod(nativePath(path).constData(), static_cast<mode_t>(folder ? kFolderMode : kFileMode)) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot make %1 private: %2").arg(path, systemError()));
    return {};
}

int PrivateFile::mode(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(nativePath(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

bool PrivateFile::openToOthers(const QString& path)
{
    const int bits = mode(path);
    return bits >= 0 && (bits & 077) != 0;
}

QString PrivateFile::warningFor(const QString& officePath)
{
    if (!openToOthers(officePath))
        return {};
    return QStringLiteral("%1 can be read or changed by other accounts on this computer (mode %2): anyone of them "
                          "can copy every customer and password hash; make it private with: chmod 600 %1 %1-wal %1-shm")
        .arg(officePath)
        .arg(mode(officePath), 4, 8, QLatin1Char('0'));
}

} // namespace carddesk::storage
