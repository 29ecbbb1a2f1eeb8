#include "gui/shell/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstring>

namespace carddesk::gui {

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "CardDesk: the customer archive of a sales office."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("CommandLine", "The office file (default: the last one opened)."),
        QStringLiteral("PATH"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("CommandLine", "Log in as this user."),
                                  QStringLiteral("U"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QCoreApplication::translate("CommandLine", "Read the password from the first line of this file."),
        QStringLiteral("F"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Render the view offscreen into this PNG file and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate(
            "CommandLine",
            "The view to show: today, today:sheet, today:KIND (scrolled to a section, e.g. today:reminder), "
            "collections, payment, order, customers, card:ID[:TAB|:print], handover, analysis, analysis:backtest, "
            "analysis:equity, analysis:satisfaction (scrolled to the satisfaction-loyalty matrix), lifecycle, "
            "complaints, visits, visits:list, visits:next, weekly, "
            "weekly:charts, weekly:current (the week going on), users, settings, backups, export, export:running, "
            "import:file, import:mapping, "
            "import:check, import:result, import:damaged, imports, login, interaction:ID, contact:ID (a customer's "
            "contact, a lunar birthday first), survey:ID (a customer's satisfaction survey dialog), "
            "backups:passphrase, duplicates, merge:ROW (a pair of the duplicates list), delete:ID, erase:CONTACT-ID, "
            "mailing, welcome or welcome:new (these two without an office)."),
        QStringLiteral("VIEW"), QStringLiteral("customers"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("CommandLine", "The language: zh_CN or en."),
                                  QStringLiteral("L"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("CommandLine", "The window's size for --screenshot (default 1440x900)."),
        QStringLiteral("WxH"));
    parser.addOptions({db, user, passwordFile, screenshot, view, lang, size});
    parser.process(arguments);

    CommandLine options;
    options.databasePath = parser.value(db);
    options.user = parser.value(user);
    options.passwordFile = parser.value(passwordFile);
    options.screenshot = parser.value(screenshot);
    options.view = parser.value(view);
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && options.language != QLatin1String("zh_CN") &&
        options.language != QLatin1String("en"))
        options.error =
            QCoreApplication::translate("CommandLine", "Unknown language '%1': use zh_CN or en.").arg(options.language);
    if (parser.isSet(size)) {
        // A screen as small as 1280x800 (a laptop's) is where clipped labels show; anything from 640x480 on.
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool okWidth = false, okHeight = false;
        const int width = parts.size() == 2 ? parts[0].toInt(&okWidth) : 0;
        const int height = parts.size() == 2 ? parts[1].toInt(&okHeight) : 0;
        if (!okWidth || !okHeight || width < 640 || height < 480 || width > 7680 || height > 4320)
            options.error =
                QCoreApplication::translate("CommandLine", "--size must be WIDTHxHEIGHT, e.g. 1280x800 (from 640x480 "
                                                           "to 7680x4320), not '%1'.")
                    .arg(parser.value(size));
        else
            options.size = QSize(width, height);
    }
    if (!options.screenshot.isEmpty() && (options.user.isEmpty() || options.passwordFile.isEmpty()) &&
        options.view != QLatin1String("login") && !options.view.startsWith(QLatin1String("welcome")))
        options.error = QCoreApplication::translate("CommandLine", "--screenshot needs --user and --password-file.");
    if (!parser.positionalArguments().isEmpty())
        options.error = QCoreApplication::translate("CommandLine", "Unexpected argument '%1'.")
                            .arg(parser.positionalArguments().first());
    return options;
}

bool CommandLine::wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

bool CommandLine::onlyPrints(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "--help-all") == 0 ||
            std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--version") == 0 ||
            std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

QString CommandLine::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/carddesk.db");
}

} // namespace carddesk::gui
