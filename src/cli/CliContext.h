#pragma once

#include "core/Customer.h"
#include "core/Result.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace carddesk::cli {

// Exit codes of carddesk-cli, documented in docs/CLI.md.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitDenied = 3
};

// What every command gets: the global options, the open database, the logged-in session (when the command
// needs one) and the two output streams. Commands print results to out and messages to err.
struct CliContext
{
    QString dbPath;
    QString userName;
    QString passwordFile;
    QStringList args; // the command's own arguments, command words removed
    QTextStream& out;
    QTextStream& err;
    std::unique_ptr<storage::Database> db;
    std::optional<storage::Session> session;

    // Opens the database (creating it when allowed) and logs in with --user/--password-file.
    // Prints the reason and returns false on failure; exitCode says which code to return.
    bool openDatabase(bool create);
    // Opens --db read-only (storage::Database::Options::readOnly): no upgrade, no backup before one, no write.
    // The error, if any, is left in *error for the caller to word (check words damage its own way).
    bool openDatabaseReadOnly(core::Error* error);
    // A user whose password an administrator reset may only choose their own (`users passwd`) until they have.
    bool login(bool toChangeOwnPassword = false);
    // Verifies --user and --password-file without writing the access log (a read-only file). The error, if any,
    // is left in *error.
    bool loginWithoutRecord(core::Error* error);
    int exitCode = ExitOk;

    // The customer a command names by id or by code, in the session's scope (NotFound otherwise); with logAccess
    // the opening is written to the access log, as the card's.
    core::Result<core::Customer> customerByKey(const QString& key, bool logAccess = true);

    int fail(const core::Error& error);
    int usage(const QString& message);
};

// Reads the first line of a password file ("-" reads standard input).
std::optional<QString> readPasswordFile(const QString& path, QString* error);

} // namespace carddesk::cli
