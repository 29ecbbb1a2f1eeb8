#include "storage/chain/AuditChainCheck.h"

#include "storage/chain/AuditSeal.h"
#include "storage/chain/AuditSealer.h"
#include "storage/db/BaselineSchema.h"
#include "storage/db/Database.h"
#include "storage/db/RawStatement.h"

#include <QMap>
#include <QRegularExpression>

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace carddesk::storage {

namespace {

const QString kWhatToDo = QStringLiteral(
    "someone changed the file with another tool (sqlite3, DB Browser): find out who had write access to it, compare "
    "with a backup made before (carddesk-cli backups list) and restore it if the office was changed (docs/SECURITY.md, "
    "\"Tamper-evident trails\")");

constexpr const char* kGuards[] = {"audit_log_no_update", "audit_log_no_delete", "access_log_no_update",
                                   "access_log_no_delete"};

QString normalised(const std::string& sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromStdString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

struct Trigger
{
    std::string table;
    QString sql;
};

std::map<std::string, Trigger> triggersOf(SQLite::Database& db)
{
    std::map<std::string, Trigger> out;
    SQLite::Statement st(db, "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'");
    while (st.executeStep())
        out[st.getColumn(0).getString()] = {st.getColumn(1).getString(), normalised(st.getColumn(2).getString())};
    return out;
}

void checkTriggers(SQLite::Database& db, QStringList& problems)
{
    SQLite::Database baseline(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    baseline.exec(BaselineSchema::sql());
    const auto expected = triggersOf(baseline);
    const auto actual = triggersOf(db);
    for (const char* guard : kGuards) {
        const auto found = actual.find(guard);
        if (found == actual.end())
            problems << QStringLiteral("audit chain: the trigger %1 is missing (dropped outside CardDesk), so the "
                                       "trail could be changed without SQLite refusing it; re-create it by restoring "
                                       "a backup, and see the rows below; %2")
                            .arg(QLatin1String(guard), kWhatToDo);
        else if (found->second.sql != expected.at(guard).sql)
            problems << QStringLiteral("audit chain: the trigger %1 is not as CardDesk creates it (changed outside "
                                       "CardDesk); %2")
                            .arg(QLatin1String(guard), kWhatToDo);
    }
    for (const auto& [name, trigger] : actual) {
        const bool watched = trigger.table == "audit_log" || trigger.table == "access_log" ||
                             trigger.table == "users" || trigger.table == "audit_chain";
        if (watched && expected.find(name) == expected.end())
            problems << QStringLiteral("audit chain: the trigger %1 on %2 is not CardDesk's (added outside "
                                       "CardDesk); %3")
                            .arg(QString::fromStdString(name), QString::fromStdString(trigger.table), kWhatToDo);
    }
}

struct Finding
{
    std::int64_t id;
    QString what;
};

std::string encodeColumns(RawStatement& row, int count)
{
    std::string out;
    for (int column = 0; column < count; ++column)
        AuditSeal::appendValue(out, row.value(column));
    return out;
}

bool sameSeal(const AuditSeal::Digest& digest, const void* stored, int bytes)
{
    return bytes == static_cast<int>(digest.size()) && std::memcmp(digest.data(), stored, digest.size()) == 0;
}

bool blankOrErased(RawStatement& row, int column)
{
    return row.isNull(column) || row.text(column) == "(erased)";
}

// Compares the chain's end with the head CardDesk keeps, and reports the first bad row of the log.
void report(SQLite::Database& db, const char* log, std::vector<Finding>& bad, std::int64_t lastSealedId,
            const AuditSeal::Digest& lastSeal, std::int64_t rows, QStringList& problems)
{
    RawStatement head(db, "SELECT last_id, seal FROM audit_chain WHERE log = ?");
    head.bindStatic(1, log);
    if (!head.step())
        bad.push_back({lastSealedId, QStringLiteral("the chain head of %1 is missing from audit_chain (deleted "
                                                    "outside CardDesk)")
                                         .arg(QLatin1String(log))});
    else if (head.int64(0) != lastSealedId || !sameSeal(lastSeal, head.blob(1), head.bytes(1))) {
        const std::int64_t headId = head.int64(0);
        if (headId > lastSealedId)
            bad.push_back({lastSealedId + 1, QStringLiteral("the chain of %1 ends at row %2 but the table at row %3: "
                                                            "the rows after it were deleted outside CardDesk")
                                                 .arg(QLatin1String(log))
                                                 .arg(headId)
                                                 .arg(lastSealedId)});
        else
            bad.push_back({headId + 1, QStringLiteral("rows of %1 after row %2, where CardDesk's chain ends, were "
                                                      "sealed outside CardDesk")
                                           .arg(QLatin1String(log))
                                           .arg(headId)});
    }
    if (bad.empty())
        return;
    std::stable_sort(bad.begin(), bad.end(), [](const Finding& a, const Finding& b) { return a.id < b.id; });
    problems << QStringLiteral("audit chain: %1 changed outside CardDesk: the first bad row is %2 (%3); %4 finding(s) "
                               "in %5 row(s); %6")
                    .arg(QLatin1String(log))
                    .arg(bad.front().id)
                    .arg(bad.front().what)
                    .arg(bad.size())
                    .arg(rows)
                    .arg(kWhatToDo);
}

} // namespace

QStringList AuditChainCheck::findTampering(SQLite::Database& db)
{
    QStringList problems;
    checkTriggers(db, problems);

    // audit_log
    std::vector<Finding> bad;
    std::set<std::tuple<std::string, std::int64_t, std::int64_t>> erasures;
    std::vector<std::tuple<std::int64_t, std::string, std::int64_t, std::int64_t>> blanked;
    std::map<std::int64_t, std::pair<std::string, std::int64_t>> lastState; // user id → (state, row id)
    AuditSeal::Digest previous{};
    std::int64_t lastSealedId = 0, rows = 0;
    {
        RawStatement row(db, "SELECT id, at, user_id, action, table_name, row_id, customer_id, field, old_value, "
                             "new_value, seal, value_key, value_mac FROM audit_log ORDER BY id");
        while (row.step()) {
            ++rows;
            const std::int64_t id = row.int64(0);
            if (row.isNull(10)) {
                bad.push_back({id, QStringLiteral("row %1 has no seal: inserted outside CardDesk").arg(id)});
                continue;
            }
            AuditSeal::Digest mac{};
            if (!row.isNull(11)) {
                mac = AuditSeal::valueMac(static_cast<const unsigned char*>(row.blob(11)), row.bytes(11), row.value(8),
                                          row.value(9));
            } else {
                // An erased row: its values blanked, their HMAC kept, the key gone (ContactErasure).
                mac = AuditSeal::fromBlob(row.blob(12), row.bytes(12));
                if (!blankOrErased(row, 8) || !blankOrErased(row, 9) || row.bytes(12) != static_cast<int>(mac.size()))
                    bad.push_back(
                        {id, QStringLiteral("row %1 lost its value key but its values are not erased").arg(id)});
                blanked.emplace_back(id, std::string(row.text(4)), row.int64(5), row.int64(6));
            }
            const AuditSeal::Digest expected = AuditSeal::auditSeal(previous, encodeColumns(row, 8), mac);
            const bool matches = sameSeal(expected, row.blob(10), row.bytes(10));
            if (!matches)
                bad.push_back({id, QStringLiteral("row %1 does not match its seal: changed outside CardDesk, or the "
                                                  "row before it was deleted")
                                       .arg(id)});
            previous = AuditSeal::fromBlob(row.blob(10), row.bytes(10));
            lastSealedId = id;
            if (row.text(3) == "erase")
                erasures.emplace(std::string(row.text(4)), row.int64(5), row.int64(6));
            if (matches && row.text(3) == "user_state")
                lastState[row.int64(5)] = {std::string(row.text(9)), id};
        }
    }
    for (const auto& [id, table, rowId, customer] : blanked)
        if (!erasures.count({table, rowId, customer}))
            bad.push_back(
                {id, QStringLiteral("row %1 has its values blanked but no erasure of it is recorded").arg(id)});
    report(db, "audit_log", bad, lastSealedId, previous, rows, problems);

    // access_log
    bad.clear();
    previous = {};
    lastSealedId = rows = 0;
    {
        RawStatement row(db, "SELECT id, at, user_id, customer_id, action, detail, seal FROM access_log ORDER BY id");
        while (row.step()) {
            ++rows;
            const std::int64_t id = row.int64(0);
            if (row.isNull(6)) {
                bad.push_back({id, QStringLiteral("row %1 has no seal: inserted outside CardDesk").arg(id)});
                continue;
            }
            if (!sameSeal(AuditSeal::accessSeal(previous, encodeColumns(row, 6)), row.blob(6), row.bytes(6)))
                bad.push_back({id, QStringLiteral("row %1 does not match its seal: changed outside CardDesk, or the "
                                                  "row before it was deleted")
                                       .arg(id)});
            previous = AuditSeal::fromBlob(row.blob(6), row.bytes(6));
            lastSealedId = id;
        }
    }
    report(db, "access_log", bad, lastSealedId, previous, rows, problems);

    // users: each as the chain's last snapshot of them
    std::set<std::int64_t> seen;
    RawStatement users(db, "SELECT id, username FROM users ORDER BY id");
    while (users.step()) {
        const std::int64_t id = users.int64(0);
        seen.insert(id);
        const QString name = QString::fromUtf8(users.text(1).data(), static_cast<int>(users.text(1).size()));
        const std::string state = AuditSealer::userState(db, id);
        const auto snapshot = lastState.find(id);
        if (snapshot == lastState.end())
            problems << QStringLiteral("audit chain: user %1 (id %2, %3) has no snapshot in the audit chain: added "
                                       "outside CardDesk; %4")
                            .arg(name)
                            .arg(id)
                            .arg(QString::fromStdString(state), kWhatToDo);
        else if (snapshot->second.first != state)
            problems << QStringLiteral("audit chain: user %1 (id %2) is %3 in the users table but %4 in the audit "
                                       "chain (row %5): changed outside CardDesk; %6")
                            .arg(name)
                            .arg(id)
                            .arg(QString::fromStdString(state), QString::fromStdString(snapshot->second.first))
                            .arg(snapshot->second.second)
                            .arg(kWhatToDo);
    }
    for (const auto& [id, snapshot] : lastState)
        if (!seen.count(id) && snapshot.first != "deleted")
            problems << QStringLiteral("audit chain: user id %1 (%2 in the audit chain, row %3) is gone from the users "
                                       "table: deleted outside CardDesk; %4")
                            .arg(id)
                            .arg(QString::fromStdString(snapshot.first))
                            .arg(snapshot.second)
                            .arg(kWhatToDo);
    return problems;
}

core::Result<QStringList> AuditChainCheck::run(Database& db)
{
    try {
        if (db.schemaVersion() < 22)
            return QStringList();
        return findTampering(db.sql());
    } catch (const std::exception& e) {
        auto error = errorFromException(e);
        if (error.code == core::ErrorCode::Corrupt)
            Database::markDamaged(db.path());
        return error;
    }
}

core::Result<QStringList> AuditChainCheck::heads(Database& db)
{
    QStringList lines;
    if (db.schemaVersion() < 22)
        return lines;
    try {
        SQLite::Statement heads(db.sql(), "SELECT h.log, h.last_id, hex(substr(h.seal, 1, 8)), (SELECT count(*) FROM "
                                          "audit_log), (SELECT count(*) FROM access_log) FROM audit_chain h ORDER BY "
                                          "h.log DESC");
        while (heads.executeStep()) {
            const std::string log = heads.getColumn(0).getString();
            lines << QStringLiteral("audit chain: %1 %2 rows, head row %3 seal %4…")
                         .arg(QString::fromStdString(log))
                         .arg(heads.getColumn(log == "audit_log" ? 3 : 4).getInt64())
                         .arg(heads.getColumn(1).getInt64())
                         .arg(QString::fromStdString(heads.getColumn(2).getString()).toLower());
        }
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
    return lines;
}

} // namespace carddesk::storage
