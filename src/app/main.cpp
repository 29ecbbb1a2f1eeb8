// The desktop face of CardDesk: options, logging, translators, log-in, main window. The work is in carddesk_gui.
#include "gui/admin/ResetPasswordPrompt.h"
#include "gui/admin/SettingsWidget.h"
#include "gui/admin/UsersWidget.h"
#include "gui/agenda/CollectionsWidget.h"
#include "gui/agenda/TodayWidget.h"
#include "gui/analysis/AnalysisWidget.h"
#include "gui/analysis/EquityPanel.h"
#include "gui/analysis/ScoringRunner.h"
#include "gui/common/ExportDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "gui/customer/ContactDialog.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "gui/customer/DeleteCustomerDialog.h"
#include "gui/customer/EraseContactDialog.h"
#include "gui/customer/InteractionDialog.h"
#include "gui/customer/MailingDialog.h"
#include "gui/customer/OrderDialog.h"
#include "gui/customer/PaymentDialog.h"
#include "gui/customer/SurveyDialog.h"
#include "gui/duplicates/DuplicatesDialog.h"
#include "gui/duplicates/MergeDialog.h"
#include "gui/importing/ImportBatchesDialog.h"
#include "gui/importing/ImportCheckPage.h"
#include "gui/importing/ImportCustomersWizard.h"
#include "gui/importing/ImportFilePage.h"
#include "gui/importing/ImportResultPage.h"
#include "gui/office/WelcomeDialog.h"
#include "gui/review/WeeklyReviewRunner.h"
#include "gui/review/WeeklyReviewWidget.h"
#include "gui/shell/BackupsDialog.h"
#include "gui/shell/CommandLine.h"
#include "gui/shell/IntegrityCheckRunner.h"
#include "gui/shell/Logging.h"
#include "gui/shell/LoginDialog.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/OfficeFile.h"
#include "gui/shell/OfficeRestore.h"
#include "gui/shell/PassphraseDialog.h"
#include "gui/shell/Screenshot.h"
#include "gui/shell/Settings.h"
#include "gui/shell/Translations.h"
#include "gui/visits/VisitsPage.h"
#include "services/BackupService.h"
#include "services/OfficeSettings.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/queries/PersonalDataQueries.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRemoval.h"
#include "storage/repositories/ProductRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

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
struct RunOutcome
{
    int code = 0;
    gui::MainWindow::ExitRequest exitRequest = gui::MainWindow::ExitRequest::Quit;
    QString restoreFile;
    QString restorePassphrase;
    QString restoringUser; // the administrator who asked for the restore
};

// Waits (processing events) until `signal` of `sender` fires or 30 s pass: a screenshot of a page that loads off
// the GUI thread shows its data, not its loading state.
template <typename Sender, typename Signal> void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
}

// The import screenshots' file: a CSV as Excel saves it on a Chinese Windows (GBK), with an office's own headers,
// a column CardDesk does not have (老板) and one row in error (a date that does not say which number is the day).
QString writeImportSample()
{
    const QString text = QStringLiteral("客户编号,公司名称,座机,联系人,手机号,成立时间,老板\r\n"
                                        ",杭州新禾贸易有限公司,0571-8765 4321,王丽,13800138000,2015-06-01,王总\r\n"
                                        ",苏州恒达机电有限公司,0512-6655 7788,李强,13912345678,5/3/2024,李总\r\n"
                                        ",宁波海通物流有限公司,0574-8822 1100,陈静,13757412345,2018年3月5日,陈总\r\n");
    QStringEncoder gbk("GBK");
    const QByteArray bytes = gbk.isValid() ? QByteArray(gbk.encode(text)) : text.toUtf8();
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("客户名单-screenshot.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

// Opens the office, logs someone in and runs the main window until it closes.
RunOutcome runOffice(const gui::CommandLine& options, const QString& path, const QString& suggestedUser, bool headless)
{
    RunOutcome outcome;
    auto fail = [&](const QString& title, const QString& message) {
        outcome.code = ::fail(headless, title, message);
        return outcome;
    };
    // A schema upgrade cannot be undone: an older office is copied first.
    if (auto saved = services::BackupService::beforeUpgrade(path, services::BackupService::defaultFolder(path)); !saved)
        return fail(QApplication::translate("main", "CardDesk"),
                    QApplication::translate("main", "The office needs an upgrade to this version of CardDesk, and "
                                                    "the backup before it could not be made in %1. Nothing was "
                                                    "changed.")
                        .arg(QDir::toNativeSeparators(services::BackupService::defaultFolder(path))));
    // Opening never creates the file: a new office is made complete, with its administrator, or not at all.
    auto db = gui::OfficeFile::open(path);
    if (!db)
        return fail(QApplication::translate("main", "CardDesk"), db.error().message);
    if (!headless)
        gui::Settings::addRecentOffice(path);
    spdlog::info("database opened, schema version {}", (*db)->schemaVersion());
    if (storage::UserRepository::userCount(**db) == 0)
        return fail(QApplication::translate("main", "CardDesk"),
                    QApplication::translate("main", "The database %1 has no users yet. Create the first "
                                                    "administrator with the command-line tool carddesk-cli.")
                        .arg(QDir::toNativeSeparators(path)));

    if (headless && options.view == QLatin1String("login")) {
        gui::LoginDialog dialog(**db);
        dialog.setUserName(options.user);
        return gui::Screenshot::save(&dialog, options.screenshot)
                   ? outcome
                   : fail(QString(), QStringLiteral("cannot save the screenshot"));
    }

    core::User user;
    if (!options.passwordFile.isEmpty()) {
        QFile file(options.passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QString(),
                        QApplication::translate("main", "Cannot read the password file %1.").arg(options.passwordFile));
        const QString password = QString::fromUtf8(file.readLine()).trimmed();
        auto login = storage::UserRepository::login(**db, options.user, password);
        if (!login)
            return fail(QString(), QApplication::translate("main", "Wrong user name or password."));
        user = *login;
    } else {
        gui::LoginDialog dialog(**db);
        dialog.setUserName(!options.user.isEmpty()    ? options.user
                           : !suggestedUser.isEmpty() ? suggestedUser
                                                      : gui::Settings::lastUser());
        if (dialog.exec() != QDialog::Accepted)
            return outcome;
        user = dialog.user();
        gui::Settings::setLastUser(user.username);
    }
    spdlog::info("user {} logged in", user.id);

    storage::Session session(**db, user);
    if (user.mustChangePassword) {
        if (headless)
            return fail(QString(), QApplication::translate("main", "The password of %1 was reset by an "
                                                                   "administrator: log in once in the window and "
                                                                   "choose your own.")
                                       .arg(user.username));
        if (!gui::ResetPasswordPrompt::run(session)) {
            outcome.exitRequest = gui::MainWindow::ExitRequest::LogOut;
            return outcome;
        }
    }
    gui::MainWindow window(session);
    if (headless) {
        window.resize(options.size);
        const QString& view = options.view;
        if (view.startsWith(QLatin1String("card:")) || view.startsWith(QLatin1String("interaction:"))) {
            bool isId = false;
            const qint64 id = view.section(QLatin1Char(':'), 1, 1).toLongLong(&isId);
            if (!isId || id <= 0)
                return fail(QString(), QStringLiteral("'%1' names no customer id").arg(view));
            // A card that cannot be read says so in a message box: answered here, or the run would wait on it.
            gui::MessageBox::setNextAnswer(QMessageBox::Ok);
            if (!window.openCustomer(id))
                return fail(QString(), QStringLiteral("customer %1 cannot be opened").arg(id));
            while (window.card()->isLoading()) // the card and its tabs are read off the GUI thread
                waitFor(window.card(), &gui::CustomerCardWidget::loadingChanged);
            gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
            if (!window.card()->hasCustomer())
                return fail(
                    QString(),
                    QStringLiteral("customer %1 cannot be opened: %2").arg(id).arg(gui::MessageBox::lastText()));
            // card:ID:TAB shows one of the card's tabs by its number (0 is the card itself).
            QTabWidget* tabs = window.card()->tabs();
            if (const QString tab = view.section(QLatin1Char(':'), 2, 2); !tab.isEmpty() && tab != u"print") {
                bool isNumber = false;
                const int index = tab.toInt(&isNumber);
                if (!isNumber || index < 0 || index >= tabs->count()) {
                    QStringList names;
                    for (int i = 0; i < tabs->count(); ++i) {
                        QString name = tabs->tabText(i); // "Products && orders": "&&" is an "&", "&" a mnemonic
                        name.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
                        names << QStringLiteral("%1 %2").arg(i).arg(
                            name.replace(QLatin1Char('\x01'), QLatin1Char('&')));
                    }
                    return fail(QString(), QStringLiteral("the card has no tab '%1'; its tabs are %2")
                                               .arg(tab, names.join(QStringLiteral(", "))));
                }
                tabs->setCurrentIndex(index);
            }
            if (view.section(QLatin1Char(':'), 2, 2) == QLatin1String("print")) // card:ID:print, its menu open
                return gui::Screenshot::saveWithMenu(&window, window.card()->printButton(), options.screenshot)
                           ? outcome
                           : fail(QString(), QStringLiteral("cannot save the screenshot"));
            if (view.startsWith(QLatin1String("interaction:"))) {
                window.show();
                gui::InteractionDialog dialog(session, id, window.card()->customer().name, &window);
                dialog.setSummary(QApplication::translate("main", "Discussed the spring order; sending a quote."));
                dialog.setFollowUp(QDate::currentDate().addDays(7));
                return gui::Screenshot::save(&dialog, options.screenshot)
                           ? outcome
                           : fail(QString(), QStringLiteral("cannot save the screenshot"));
            }
        } else if (view.startsWith(QLatin1String("survey:"))) {
            // survey:CUSTOMER — the satisfaction survey dialog for the customer, its first contact and scores typed.
            const qint64 id = view.section(QLatin1Char(':'), 1, 1).toLongLong();
            auto contacts = storage::ContactRepository(session).listForCustomer(id);
            if (!contacts)
                return fail(QString(), QStringLiteral("customer %1 cannot be opened").arg(id));
            core::SatisfactionSurvey survey;
            survey.customerId = id;
            window.show();
            gui::SurveyDialog dialog(session, survey, *contacts, &window);
            if (!contacts->empty())
                dialog.contactCombo()->setCurrentIndex(1);
            const char* scores[] = {"5", "4", "4", "3"};
            for (int a = 0; a < 4; ++a)
                dialog.scoreEdit(a)->setText(QString::fromLatin1(scores[a]));
            dialog.commentEdit()->setText(QApplication::translate("main", "Deliveries on time; prices a bit high."));
            return gui::Screenshot::save(&dialog, options.screenshot)
                       ? outcome
                       : fail(QString(), QStringLiteral("cannot save the screenshot"));
        } else if (view.startsWith(QLatin1String("contact:"))) {
            // contact:CUSTOMER — the contact dialog on the customer's first contact with a lunar birthday (or its
            // first contact).
            const qint64 id = view.section(QLatin1Char(':'), 1, 1).toLongLong();
            auto contacts = storage::ContactRepository(session).listForCustomer(id);
            if (!contacts || contacts->empty())
                return fail(QString(), QStringLiteral("customer %1 has no contact to show").arg(id));
            const auto lunar = std::find_if(contacts->begin(), contacts->end(),
                                            [](const core::Contact& c) { return c.birthdayLunar.isSet(); });
            window.show();
            gui::ContactDialog dialog(session, lunar != contacts->end() ? *lunar : contacts->front(), &window);
            return gui::Screenshot::save(&dialog, options.screenshot)
                       ? outcome
                       : fail(QString(), QStringLiteral("cannot save the screenshot"));
        } else if (view == QLatin1String("handover")) {
            window.showView(gui::MainWindow::HandoverView);
        } else if (view == QLatin1String("analysis") || view == QLatin1String("analysis:equity") ||
                   view == QLatin1String("analysis:satisfaction")) {
            window.showView(gui::MainWindow::AnalysisView);
            if (view == QLatin1String("analysis:satisfaction"))
                window.analysis()->showSatisfaction();      // scrolled to the matrix once it is read
            if (view == QLatin1String("analysis:equity")) { // scrolled to the customer equity, once it is read
                window.show();
                QElapsedTimer waited;
                waited.start();
                while (window.analysis()->equityPanel()->loader()->isLoading() && waited.elapsed() < 60000)
                    QApplication::processEvents(QEventLoop::AllEvents, 50);
                QApplication::processEvents(QEventLoop::AllEvents, 50);
                window.analysis()->equityPanel()->scrollIntoView();
            }
        } else if (view == QLatin1String("analysis:backtest")) {
            // The analysis page after "Run backtest": the three purchase models on the last 26 weeks.
            window.showView(gui::MainWindow::AnalysisView);
            gui::AnalysisWidget* analysis = window.analysis();
            if (analysis->loader()->isLoading())
                waitFor(analysis->loader(), &gui::PageLoader::loadingChanged);
            if (!analysis->runBacktest())
                return fail(QString(), QStringLiteral("the office has no scoring run to backtest"));
            waitFor(analysis->backtestRunner(), &gui::ScoringRunner::backtested);
            for (QWidget* up = analysis->backtestLabel()->parentWidget(); up; up = up->parentWidget())
                if (auto* scroll = qobject_cast<QScrollArea*>(up)) {
                    window.show();
                    scroll->ensureWidgetVisible(analysis->backtestLabel());
                    break;
                }
        } else if (view == QLatin1String("lifecycle")) {
            window.showView(gui::MainWindow::LifecycleView);
        } else if (view == QLatin1String("complaints")) {
            window.showView(gui::MainWindow::ComplaintsView);
        } else if (view == QLatin1String("collections") || view == QLatin1String("payment") ||
                   view == QLatin1String("order")) {
            // The collections plan; "payment": the payment dialog of its first (most urgent) receivable; "order":
            // the new-order dialog for that receivable's customer, with one line typed.
            window.showView(gui::MainWindow::CollectionsView);
            waitFor(window.collections(), &gui::CollectionsWidget::loaded); // read off the GUI thread
            if (view == QLatin1String("order")) {
                window.show();
                const auto& items = window.collections()->items();
                auto products = storage::ProductRepository(session).list();
                if (items.empty() || !products || products->empty())
                    return fail(QString(), QStringLiteral("no customer with receivables, or no products"));
                gui::OrderDialog dialog(session, items.front().receivable.customerId, items.front().customerName,
                                        *products, &window);
                dialog.quantityEdit()->setText(QStringLiteral("12"));
                dialog.addLine();
                dialog.invoiceEdit()->setText(QStringLiteral("INV-2026-0815"));
                return gui::Screenshot::save(&dialog, options.screenshot)
                           ? outcome
                           : fail(QString(), QStringLiteral("cannot save the screenshot"));
            }
            if (view == QLatin1String("payment")) {
                window.show();
                const auto& items = window.collections()->items();
                if (items.empty())
                    return fail(QString(), QStringLiteral("no open receivable to show the payment dialog for"));
                gui::PaymentDialog dialog(session, items.front().receivable, items.front().customerName, &window);
                return gui::Screenshot::save(&dialog, options.screenshot)
                           ? outcome
                           : fail(QString(), QStringLiteral("cannot save the screenshot"));
            }
        } else if (view == QLatin1String("visits") || view.startsWith(QLatin1String("visits:"))) {
            // "visits:list" the week as a list, "visits:next" next week's calendar.
            window.showView(gui::MainWindow::VisitsView);
            waitFor(window.visits(), &gui::VisitsPage::loaded); // the week is read off the GUI thread
            if (view == QLatin1String("visits:next")) {
                window.visits()->showWeek(QDate::currentDate().addDays(7));
                waitFor(window.visits(), &gui::VisitsPage::loaded);
            }
            if (view == QLatin1String("visits:list"))
                window.visits()->setListMode(true);
        } else if (view == QLatin1String("today") || view.startsWith(QLatin1String("today:"))) {
            window.showView(gui::MainWindow::TodayView);
            waitFor(window.today(), &gui::TodayWidget::loaded); // the day is read off the GUI thread
            if (view == QLatin1String("today:sheet"))           // the visit sheet's menu open
                return gui::Screenshot::saveWithMenu(&window, window.today()->visitSheetButton(), options.screenshot)
                           ? outcome
                           : fail(QString(), QStringLiteral("cannot save the screenshot"));
            // today:KIND scrolls to a section (today:reminder, the care reminders).
            if (view.startsWith(QLatin1String("today:")))
                window.today()->showSection(view.section(QLatin1Char(':'), 1));
        } else if (view == QLatin1String("weekly") || view == QLatin1String("weekly:charts") ||
                   view == QLatin1String("weekly:current")) {
            window.showView(gui::MainWindow::WeeklyReviewView);
            window.weeklyReview()->runner()->waitForFinished(); // the report is read off the GUI thread
            if (view == QLatin1String("weekly:current")) {      // the week going on, counted to today
                window.weeklyReview()->setPeriod(window.weeklyReview()->period().next());
                window.weeklyReview()->runner()->waitForFinished();
            }
            if (view == QLatin1String("weekly:charts"))
                window.weeklyReview()->showCharts();
        } else if (view == QLatin1String("settings") && window.settingsPage()) {
            window.showView(gui::MainWindow::SettingsView);
            waitFor(window.settingsPage(), &gui::SettingsWidget::loaded);
        } else if (view == QLatin1String("users") && window.users()) {
            window.showView(gui::MainWindow::UsersView);
            waitFor(window.users(), &gui::UsersWidget::loaded);
        } else if (view.startsWith(QLatin1String("delete:")) || view.startsWith(QLatin1String("erase:"))) {
            // The confirmations of deleting customer ID / erasing contact ID (nothing is deleted).
            const qint64 id = view.section(QLatin1Char(':'), 1).toLongLong();
            window.show();
            if (view.startsWith(QLatin1String("delete:"))) {
                auto attachments = storage::CustomerRemoval(session).attachments(id);
                if (!attachments)
                    return fail(QString(), attachments.error().message);
                gui::DeleteCustomerDialog dialog(*attachments, &window);
                return gui::Screenshot::save(&dialog, options.screenshot)
                           ? outcome
                           : fail(QString(), QStringLiteral("cannot save the screenshot"));
            }
            auto contact = storage::PersonalDataQueries(session).contact(id);
            if (!contact)
                return fail(QString(), contact.error().message);
            core::Contact person;
            const QJsonObject c = contact->value(QStringLiteral("contact")).toObject();
            person.name = c.value(QStringLiteral("name")).toString();
            person.phone = c.value(QStringLiteral("phone")).toString();
            person.mobile = c.value(QStringLiteral("mobile")).toString();
            person.email = c.value(QStringLiteral("email")).toString();
            gui::EraseContactDialog dialog(
                person, contact->value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString(),
                &window);
            return gui::Screenshot::save(&dialog, options.screenshot)
                       ? outcome
                       : fail(QString(), QStringLiteral("cannot save the screenshot"));
        } else if (view == QLatin1String("mailing")) {
            window.show();
            const storage::CustomerQuery filter = window.customerList()->model()->query();
            gui::MailingDialog dialog(path, session.user(), filter, window.mailingFilterText(filter), &window);
            return gui::Screenshot::save(&dialog, options.screenshot)
                       ? outcome
                       : fail(QString(), QStringLiteral("cannot save the screenshot"));
        } else if (view == QLatin1String("export") || view == QLatin1String("export:running")) {
            // The export dialog as File → Export customers… opens it; "export:running" while it writes.
            window.show();
            gui::ExportDialog dialog(path, session.user(), gui::ExportDialog::What::Customers, &window);
            dialog.setCustomerQuery(window.customerList()->model()->query());
            dialog.setFileName(QDir(QDir::tempPath()).filePath(QStringLiteral("customers-screenshot.xlsx")));
            if (view == QLatin1String("export:running")) {
                dialog.show();
                dialog.start();
                QElapsedTimer shown;
                shown.start();
                while (shown.elapsed() < 400)
                    QApplication::processEvents(QEventLoop::AllEvents, 50);
            }
            const bool saved = gui::Screenshot::save(&dialog, options.screenshot);
            dialog.cancel();
            return saved ? outcome : fail(QString(), QStringLiteral("cannot save the screenshot"));
        } else if (view == QLatin1String("backups:passphrase")) {
            // The passphrase asked for an encrypted backup (backup.encrypt), as Back up now opens it.
            window.show();
            gui::PassphraseDialog dialog(gui::PassphraseDialog::Purpose::NewBackup, QString(), &window);
            dialog.show();
            return gui::Screenshot::save(&dialog, options.screenshot)
                       ? outcome
                       : fail(QString(), QStringLiteral("cannot save the screenshot"));
        } else if (view == QLatin1String("backups")) {
            window.show();
            gui::BackupsDialog dialog(path, window.backupFolder(),
                                      services::BackupService::encryptionRequired(session.db()), &window);
            waitFor(&dialog, &gui::BackupsDialog::loaded);
            return gui::Screenshot::save(&dialog, options.screenshot)
                       ? outcome
                       : fail(QString(), QStringLiteral("cannot save the screenshot"));
        } else if (view == QLatin1String("duplicates") || view.startsWith(QLatin1String("merge"))) {
            // "duplicates": the list of pairs; "merge" or "merge:ROW": the merge dialog of that pair (default 0).
            window.show();
            gui::DuplicatesDialog dialog(path, session.user(), &window);
            waitFor(&dialog, &gui::DuplicatesDialog::loaded);
            if (view == QLatin1String("duplicates"))
                return gui::Screenshot::save(&dialog, options.screenshot)
                           ? outcome
                           : fail(QString(), QStringLiteral("cannot save the screenshot"));
            const int row = view.section(QLatin1Char(':'), 1).toInt();
            if (row < 0 || row >= dialog.rowCount())
                return fail(QString(), QStringLiteral("no duplicate pair %1").arg(row));
            const auto& pair = dialog.pairAt(row);
            gui::MergeDialog merge(path, session.user(), pair.first.id, pair.second.id, &window);
            waitFor(&merge, &gui::MergeDialog::loaded);
            return gui::Screenshot::save(&merge, options.screenshot)
                       ? outcome
                       : fail(QString(), QStringLiteral("cannot save the screenshot"));
        } else if (view.startsWith(QLatin1String("import:"))) {
            // The import wizard on writeImportSample(): "import:file", "import:mapping", "import:check" (the dry
            // run), "import:result" (imports the good rows: the office changes); "import:damaged" a broken workbook.
            window.show();
            QString sample = writeImportSample();
            if (view == QLatin1String("import:damaged")) {
                // The first page with a workbook cut short: what it says about a file it cannot read.
                sample = QDir(QDir::tempPath()).filePath(QStringLiteral("客户名单-damaged.xlsx"));
                QFile damaged(sample);
                if (!damaged.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                    damaged.write(QByteArray("PK\x03\x04\x14\x00 cut short", 17)) != 17)
                    sample.clear();
            }
            if (sample.isEmpty())
                return fail(QString(), QStringLiteral("cannot write the sample file"));
            gui::ImportCustomersWizard wizard(path, session.user(), &window);
            wizard.show();
            wizard.filePage()->setFile(sample);
            waitFor(wizard.filePage(), &gui::ImportFilePage::fileRead);
            if (view != QLatin1String("import:file") && view != QLatin1String("import:damaged")) {
                wizard.next();
                if (view != QLatin1String("import:mapping")) {
                    wizard.next();
                    waitFor(wizard.checkPage(), &gui::ImportCheckPage::checked);
                    if (view == QLatin1String("import:result")) {
                        wizard.checkPage()->goodRowsChoice()->setChecked(true);
                        wizard.next();
                        waitFor(wizard.resultPage(), &gui::ImportResultPage::importEnded);
                    } else if (view != QLatin1String("import:check")) {
                        return fail(QString(), QStringLiteral("unknown view %1").arg(view));
                    }
                }
            }
            return gui::Screenshot::save(&wizard, options.screenshot)
                       ? outcome
                       : fail(QString(), QStringLiteral("cannot save the screenshot"));
        } else if (view == QLatin1String("imports")) {
            window.show();
            gui::ImportBatchesDialog dialog(path, session.user(), &window);
            waitFor(&dialog, &gui::ImportBatchesDialog::loaded);
            if (dialog.rowCount() > 0)
                dialog.table()->selectRow(0);
            return gui::Screenshot::save(&dialog, options.screenshot)
                       ? outcome
                       : fail(QString(), QStringLiteral("cannot save the screenshot"));
        } else if (view != QLatin1String("customers")) {
            return fail(QString(), QStringLiteral("unknown view %1").arg(view));
        }
        return gui::Screenshot::save(&window, options.screenshot)
                   ? outcome
                   : fail(QString(), QStringLiteral("cannot save the screenshot"));
    }
    window.restoreSettings();
    window.showView(gui::MainWindow::TodayView); // the rep's day is the first page after log-in
    window.show();
    window.startEscalation();
    window.saveLastWeeksReport();
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
    // The automatic backup: once a day, at the first start, off the GUI thread (7 daily and 4 weekly kept).
    QFutureWatcher<QString> dailyBackup;
    QObject::connect(&dailyBackup, &QFutureWatcher<QString>::finished, &window, [&window, &dailyBackup] {
        if (!dailyBackup.result().isEmpty())
            window.statusBar()->showMessage(dailyBackup.result(), 60000);
    });
    const auto settings = services::OfficeSettings::current(session.db());
    dailyBackup.setFuture(QtConcurrent::run([path, folder = window.backupFolder(),
                                             keepDaily = settings.at("backup.keep_daily").toInt(),
                                             keepWeekly = settings.at("backup.keep_weekly").toInt(),
                                             encrypt = settings.at("backup.encrypt") == QLatin1String("1")] {
        auto made =
            services::BackupService::daily(path, folder, keepDaily, keepWeekly, QDateTime::currentDateTime(), encrypt);
        // Encrypted backups need a passphrase nobody types at start-up: none is made, and the window says so.
        if (!made && made.error().field == QLatin1String("passphrase")) {
            spdlog::warn("{}", made.error().message.toStdString());
            return QApplication::translate("main", "No automatic backup today: this office's backups are "
                                                   "encrypted and need a passphrase (Tools → Backups…).");
        }
        if (!made) {
            spdlog::warn("daily backup failed: {}", made.error().message.toStdString());
            return QApplication::translate("main", "Today's automatic backup could not be made in %1 (Tools → "
                                                   "Backups… says more).")
                .arg(QDir::toNativeSeparators(folder));
        }
        if (made->has_value())
            spdlog::info("daily backup: {}", (*made)->toStdString());
        return QString();
    }));
    // Stale scores are recomputed once the window is up, never blocking it (the run is off the GUI thread).
    QTimer::singleShot(0, &window, [&window] { window.rescoreIfStale(); });
    outcome.code = QApplication::exec();
    outcome.exitRequest = window.exitRequest();
    outcome.restoreFile = window.restoreFile();
    outcome.restorePassphrase = window.property(gui::kRestorePassphraseProperty).toString();
    outcome.restoringUser = session.user().username;
    return outcome;
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
    // Log-out and restore come back here: the office is opened again and someone logs in.
    for (;;) {
        const RunOutcome outcome = runOffice(options, path, suggestedUser, headless);
        if (outcome.exitRequest == gui::MainWindow::ExitRequest::LogOut) {
            suggestedUser.clear();
            continue;
        }
        if (outcome.exitRequest == gui::MainWindow::ExitRequest::Restore) {
            gui::OfficeRestore::run(path, outcome.restoreFile, outcome.restoringUser, outcome.restorePassphrase);
            continue;
        }
        return outcome.code;
    }
}
