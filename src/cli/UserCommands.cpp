#include "cli/UserCommands.h"

#include "cli/CommandOptions.h"
#include "services/UserAdministration.h"
#include "storage/access/AccessScope.h"
#include "storage/repositories/UserRepository.h"

namespace carddesk::cli {

namespace {

const char* const kSynopsis = "users deactivate NAME | users activate NAME | users rename NAME --display-name TEXT | "
                              "users reset-password NAME --new-password-file FILE | users passwd --new-password-file "
                              "FILE (your own; the current one is --password-file)";

} // namespace

int UserCommands::users(CliContext& ctx, const QString& sub)
{
    static const QStringList known = {QStringLiteral("deactivate"), QStringLiteral("activate"),
                                      QStringLiteral("rename"), QStringLiteral("reset-password"),
                                      QStringLiteral("passwd")};
    if (!known.contains(sub))
        return ctx.usage(
            QStringLiteral("users needs add, list, deactivate, activate, rename, reset-password or passwd"));
    CommandOptions options(ctx, QString::fromLatin1(kSynopsis),
                           {CommandOptions::withValue(QStringLiteral("display-name"), QStringLiteral("Full name."),
                                                      QStringLiteral("TEXT")),
                            CommandOptions::withValue(QStringLiteral("new-password-file"),
                                                      QStringLiteral("The new password."), QStringLiteral("FILE"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    const bool needsName = sub != QLatin1String("passwd");
    if (needsName && options.positional().size() != 1)
        return ctx.usage(QStringLiteral("users %1 needs exactly one user name").arg(sub));
    QString newPassword;
    if (sub == QLatin1String("reset-password") || sub == QLatin1String("passwd")) {
        if (!options.require(QStringLiteral("new-password-file")))
            return ctx.exitCode;
        QString error;
        auto password = readPasswordFile(options.value(QStringLiteral("new-password-file")), &error);
        if (!password)
            return ctx.fail(
                core::makeError(core::ErrorCode::InvalidArgument, error, QStringLiteral("new-password-file")));
        newPassword = *password;
    }
    if (sub == QLatin1String("rename") && !options.require(QStringLiteral("display-name")))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login(sub == QLatin1String("passwd")))
        return ctx.exitCode;
    if (sub == QLatin1String("passwd")) {
        QString error;
        const auto current = readPasswordFile(ctx.passwordFile, &error);
        auto changed =
            services::UserAdministration::changeOwnPassword(*ctx.session, current.value_or(QString()), newPassword);
        if (!changed)
            return ctx.fail(changed.error());
        ctx.out << "password changed\n";
        return ExitOk;
    }
    // Role first: a non-admin is refused as such, whether or not the name is one they could see.
    if (auto admin =
            storage::AccessScope::requireRole(*ctx.session, core::Role::Admin, QStringLiteral("users %1").arg(sub));
        !admin)
        return ctx.fail(admin.error());
    auto user = storage::UserRepository::findByName(*ctx.session, options.positional().first());
    if (!user)
        return ctx.fail(user.error());
    if (sub == QLatin1String("deactivate")) {
        auto left = services::UserAdministration::deactivate(*ctx.session, user->id);
        if (!left)
            return ctx.fail(left.error());
        ctx.out << "deactivated " << user->username << '\n';
        if (*left > 0)
            ctx.out << *left << " customers of " << user->username << " need a handover (carddesk-cli handover)\n";
        return ExitOk;
    }
    core::Status status;
    if (sub == QLatin1String("activate"))
        status = services::UserAdministration::reactivate(*ctx.session, user->id);
    else if (sub == QLatin1String("rename"))
        status =
            services::UserAdministration::rename(*ctx.session, user->id, options.value(QStringLiteral("display-name")));
    else
        status = services::UserAdministration::resetPassword(*ctx.session, user->id, newPassword);
    if (!status)
        return ctx.fail(status.error());
    ctx.out << sub << ": " << user->username << '\n';
    if (sub == QLatin1String("reset-password") && user->id != ctx.session->userId())
        ctx.out << user->username << " chooses a password of their own at the next log-in\n";
    return ExitOk;
}

int UserCommands::renameArea(CliContext& ctx)
{
    CommandOptions options(ctx, QStringLiteral("areas rename NAME NEW-NAME"), {});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (options.positional().size() != 2)
        return ctx.usage(QStringLiteral("areas rename needs the area's name and its new name"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto areas = storage::UserRepository::areas(*ctx.session);
    if (!areas)
        return ctx.fail(areas.error());
    const QString wanted = options.positional().first();
    for (const core::Area& area : *areas) {
        if (area.name != wanted)
            continue;
        auto renamed = services::UserAdministration::renameArea(*ctx.session, area.id, options.positional().at(1));
        if (!renamed)
            return ctx.fail(renamed.error());
        ctx.out << "renamed area " << wanted << " to " << options.positional().at(1).trimmed() << '\n';
        return ExitOk;
    }
    return ctx.fail(core::makeError(core::ErrorCode::NotFound,
                                    QStringLiteral("no area named '%1' (see 'areas list')").arg(wanted),
                                    QStringLiteral("area")));
}

} // namespace carddesk::cli
