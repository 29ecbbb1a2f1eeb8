#pragma once

#include "core/Result.h"

#include <QStringList>

namespace SQLite {
class Database;
}

namespace carddesk::storage {

class Database;

// What `check` says about the trails' hash chain (schema v22, AuditSealer): the guard triggers exactly as CardDesk
// creates them and no other trigger on the trails or users; every audit_log and access_log row sealed and matching
// its seal, the last row the one the chain head names; every user's role, area, active flag and password as the
// chain's last snapshot of that user. Each finding names the first bad row and what to do. Read-only: works on a
// connection opened for `check`.
class AuditChainCheck
{
public:
    static QStringList findTampering(SQLite::Database& db);
    // findTampering on an office (nothing before schema v22, whose version is reported as damage), an SQLite error
    // as an error value (Corrupt marks the file damaged). Database::check runs it between findDamage and
    // findInconsistencies.
    static core::Result<QStringList> run(Database& db);

    // One line per trail: "audit chain: audit_log N rows, head row ID seal 0123abcd…" (empty before v22), for
    // `check` to print: worth writing down, as a chain re-computed after a change is caught only by comparing heads.
    static core::Result<QStringList> heads(Database& db);
};

} // namespace carddesk::storage
