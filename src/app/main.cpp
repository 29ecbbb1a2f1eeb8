// The desktop face of CardDesk: options, logging, translators, log-in, main window. The work is in carddesk_gui.
#include "gui/common/MessageBox.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/InteractionDialog.h"
#include "gui/office/WelcomeDialog.h"
#include "gui/review/WeeklyReviewRunner.h"
#include "gui/review/WeeklyReviewWidget.h"
#include "gui/shell/CommandLine.h"
#include "gui/shell/IntegrityCheckRunner.h"
#include "gui/shell/Logging.h"
#include "gui/shell/LoginDialog.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/OfficeFile.h"
#include "gui/shell/Screenshot.h"
#include "gui/shell/Settings.h"
#include "gui/shell/Translations.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/repositories/UserRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace carddesk;

namespace {
int fail(bool headless, const QString& title, const QString& message)
{
    spdlog::error("{}", message.toStdString());
    if (headless)
        std::fprintf(stderr, "carddesk: %s\n", qPrintable(message));
    else
        gui::MessageBox::critical(nullptr, title, message);
    return 1;
}
} // namespace

int main(int argc, char** argv)
{
    const bool headless = gui::CommandLine::wantsScreenshot(argc, argv);
    if (headless || gui::CommandLine::onlyPrints(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CardDesk"));
    QApplication::setApplicationName(QStringLiteral("carddesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CardDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CARDDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/carddesk.png")));

    const gui::CommandLine options = gui::CommandLine::parse(QApplication::arguments());
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    gui::Logging::init(dataDir);
    gui::Translations::install(options.language.isEmpty() ? gui::Settings::language() : options.language);
    if (!options.error.isEmpty())
        return fail(true, QString(), options.error);

    if (headless && options.view.startsWith(QLatin1String("welcome"))) {
        gui::WelcomeDialog welcome;
        if (options.view == QLatin1String("welcome:new"))
            welcome.showNewOfficePage();
        return gui::Screenshot::save(&welcome, options.screenshot) ? 0 : 1;
    }
    // The office: --db, else the last one opened (or the file older versions always used).
    QString path;
    if (!options.databasePath.isEmpty()) {
        path = QFileInfo(options.databasePath).absoluteFilePath();
    } else {
        const QStringList recent = gui::Settings::recentOffices();
        if (!recent.isEmpty())
            path = recent.first();
        else if (QFileInfo(gui::CommandLine::defaultDatabasePath()).isFile())
            path = gui::CommandLine::defaultDatabasePath();
    }
    QString suggestedUser;
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        // First start, or the office's file is gone: the welcome window creates or finds one. Never an empty file.
        const QString notice = path.isEmpty() ? QString() : gui::OfficeFile::open(path).error().message;
        if (headless)
            return fail(true, QString(),
                        notice.isEmpty() ? QApplication::translate("main", "No office to show: give --db FILE, or "
                                                                           "start carddesk without --screenshot to "
                                                                           "create or open one.")
                                         : notice);
        gui::WelcomeDialog welcome(notice);
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        path = welcome.officePath();
        suggestedUser = welcome.userName();
    }
    // Opening never creates the file: a new office is made complete, with its administrator, or not at all.
    auto db = gui::OfficeFile::open(path);
    if (!db)
        return fail(headless, QApplication::translate("main", "CardDesk"), db.error().message);
    if (!headless)
        gui::Settings::addRecentOffice(path);
    spdlog::info("database opened, schema version {}", (*db)->schemaVersion());
    if (storage::UserRepository::userCount(**db) == 0)
        return fail(headless, QApplication::translate("main", "CardDesk"),
                    QApplication::translate("main", "The database %1 has no users yet. Create the first "
                                                    "administrator with the command-line tool carddesk-cli.")
                        .arg(QDir::toNativeSeparators(path)));

    if (headless && options.view == QLatin1String("login")) {
        gui::LoginDialog dialog(**db);
        dialog.setUserName(options.user);
        return gui::Screenshot::save(&dialog, options.screenshot) ? 0 : 1;
    }

    core::User user;
    if (!options.passwordFile.isEmpty()) {
        QFile file(options.passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(headless, QString(),
                        QApplication::translate("main", "Cannot read the password file %1.").arg(options.passwordFile));
        const QString password = QString::fromUtf8(file.readLine()).trimmed();
        auto login = storage::UserRepository::login(**db, options.user, password);
        if (!login)
            return fail(headless, QString(), QApplication::translate("main", "Wrong user name or password."));
        user = *login;
    } else {
        gui::LoginDialog dialog(**db);
        dialog.setUserName(!options.user.isEmpty()    ? options.user
                           : !suggestedUser.isEmpty() ? suggestedUser
                                                      : gui::Settings::lastUser());
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        user = dialog.user();
        gui::Settings::setLastUser(user.username);
    }
    spdlog::info("user {} logged in", user.id);

    storage::Session session(**db, user);
    gui::MainWindow window(session);
    if (headless) {
        window.resize(1440, 900);
        const QString& view = options.view;
        if (view.startsWith(QLatin1String("card:")) || view.startsWith(QLatin1String("interaction:"))) {
            const qint64 id = view.section(QLatin1Char(':'), 1).toLongLong();
            if (!window.openCustomer(id))
                return fail(true, QString(), QStringLiteral("customer %1 cannot be opened").arg(id));
            if (view.startsWith(QLatin1String("interaction:"))) {
                window.show();
                gui::InteractionDialog dialog(session, id, window.card()->customer().name, &window);
                dialog.setSummary(QApplication::translate("main", "Discussed the spring order; sending a quote."));
                dialog.setFollowUp(QDate::currentDate().addDays(7));
                return gui::Screenshot::save(&dialog, options.screenshot) ? 0 : 1;
            }
        } else if (view == QLatin1String("handover")) {
            window.showView(gui::MainWindow::HandoverView);
        } else if (view == QLatin1String("analysis")) {
            window.showView(gui::MainWindow::AnalysisView);
        } else if (view == QLatin1String("lifecycle")) {
            window.showView(gui::MainWindow::LifecycleView);
        } else if (view == QLatin1String("complaints")) {
            window.showView(gui::MainWindow::ComplaintsView);
        } else if (view == QLatin1String("weekly")) {
            window.showView(gui::MainWindow::WeeklyReviewView);
            window.weeklyReview()->runner()->waitForFinished(); // the report is read off the GUI thread
        } else if (view != QLatin1String("customers")) {
            return fail(true, QString(), QStringLiteral("unknown view %1").arg(view));
        }
        return gui::Screenshot::save(&window, options.screenshot) ? 0 : 1;
    }
    window.restoreSettings();
    window.show();
    window.startEscalation();
    gui::IntegrityCheckRunner integrity(path);
    QObject::connect(&integrity, &gui::IntegrityCheckRunner::finished, &window,
                     [&window, path](const QStringList& problems, const QString& error) {
                         if (!error.isEmpty()) {
                             spdlog::warn("database check could not run: {}", error.toStdString());
                         } else if (problems.isEmpty()) {
                             spdlog::info("database quick_check: ok");
                         } else {
                             spdlog::error("database quick_check found {} problems", problems.size());
                             gui::MessageBox::warning(
                                 &window, QApplication::translate("main", "CardDesk"),
                                 QApplication::translate("main", "The database %1 is damaged: %2\n\nStop working in "
                                                                 "it and restore the latest backup.")
                                     .arg(QDir::toNativeSeparators(path), problems.mid(0, 5).join(QLatin1Char('\n'))));
                         }
                     });
    integrity.start();
    // Stale scores are recomputed once the window is up, never blocking it (the run is off the GUI thread).
    QTimer::singleShot(0, &window, [&window] { window.rescoreIfStale(); });
    return QApplication::exec();
}
