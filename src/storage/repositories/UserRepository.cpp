#include "storage/repositories/UserRepository.h"

#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/access/PasswordHasher.h"
#include "storage/db/SqlBinding.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <QRegularExpression>
#include <algorithm>

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;
using core::Role;
using core::User;

namespace {

const char* const kUserColumns = "id, username, display_name, role, area_id, active, row_version, must_change_password";

// What the access log keeps of a user name that is no user: "(unknown user) #1a2b", 16 bits of a SHA-256 of the
// name as typed (case-folded, as user names compare). Enough for the throttle to count one unknown name's failures
// apart from another's (a collision, 1 in 65,536, slows a second name down too); far too little to recover a
// password typed into the name field.
QString unknownNameTag(const QString& typed)
{
    const QByteArray digest = QCryptographicHash::hash(typed.toCaseFolded().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("(unknown user) #") + QString::fromLatin1(digest.left(2).toHex());
}

User readUser(SQLite::Statement& q)
{
    User user;
    user.id = q.getColumn(0).getInt64();
    user.username = sqlbind::toQString(q.getColumn(1));
    user.displayName = sqlbind::toQString(q.getColumn(2));
    user.role = core::roleFromName(sqlbind::toQString(q.getColumn(3))).value_or(Role::Rep);
    user.areaId = sqlbind::toId(q.getColumn(4));
    user.active = q.getColumn(5).getInt() != 0;
    user.rowVersion = q.getColumn(6).getInt64();
    user.mustChangePassword = q.getColumn(7).getInt() != 0;
    return user;
}

core::Status validateUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!pattern.match(username).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("user name '%1' must be 2-32 letters, digits, '_', '.' or '-'").arg(username),
                         QStringLiteral("username"));
    return {};
}

core::Result<User> insertUser(Database& db, qint64 actorId, const User& user, const QString& password)
{
    if (auto ok = validateUsername(user.username); !ok)
        return ok.error();
    if (auto ok = UserRepository::validatePassword(password); !ok)
        return ok.error();
    if (user.role != Role::Admin && user.areaId <= 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a rep or manager needs an area"),
                         QStringLiteral("area"));
    const QString hash = PasswordHasher::hash(password);
    User created = user;
    auto status = db.write([&]() -> core::Status {
        SQLite::Statement exists(db.sql(), "SELECT 1 FROM users WHERE username = ?");
        sqlbind::text(exists, 1, user.username);
        if (exists.executeStep())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("user name '%1' is already taken").arg(user.username),
                             QStringLiteral("username"));
        SQLite::Statement st(db.sql(), "INSERT INTO users (username, display_name, role, area_id, password_hash, "
                                       "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        sqlbind::text(st, 1, user.username);
        sqlbind::text(st, 2, user.displayName.isEmpty() ? user.username : user.displayName);
        sqlbind::text(st, 3, core::roleName(user.role));
        sqlbind::optionalId(st, 4, user.areaId);
        sqlbind::text(st, 5, hash);
        st.bind(6, user.active ? 1 : 0);
        sqlbind::text(st, 7, Database::nowIso());
        st.exec();
        created.id = db.sql().getLastInsertRowid();
        created.rowVersion = 1;
        if (created.displayName.isEmpty())
            created.displayName = created.username;
        AuditTrail::recordChange(db, actorId > 0 ? actorId : created.id, QStringLiteral("insert"),
                                 QStringLiteral("users"), created.id, 0, QStringLiteral("username"), QString(),
                                 created.username + QLatin1Char(' ') + core::roleName(created.role));
        return {};
    });
    if (!status)
        return status.error();
    return created;
}

} // namespace

core::Status UserRepository::validatePassword(const QString& password)
{
    if (password.size() < 8)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a password needs at least 8 characters"),
                         QStringLiteral("password"));
    return {};
}

qint64 UserRepository::userCount(Database& db)
{
    return db.sql().execAndGet("SELECT count(*) FROM users").getInt64();
}

core::Result<User> UserRepository::login(Database& db, const QString& username, const QString& password)
{
    try {
        SQLite::Statement q(db.sql(),
                            std::string("SELECT ") + kUserColumns + ", password_hash FROM users WHERE username = ?");
        sqlbind::text(q, 1, username);
        std::optional<User> user;
        QString hash;
        if (q.executeStep()) {
            user = readUser(q);
            hash = sqlbind::toQString(q.getColumn(8));
        }
        q.reset();
        // Only a name that exists is kept (as stored): a password typed into the name field must not end up in the
        // log. An unknown name is kept as a short tag of it, so the throttle below still counts its failures on
        // their own (see unknownNameTag).
        const QString detail = QStringLiteral("user name: ") + (user ? user->username : unknownNameTag(username));
        {
            // Failures of this user name in the last hour (customer_id IS NULL: served by access_log_customer).
            SQLite::Statement failures(db.sql(), "SELECT count(*), max(at) FROM access_log WHERE customer_id IS NULL "
                                                 "AND at > ? AND action = 'login_failed' AND detail = ?");
            sqlbind::text(failures, 1, QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate));
            sqlbind::text(failures, 2, detail);
            failures.executeStep();
            const int recent = failures.getColumn(0).getInt();
            const int wait = throttleSeconds(recent);
            if (wait > 0) {
                const QDateTime last = sqlbind::toDateTime(failures.getColumn(1));
                const qint64 left = QDateTime::currentDateTimeUtc().secsTo(last.addSecs(wait));
                if (left > 0) {
                    failures.reset();
                    auto logged = db.write([&]() -> core::Status {
                        AuditTrail::recordAccess(db, user ? user->id : 0, 0, QStringLiteral("login_failed"),
                                                 detail + QStringLiteral("; refused, too many failures"));
                        return {};
                    });
                    if (!logged)
                        return logged.error();
                    return makeError(ErrorCode::Busy,
                                     QStringLiteral("too many failed log-ins for this user name; try again in %1 "
                                                    "seconds")
                                         .arg(left),
                                     QStringLiteral("password"));
                }
            }
        }
        // One password verification whatever the name: an unknown or inactive user is refused in the time a wrong
        // password of a real one takes, so the time does not tell which names exist.
        const bool verified =
            user && user->active ? PasswordHasher::verify(hash, password) : PasswordHasher::verifyDummy(password);
        const bool good = user && user->active && verified;
        auto logged = db.write([&]() -> core::Status {
            AuditTrail::recordAccess(db, user ? user->id : 0, 0,
                                     good ? QStringLiteral("login") : QStringLiteral("login_failed"),
                                     good ? QString() : detail);
            return {};
        });
        if (!logged)
            return logged.error();
        if (!good)
            return makeError(ErrorCode::AccessDenied, QStringLiteral("wrong user name or password"));
        return *user;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<User> UserRepository::verifyWithoutRecord(Database& db, const QString& username, const QString& password)
{
    try {
        SQLite::Statement q(db.sql(),
                            std::string("SELECT ") + kUserColumns + ", password_hash FROM users WHERE username = ?");
        sqlbind::text(q, 1, username);
        std::optional<User> user;
        QString hash;
        if (q.executeStep()) {
            user = readUser(q);
            hash = sqlbind::toQString(q.getColumn(8));
        }
        q.reset();
        const bool verified =
            user && user->active ? PasswordHasher::verify(hash, password) : PasswordHasher::verifyDummy(password);
        if (!user || !user->active || !verified)
            return makeError(ErrorCode::AccessDenied, QStringLiteral("wrong user name or password"));
        return *user;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<User> UserRepository::createFirstAdmin(Database& db, const QString& username, const QString& password,
                                                    const QString& displayName)
{
    if (userCount(db) > 0)
        return makeError(ErrorCode::AccessDenied,
                         QStringLiteral("this database already has users; log in as an admin to add more"));
    User admin;
    admin.username = username;
    admin.displayName = displayName;
    admin.role = Role::Admin;
    return insertUser(db, 0, admin, password);
}

core::Result<User> UserRepository::create(Session& session, User user, const QString& password)
{
    if (auto ok = AccessScope::requireRole(session, Role::Admin, QStringLiteral("adding a user")); !ok)
        return ok.error();
    if (user.areaId > 0) {
        SQLite::Statement area(session.db().sql(), "SELECT 1 FROM areas WHERE id = ?");
        area.bind(1, static_cast<int64_t>(user.areaId));
        if (!area.executeStep())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("area %1 does not exist").arg(user.areaId),
                             QStringLiteral("area"));
    }
    try {
        return insertUser(session.db(), session.userId(), user, password);
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Status UserRepository::setPassword(Session& session, qint64 userId, const QString& password)
{
    if (userId != session.userId()) {
        if (auto ok =
                AccessScope::requireRole(session, Role::Admin, QStringLiteral("changing another user's password"));
            !ok)
            return ok;
    }
    if (auto ok = validatePassword(password); !ok)
        return ok;
    const QString hash = PasswordHasher::hash(password);
    return session.db().write([&]() -> core::Status {
        SQLite::Statement st(session.db().sql(), "UPDATE users SET password_hash = ?, must_change_password = ?, "
                                                 "row_version = row_version + 1 WHERE id = ?");
        sqlbind::text(st, 1, hash);
        // A password someone else chose is only good for the next log-in.
        st.bind(2, userId != session.userId() ? 1 : 0);
        st.bind(3, static_cast<int64_t>(userId));
        if (st.exec() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("user %1 does not exist").arg(userId));
        AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("update"), QStringLiteral("users"),
                                 userId, 0, QStringLiteral("password"), QStringLiteral("***"), QStringLiteral("***"));
        return {};
    });
}

core::Status UserRepository::setActive(Session& session, qint64 userId, bool active)
{
    if (auto ok = AccessScope::requireRole(session, Role::Admin, QStringLiteral("deactivating a user")); !ok)
        return ok;
    if (userId == session.userId() && !active)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("you cannot deactivate yourself"));
    return session.db().write([&]() -> core::Status {
        SQLite::Statement st(session.db().sql(),
                             "UPDATE users SET active = ?, row_version = row_version + 1 WHERE id = ?");
        st.bind(1, active ? 1 : 0);
        st.bind(2, static_cast<int64_t>(userId));
        if (st.exec() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("user %1 does not exist").arg(userId));
        AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("update"), QStringLiteral("users"),
                                 userId, 0, QStringLiteral("active"),
                                 active ? QStringLiteral("0") : QStringLiteral("1"),
                                 active ? QStringLiteral("1") : QStringLiteral("0"));
        return {};
    });
}

core::Result<std::vector<User>> UserRepository::list(Session& session)
{
    std::string where;
    const User& me = session.user();
    switch (me.role) {
    case Role::Admin:
        where = "1";
        break;
    case Role::Manager:
        where = "area_id = " + std::to_string(me.areaId) + " OR id = " + std::to_string(me.id);
        break;
    case Role::Rep:
        where =
            "id = " + std::to_string(me.id) + " OR (role = 'manager' AND area_id = " + std::to_string(me.areaId) + ")";
        break;
    }
    try {
        SQLite::Statement q(session.db().sql(), std::string("SELECT ") + kUserColumns + " FROM users WHERE " + where +
                                                    " ORDER BY username");
        std::vector<User> users;
        while (q.executeStep())
            users.push_back(readUser(q));
        return users;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<User> UserRepository::findByName(Session& session, const QString& username)
{
    auto all = list(session);
    if (!all)
        return all.error();
    for (const User& user : *all) {
        if (user.username.compare(username, Qt::CaseInsensitive) == 0)
            return user;
    }
    // The same answer for a name that does not exist and one outside the caller's sight (another area's rep): said
    // as such, since "no user named rep06" read as if rep06 did not exist.
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("no user named '%1' among the users you may see").arg(username),
                     QStringLiteral("user"));
}

core::Result<User> UserRepository::findById(Database& db, qint64 id)
{
    try {
        SQLite::Statement q(db.sql(), std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?");
        q.bind(1, static_cast<int64_t>(id));
        if (!q.executeStep())
            return makeError(ErrorCode::NotFound, QStringLiteral("user %1 does not exist").arg(id));
        return readUser(q);
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<core::Area> UserRepository::createArea(Session& session, core::Area area)
{
    if (auto ok = AccessScope::requireRole(session, Role::Admin, QStringLiteral("adding an area")); !ok)
        return ok.error();
    if (area.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("an area needs a name"), QStringLiteral("name"));
    auto status = session.db().write([&]() -> core::Status {
        SQLite::Statement st(session.db().sql(), "INSERT INTO areas (name, region, manager_id) VALUES (?, ?, ?)");
        sqlbind::text(st, 1, area.name.trimmed());
        sqlbind::text(st, 2, area.region);
        sqlbind::optionalId(st, 3, area.managerId);
        st.exec();
        area.id = session.db().sql().getLastInsertRowid();
        AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("insert"), QStringLiteral("areas"),
                                 area.id, 0, QStringLiteral("name"), QString(), area.name);
        return {};
    });
    if (!status)
        return status.error();
    return area;
}

core::Result<std::vector<core::Area>> UserRepository::areas(Session& session)
{
    try {
        SQLite::Statement q(session.db().sql(), "SELECT id, name, region, manager_id FROM areas ORDER BY name");
        std::vector<core::Area> result;
        while (q.executeStep()) {
            core::Area area;
            area.id = q.getColumn(0).getInt64();
            area.name = sqlbind::toQString(q.getColumn(1));
            area.region = sqlbind::toQString(q.getColumn(2));
            area.managerId = sqlbind::toId(q.getColumn(3));
            result.push_back(area);
        }
        return result;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

bool UserRepository::hasPassword(Database& db, qint64 userId, const QString& password)
{
    try {
        SQLite::Statement q(db.sql(), "SELECT password_hash FROM users WHERE id = ? AND active = 1");
        q.bind(1, static_cast<int64_t>(userId));
        return q.executeStep() && PasswordHasher::verify(sqlbind::toQString(q.getColumn(0)), password);
    } catch (const std::exception&) {
        return false;
    }
}

int UserRepository::throttleSeconds(int recentFailures)
{
    if (recentFailures < 5)
        return 0;
    const int doublings = std::min(recentFailures - 5, 5); // 30 s .. 16 min, capped below
    return std::min(30 << doublings, 15 * 60);
}

core::Status UserRepository::rename(Session& session, qint64 userId, const QString& displayName)
{
    if (auto ok = AccessScope::requireRole(session, Role::Admin, QStringLiteral("renaming a user")); !ok)
        return ok;
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > 64)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a display name needs 1 to 64 characters"),
                         QStringLiteral("display_name"));
    return session.db().write([&]() -> core::Status {
        SQLite::Statement old(session.db().sql(), "SELECT display_name FROM users WHERE id = ?");
        old.bind(1, static_cast<int64_t>(userId));
        if (!old.executeStep())
            return makeError(ErrorCode::NotFound, QStringLiteral("user %1 does not exist").arg(userId));
        const QString before = sqlbind::toQString(old.getColumn(0));
        old.reset();
        SQLite::Statement st(session.db().sql(),
                             "UPDATE users SET display_name = ?, row_version = row_version + 1 WHERE id = ?");
        sqlbind::text(st, 1, name);
        st.bind(2, static_cast<int64_t>(userId));
        st.exec();
        AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("update"), QStringLiteral("users"),
                                 userId, 0, QStringLiteral("display_name"), before, name);
        return {};
    });
}

core::Status UserRepository::renameArea(Session& session, qint64 areaId, const QString& name)
{
    if (auto ok = AccessScope::requireRole(session, Role::Admin, QStringLiteral("renaming an area")); !ok)
        return ok;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("an area needs a name"), QStringLiteral("name"));
    return session.db().write([&]() -> core::Status {
        SQLite::Statement old(session.db().sql(), "SELECT name FROM areas WHERE id = ?");
        old.bind(1, static_cast<int64_t>(areaId));
        if (!old.executeStep())
            return makeError(ErrorCode::NotFound, QStringLiteral("area %1 does not exist").arg(areaId));
        const QString before = sqlbind::toQString(old.getColumn(0));
        old.reset();
        SQLite::Statement taken(session.db().sql(), "SELECT 1 FROM areas WHERE name = ? AND id <> ?");
        sqlbind::text(taken, 1, trimmed);
        taken.bind(2, static_cast<int64_t>(areaId));
        if (taken.executeStep())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("area name '%1' is already taken").arg(trimmed),
                             QStringLiteral("name"));
        SQLite::Statement st(session.db().sql(), "UPDATE areas SET name = ? WHERE id = ?");
        sqlbind::text(st, 1, trimmed);
        st.bind(2, static_cast<int64_t>(areaId));
        st.exec();
        AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("update"), QStringLiteral("areas"),
                                 areaId, 0, QStringLiteral("name"), before, trimmed);
        return {};
    });
}

core::Result<std::map<qint64, qint64>> UserRepository::customerCounts(Session& session)
{
    if (auto ok = AccessScope::requireRole(session, Role::Admin, QStringLiteral("the customers per user")); !ok)
        return ok.error();
    try {
        SQLite::Statement q(session.db().sql(),
                            "SELECT coalesce(owner_id, 0), count(*) FROM customers GROUP BY owner_id");
        std::map<qint64, qint64> counts;
        while (q.executeStep())
            counts[q.getColumn(0).getInt64()] = q.getColumn(1).getInt64();
        return counts;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

} // namespace carddesk::storage
