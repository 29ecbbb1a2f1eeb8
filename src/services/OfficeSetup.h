#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace carddesk::services {

// Creating a new office file: the office's name, its areas and its first administrator, in one step that
// leaves either a complete file or nothing (the file is built under a temporary name and renamed into place).
// The CLI's `init` and the GUI's welcome window both use it.
class OfficeSetup
{
public:
    // What is wrong with a request, in the order the form asks for it; the faces turn it into their text.
    enum class Problem
    {
        OfficeNameMissing,
        AreaNameMissing,  // an empty entry in the list of areas
        AreaNameRepeated, // the same area twice
        AdminNameMissing,
        PasswordTooShort, // fewer than MinimumPasswordLength characters
        PasswordIsUserName,
        FolderMissing, // no folder given, or it does not exist
        NetworkFolder, // NFS, SMB/CIFS or a //host/share path: SQLite's locking is unreliable there
        FolderNotWritable,
        FileExists, // never overwrite an office
    };

    struct Request
    {
        QString officeName;
        QStringList areas; // may be empty: areas can be added later
        QString adminName;
        QString adminDisplayName;
        QString password;
        // Where the file goes: filePath when given (the CLI's --db), else folder/<office name>.db.
        QString folder;
        QString filePath;
    };

    static constexpr int MinimumPasswordLength = 8;
    // The settings key that holds the office's name.
    static constexpr const char* OfficeNameKey = "office.name";

    // The file the request would create.
    static QString targetPath(const Request& request);
    // The first problem with the request, or nothing when create() may go ahead.
    static std::optional<Problem> check(const Request& request);
    // The password rules alone (length, not the user name), for a form that checks as the user types.
    static std::optional<Problem> checkPassword(const QString& userName, const QString& password);
    // The field a problem belongs to ("office_name", "areas", "admin", "password", "folder").
    static QString fieldOf(Problem problem);
    // An English sentence for the CLI and the log.
    static QString describe(Problem problem, const Request& request);

    // Creates the office file; returns its absolute path. On any failure nothing is left behind.
    static core::Result<QString> create(const Request& request);
};

} // namespace carddesk::services
