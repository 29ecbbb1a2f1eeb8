#include "core/RegularFile.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace carddesk::core {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISFIFO(mode))
        return QStringLiteral("a named pipe");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    return QStringLiteral("not an ordinary file");
}

} // namespace

Status requireRegularFile(const QString& path)
{
    struct stat status
    {
    };
    // stat(), not QFileInfo: it never opens the file, so a pipe cannot block here.
    if (::stat(QFile::encodeName(path).constData(), &status) != 0 || S_ISREG(status.st_mode))
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 is %2, not a file: save the data to a file and choose that file")
                         .arg(QFileInfo(path).fileName(), kindOf(status.st_mode)),
                     QStringLiteral("file"));
}

} // namespace carddesk::core
