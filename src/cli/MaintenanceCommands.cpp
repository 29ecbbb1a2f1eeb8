#include "cli/MaintenanceCommands.h"

#include "cli/CommandOptions.h"
#include "services/OfficeMaintenance.h"

namespace carddesk::cli {

namespace {

QString describe(const storage::FileSpace& space)
{
    return QStringLiteral("%1 MB, %2 MB of it free (%3%)")
        .arg(static_cast<double>(space.bytes()) / 1e6, 0, 'f', 1)
        .arg(static_cast<double>(space.freeBytes()) / 1e6, 0, 'f', 1)
        .arg(space.freeShare() * 100.0, 0, 'f', 1);
}

} // namespace

int MaintenanceCommands::optimize(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("optimize [--vacuum]"),
        {CommandOptions::flag(QStringLiteral("vacuum"),
                              QStringLiteral("Rewrite the file without its free pages even when under 10% is free."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("optimize takes no arguments, only options"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto outcome = services::OfficeMaintenance::optimize(*ctx.session, options.isSet(QStringLiteral("vacuum")));
    if (!outcome)
        return ctx.fail(outcome.error());
    ctx.out << "before: " << describe(outcome->before) << '\n';
    ctx.out << (outcome->vacuumed ? "statistics refreshed and the file rewritten without its free pages\n"
                                  : "statistics refreshed; under 10% free, so the file was not rewritten "
                                    "(--vacuum does it anyway)\n");
    ctx.out << "after: " << describe(outcome->after) << '\n';
    return ExitOk;
}

} // namespace carddesk::cli
