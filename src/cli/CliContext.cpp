#include "cli/CliContext.h"

#include "services/BackupService.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QFile>

#include <cstdio>

namespace carddesk::cli {

std::optional<QString> readPasswordFile(const QString& path, QString* error)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = QStringLiteral("cannot read password file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.isEmpty()) {
        *error = QStringLiteral("password file %1 is empty").arg(path);
        return std::nullopt;
    }
    return line;
}

int CliContext::fail(const core::Error& error)
{
    err << "carddesk-cli: " << error.toString() << Qt::endl;
    switch (error.code) {
    case core::ErrorCode::AccessDenied:
        return ExitDenied;
    case core::ErrorCode::InvalidArgument:
        return ExitFailure;
    default:
        return ExitFailure;
    }
}

int CliContext::usage(const QString& message)
{
    err << "carddesk-cli: " << message << Qt::endl << "Try 'carddesk-cli --help'." << Qt::endl;
    return ExitUsage;
}

bool CliContext::openDatabase(bool create)
{
    if (dbPath.isEmpty()) {
        exitCode = usage(QStringLiteral("--db PATH is required"));
        return false;
    }
    storage::Database::Options options;
    options.create = create;
    // No quick_check at every command: it reads the whole file (5 s per GB) and would dominate `score` and
    // every short command. Damage met while a command runs fails that command with a message naming
    // `check`, which runs the full integrity check; the desktop application checks after its window shows.
    options.quickCheck = false;
    // An upgrade of the schema cannot be undone: an older office is copied first, beside the file.
    auto saved = services::BackupService::beforeUpgrade(dbPath, services::BackupService::defaultFolder(dbPath));
    if (!saved) {
        auto error = saved.error();
        error.message =
            QStringLiteral("the office needs an upgrade, and the backup before it failed: %1").arg(error.message);
        exitCode = fail(error);
        return false;
    }
    if (saved->has_value())
        err << "backed up before the upgrade: " << **saved << '\n';
    auto opened = storage::Database::open(dbPath, options);
    if (!opened) {
        exitCode = fail(opened.error());
        return false;
    }
    db = std::move(opened.value());
    return true;
}

bool CliContext::openDatabaseReadOnly(core::Error* error)
{
    if (dbPath.isEmpty()) {
        exitCode = usage(QStringLiteral("--db PATH is required"));
        *error = core::makeError(core::ErrorCode::InvalidArgument, QStringLiteral("--db PATH is required"));
        return false;
    }
    storage::Database::Options options;
    options.create = false;
    options.migrate = false;
    options.quickCheck = false;
    options.readOnly = true;
    auto opened = storage::Database::open(dbPath, options);
    if (!opened) {
        *error = opened.error();
        return false;
    }
    db = std::move(opened.value());
    return true;
}

bool CliContext::loginWithoutRecord(core::Error* error)
{
    if (userName.isEmpty() || passwordFile.isEmpty()) {
        exitCode = usage(QStringLiteral("this command needs --user NAME and --password-file FILE"));
        *error = core::makeError(core::ErrorCode::InvalidArgument, QStringLiteral("no --user or --password-file"));
        return false;
    }
    QString message;
    auto password = readPasswordFile(passwordFile, &message);
    if (!password) {
        *error = core::makeError(core::ErrorCode::InvalidArgument, message, QStringLiteral("password-file"));
        return false;
    }
    auto user = storage::UserRepository::verifyWithoutRecord(*db, userName, *password);
    if (!user) {
        *error = user.error();
        return false;
    }
    session.emplace(*db, *user);
    return true;
}

bool CliContext::login(bool toChangeOwnPassword)
{
    if (userName.isEmpty() || passwordFile.isEmpty()) {
        exitCode = usage(QStringLiteral("this command needs --user NAME and --password-file FILE"));
        return false;
    }
    QString error;
    auto password = readPasswordFile(passwordFile, &error);
    if (!password) {
        exitCode = fail(core::makeError(core::ErrorCode::InvalidArgument, error, QStringLiteral("password-file")));
        return false;
    }
    auto user = storage::UserRepository::login(*db, userName, *password);
    if (!user) {
        exitCode = fail(user.error());
        return false;
    }
    if (user->mustChangePassword && !toChangeOwnPassword) {
        exitCode = fail(core::makeError(
            core::ErrorCode::AccessDenied,
            QStringLiteral("the password of %1 was reset by an administrator: choose your own first with "
                           "carddesk-cli --user %1 --password-file FILE users passwd --new-password-file NEWFILE")
                .arg(user->username),
            QStringLiteral("password")));
        return false;
    }
    session.emplace(*db, *user);
    return true;
}

core::Result<core::Customer> CliContext::customerByKey(const QString& key, bool logAccess)
{
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    storage::CustomerRepository customers(*session);
    return isId ? customers.get(id, logAccess) : customers.getByCode(key, logAccess);
}

} // namespace carddesk::cli
