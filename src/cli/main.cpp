#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <spdlog/cfg/env.h>
#include <spdlog/spdlog.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CardDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CardDesk"));
    // The CLI's own messages go to stderr; library logging stays quiet unless something is wrong.
    spdlog::set_level(spdlog::level::warn);
    spdlog::cfg::load_env_levels(); // SPDLOG_LEVEL=debug shows timings
    QTextStream out(stdout);
    QTextStream err(stderr);
    carddesk::cli::CliApplication cli(out, err);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = cli.run(arguments);
    out.flush();
    err.flush();
    return code;
}
