#include "gui/shell/Logging.h"

#include "storage/db/PrivateFile.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace carddesk::gui {

namespace {
void forwardQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", text);
        break;
    }
}
} // namespace

QString Logging::logFilePath(const QString& directory)
{
    return directory + QStringLiteral("/logs/carddesk.log");
}

void Logging::init(const QString& directory)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    sinks.push_back(console);
    const QString path = logFilePath(directory);
    if (QDir().mkpath(QFileInfo(path).absolutePath())) {
        // Log lines name files, users and customers: the folder and the file are the owner's only (0700, 0600).
        // Files spdlog makes when it rotates are inside that folder.
        static_cast<void>(storage::PrivateFile::restrict(QFileInfo(path).absolutePath()));
        if (!QFileInfo::exists(path))
            static_cast<void>(storage::PrivateFile::create(path));
        else
            static_cast<void>(storage::PrivateFile::restrict(path));
        try {
            sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex& e) {
            // Without a log file the application still works; say so on stderr.
            console->log(spdlog::details::log_msg("carddesk", spdlog::level::warn, e.what()));
        }
    }
    auto logger = std::make_shared<spdlog::logger>("carddesk", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(forwardQtMessage);
}

} // namespace carddesk::gui
