#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace carddesk::gui {

// The options of the `carddesk` executable. parse() prints --help/--version itself and exits, as
// QCommandLineParser does.
struct CommandLine
{
    QString databasePath; // empty: the last office opened (Settings::recentOffices), else the welcome window
    QString user;
    QString passwordFile;
    QString screenshot; // render a view offscreen into this PNG and exit
    // customers | card:ID[:TAB] | handover | analysis | lifecycle | complaints | login | interaction:ID | welcome
    QString view = QStringLiteral("customers");
    QString language;      // zh_CN | en | empty for the system locale
    QSize size{1440, 900}; // the window's size for a screenshot (--size WxH)
    QString error;         // set when the arguments do not make sense

    static CommandLine parse(const QStringList& arguments);
    // Whether the arguments ask for a screenshot: decided before QApplication exists (offscreen platform).
    static bool wantsScreenshot(int argc, char** argv);
    // --help, -h, --version, -v only print: they must work without a display (on a server, over ssh), so main()
    // picks the offscreen platform for them before QApplication exists.
    static bool onlyPrints(int argc, char** argv);
    static QString defaultDatabasePath();
};

} // namespace carddesk::gui
