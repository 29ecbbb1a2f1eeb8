#include "cli/SettingsCommands.h"

#include "cli/CommandOptions.h"
#include "cli/OutputTable.h"
#include "services/OfficeSettings.h"

namespace carddesk::cli {

int SettingsCommands::settings(CliContext& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub != QLatin1String("list") && sub != QLatin1String("set"))
        return ctx.usage(QStringLiteral("settings needs 'list' or 'set'"));
    CommandOptions options(ctx,
                           QStringLiteral("settings list [--format FORMAT] | settings set KEY VALUE [KEY VALUE ...]"),
                           {CommandOptions::formatOption()});
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    if (sub == QLatin1String("set") && (options.positional().isEmpty() || options.positional().size() % 2 != 0))
        return ctx.usage(QStringLiteral("settings set needs pairs of KEY VALUE"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    if (sub == QLatin1String("set")) {
        std::map<std::string, QString> changes;
        for (int i = 0; i < options.positional().size(); i += 2)
            changes[options.positional().at(i).toStdString()] = options.positional().at(i + 1);
        if (auto saved = services::OfficeSettings::save(*ctx.session, changes); !saved)
            return ctx.fail(saved.error());
        ctx.out << "saved " << changes.size() << " settings\n";
        return ExitOk;
    }
    const auto values = services::OfficeSettings::current(ctx.session->db());
    OutputTable table({QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("default")});
    for (const auto& spec : services::OfficeSettings::specs())
        table.addRow({QString::fromStdString(spec.key), values.at(spec.key), spec.defaultValue});
    table.print(ctx.out, format);
    return ExitOk;
}

} // namespace carddesk::cli
