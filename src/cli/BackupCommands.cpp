#include "cli/BackupCommands.h"

#include "cli/CommandOptions.h"
#include "cli/OutputTable.h"
#include "services/BackupService.h"
#include "storage/access/AccessScope.h"
#include "storage/repositories/SettingsRepository.h"

namespace carddesk::cli {

namespace {

// --to / --in, else the office's backup.folder setting, else `backups` beside the office file.
QString folderOf(CliContext& ctx, const QString& given)
{
    if (!given.isEmpty())
        return given;
    if (ctx.db) {
        if (auto setting = storage::SettingsRepository::value(*ctx.db, "backup.folder");
            setting && !setting->trimmed().isEmpty())
            return setting->trimmed();
    }
    return services::BackupService::defaultFolder(ctx.dbPath);
}

QCommandLineOption passphraseOption()
{
    return CommandOptions::withValue(QStringLiteral("passphrase-file"),
                                     QStringLiteral("The backup passphrase, the first line of FILE ('-': standard "
                                                    "input)."),
                                     QStringLiteral("FILE"));
}

// The passphrase of --passphrase-file, or empty when not given; false (with the exit code set) when unreadable.
bool passphraseOf(CliContext& ctx, CommandOptions& options, QString* passphrase)
{
    const QString file = options.value(QStringLiteral("passphrase-file"));
    if (file.isEmpty())
        return true;
    QString error;
    auto read = readPasswordFile(file, &error);
    if (!read) {
        ctx.exitCode = ctx.usage(error);
        return false;
    }
    *passphrase = *read;
    return true;
}

} // namespace

int BackupCommands::backup(CliContext& ctx)
{
    CommandOptions options(ctx, QStringLiteral("backup [--to FOLDER] [--passphrase-file FILE]"),
                           {CommandOptions::withValue(QStringLiteral("to"), QStringLiteral("Folder for the backup."),
                                                      QStringLiteral("FOLDER")),
                            passphraseOption()});
    QString passphrase;
    if (!options.parse() || options.helpShown() || !passphraseOf(ctx, options, &passphrase))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    // A backup is the whole office, every customer of every rep, in a folder of one's choosing: the
    // administrator's, as in the desktop application (Tools → Backups…).
    if (auto admin = storage::AccessScope::requireRole(*ctx.session, core::Role::Admin, QStringLiteral("a backup"));
        !admin)
        return ctx.fail(admin.error());
    // An office that asks for encrypted backups gets none in clear (docs/SECURITY.md).
    if (auto encrypted = services::BackupService::requirePassphrase(*ctx.db, passphrase); !encrypted)
        return ctx.fail(encrypted.error());
    const QString folder = folderOf(ctx, options.value(QStringLiteral("to")));
    auto made = services::BackupService::backup(ctx.dbPath, folder, QDateTime::currentDateTime(), passphrase);
    if (!made)
        return ctx.fail(made.error());
    ctx.out << *made << '\n';
    return ExitOk;
}

int BackupCommands::backups(CliContext& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub != QLatin1String("list"))
        return ctx.usage(QStringLiteral("backups needs 'list'"));
    CommandOptions options(ctx, QStringLiteral("backups list [--in FOLDER] [--format FORMAT]"),
                           {CommandOptions::withValue(QStringLiteral("in"), QStringLiteral("Folder of the backups."),
                                                      QStringLiteral("FOLDER")),
                            CommandOptions::formatOption()});
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    if (auto admin =
            storage::AccessScope::requireRole(*ctx.session, core::Role::Admin, QStringLiteral("the list of backups"));
        !admin)
        return ctx.fail(admin.error());
    const QString folder = folderOf(ctx, options.value(QStringLiteral("in")));
    OutputTable table({QStringLiteral("file"), QStringLiteral("taken"), QStringLiteral("customers"),
                       QStringLiteral("schema"), QStringLiteral("state")});
    for (const auto& entry : services::BackupService::list(ctx.dbPath, folder)) {
        table.addRow({entry.path, entry.takenAt.toString(Qt::ISODate),
                      entry.info ? QVariant(entry.info->customers) : QVariant(),
                      entry.info ? QVariant(entry.info->schemaVersion) : QVariant(),
                      entry.encrypted ? QStringLiteral("encrypted")
                      : entry.info    ? QStringLiteral("ok")
                                      : entry.problem});
    }
    table.print(ctx.out, format);
    return ExitOk;
}

int BackupCommands::restore(CliContext& ctx)
{
    CommandOptions options(ctx, QStringLiteral("restore FILE [--passphrase-file FILE]"), {passphraseOption()});
    QString passphrase;
    if (!options.parse() || options.helpShown() || !passphraseOf(ctx, options, &passphrase))
        return ctx.exitCode;
    if (options.positional().size() != 1)
        return ctx.usage(QStringLiteral("restore needs the backup file"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    if (auto admin = storage::AccessScope::requireRole(*ctx.session, core::Role::Admin, QStringLiteral("a restore"));
        !admin)
        return ctx.fail(admin.error());
    const QString administrator = ctx.session->user().username;
    // This command's own connection must be closed: a restore needs the office to be open nowhere.
    ctx.session.reset();
    ctx.db.reset();
    auto aside = services::BackupService::restore(ctx.dbPath, options.positional().first(), administrator,
                                                  QDateTime::currentDateTime(), passphrase);
    if (!aside)
        return ctx.fail(aside.error());
    ctx.out << "restored " << options.positional().first() << '\n';
    if (!aside->isEmpty())
        ctx.out << "the previous office is kept as " << *aside << '\n';
    return ExitOk;
}

} // namespace carddesk::cli
