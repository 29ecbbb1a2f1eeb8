#pragma once

#include "core/Area.h"
#include "core/Result.h"
#include "core/User.h"
#include "storage/access/Session.h"

#include <map>
#include <vector>

namespace carddesk::storage {

// Users, areas and log-in. Only an admin manages users; the first admin of a new database is created without
// a log-in (createFirstAdmin refuses once any user exists).
class UserRepository
{
public:
    // Checks the password and records the attempt in the access log. The message is the same for an unknown
    // user and a wrong password.
    static core::Result<core::User> login(Database& db, const QString& username, const QString& password);
    // The same verification without writing anything (no access-log row, no throttle), for a file opened
    // read-only (`check` on read-only media or a damaged file). Whoever can read the file can try passwords
    // against its hashes offline anyway, so skipping the throttle here gives nothing away.
    static core::Result<core::User> verifyWithoutRecord(Database& db, const QString& username, const QString& password);

    static core::Result<core::User> createFirstAdmin(Database& db, const QString& username, const QString& password,
                                                     const QString& displayName = {});

    static core::Result<core::User> create(Session& session, core::User user, const QString& password);
    static core::Status setPassword(Session& session, qint64 userId, const QString& password);
    static core::Status setActive(Session& session, qint64 userId, bool active);

    // Users the session may see: admins see all, managers their area, reps themselves and their area's manager.
    static core::Result<std::vector<core::User>> list(Session& session);
    static core::Result<core::User> findByName(Session& session, const QString& username);
    static core::Result<core::User> findById(Database& db, qint64 id);

    static core::Result<core::Area> createArea(Session& session, core::Area area);
    static core::Result<std::vector<core::Area>> areas(Session& session);
    static qint64 userCount(Database& db);

    static core::Status validatePassword(const QString& password);

    // Whether `password` is this user's (a change of one's own password asks for the old one); no log entry.
    static bool hasPassword(Database& db, qint64 userId, const QString& password);

    // Administration (admin only, audited). A display name of 1-64 characters; an area name unique and not empty.
    static core::Status rename(Session& session, qint64 userId, const QString& displayName);
    static core::Status renameArea(Session& session, qint64 areaId, const QString& name);
    // How many customers each user owns (admin only): user id -> count, users without customers absent; 0: the
    // customers no one owns.
    static core::Result<std::map<qint64, qint64>> customerCounts(Session& session);

    // Failed log-ins in a row slow down: from the fifth failure of a user name within an hour on, each attempt waits
    // 30 s x 2^(failures - 5) after the last failure (at most 15 minutes); an attempt that comes earlier is refused
    // without looking at the password. Exposed for tests and the log-in dialog's message.
    static int throttleSeconds(int recentFailures);
};

} // namespace carddesk::storage
