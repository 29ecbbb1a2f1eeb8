#include "gui/shell/MainWindow.h"
#include "gui/duplicates/DuplicatesDialog.h"

#include "gui/admin/PasswordDialog.h"
#include "gui/admin/SettingsWidget.h"
#include "gui/admin/UsersWidget.h"
#include "gui/agenda/CollectionsWidget.h"
#include "gui/agenda/TodayWidget.h"
#include "gui/analysis/AnalysisWidget.h"
#include "gui/analysis/ScoringRunner.h"
#include "gui/common/DataChanges.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/ErrorText.h"
#include "gui/common/ExportDialog.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StorageWorker.h"
#include "gui/common/WorkerConnection.h"
#include "gui/complaints/ComplaintsWidget.h"
#include "gui/complaints/EscalationRunner.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "gui/customer/HandoverWidget.h"
#include "gui/customer/InteractionDialog.h"
#include "gui/customer/MailingDialog.h"
#include "gui/customer/PersonalDataExporter.h"
#include "gui/customer/VisitPlanDialog.h"
#include "gui/importing/ImportBatchesDialog.h"
#include "gui/importing/ImportCustomersWizard.h"
#include "gui/lifecycle/LifecycleWidget.h"
#include "gui/review/WeeklyReviewWidget.h"
#include "gui/shell/BackupsDialog.h"
#include "gui/shell/DatabaseOptimizeRunner.h"
#include "gui/shell/IntegrityCheckRunner.h"
#include "gui/shell/Settings.h"
#include "gui/visits/VisitsPage.h"
#include "report/WeeklyReportAutosave.h"
#include "services/BackupService.h"
#include "services/OfficeMaintenance.h"
#include "services/OfficeSettings.h"
#include "services/UserAdministration.h"
#include "storage/access/Session.h"
#include "storage/repositories/SettingsRepository.h"
#include "storage/scores/ScoreRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QtConcurrent>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace carddesk::gui {

MainWindow::MainWindow(storage::Session& session, QWidget* parent)
    : QMainWindow(parent), m_session(session),
      m_worker(std::make_unique<StorageWorker>(session.db().path(), session.user())), m_changes(new DataChanges(this)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_list(new CustomerListWidget(session, m_pages, m_worker.get())),
      m_card(new CustomerCardWidget(session, m_pages, m_worker.get(), m_changes)),
      m_analysis(new AnalysisWidget(session, m_pages, false, m_worker.get(), m_changes)),
      m_scoring(new ScoringRunner(session.db().path(), session.user(), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/carddesk.png")));
    // Another connection committed (this window's worker, another window, carddesk-cli): say so to every page.
    connect(m_worker.get(), &StorageWorker::databaseChanged, m_changes,
            [this] { m_changes->announce(Entity::Everything); });
    // The list and Today follow the poll themselves (databaseChanged); here they follow what this window's own
    // saves announce. Today reads again at once, hidden or not: its counts are in the navigation.
    connect(m_changes, &DataChanges::changed, this, [this](Entity entity, const QList<qint64>&) {
        if (entity == Entity::Everything)
            return;
        const auto touchesAny = [entity](std::initializer_list<Entity> shown) {
            return std::any_of(shown.begin(), shown.end(),
                               [entity](Entity each) { return DataChanges::touches(entity, each); });
        };
        if (touchesAny({Entity::Customers, Entity::Contacts, Entity::Interactions, Entity::Complaints, Entity::Scores,
                        Entity::Stages, Entity::Users, Entity::Areas}))
            m_list->refresh();
        if (m_loadedPages.contains(m_today) &&
            touchesAny({Entity::Customers, Entity::Contacts, Entity::Interactions, Entity::Complaints, Entity::Visits,
                        Entity::Receivables, Entity::Scores}))
            m_today->reload();
    });

    m_today = new TodayWidget(session, m_worker.get(), m_pages);
    m_pages->addWidget(m_today);
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_card);
    m_navigation->addItem(tr("Today"));
    m_navigation->addItem(tr("Customers"));
    m_navigation->addItem(tr("Customer card"));
    m_navigation->item(0)->setData(Qt::UserRole, TodayView);
    m_navigation->item(1)->setData(Qt::UserRole, CustomersView);
    m_navigation->item(2)->setData(Qt::UserRole, CardView);
    m_collections = new CollectionsWidget(session, m_worker.get(), m_changes, m_pages);
    m_pages->addWidget(m_collections);
    m_navigation->addItem(tr("Collections"));
    m_navigation->item(3)->setData(Qt::UserRole, CollectionsView);
    connect(m_collections, &CollectionsWidget::openCustomer, this, &MainWindow::openCustomer);
    connect(m_collections, &CollectionsWidget::statusMessage, this, &MainWindow::showStatus);
    connect(m_today, &TodayWidget::openCustomer, this, &MainWindow::openCustomer);
    connect(m_today, &TodayWidget::statusMessage, this, &MainWindow::showStatus);
    connect(m_today, &TodayWidget::loaded, this, &MainWindow::showAgendaCounts);
    connect(m_today, &TodayWidget::dataChanged, this, [this] {
        // A visit completed or cancelled, a call logged: what the list's last-contact column shows.
        m_changes->announce(Entity::Interactions);
    });
    if (session.isManager() || session.isAdmin()) {
        m_handover = new HandoverWidget(session, m_pages, m_worker.get(), m_changes);
        m_pages->addWidget(m_handover);
        m_navigation->addItem(tr("Handover"));
        m_navigation->item(m_navigation->count() - 1)->setData(Qt::UserRole, HandoverView);
        connect(m_handover, &HandoverWidget::customersMoved, this, [this] { m_changes->announce(Entity::Customers); });
        connect(m_handover, &HandoverWidget::statusMessage, this, &MainWindow::showStatus);
    }
    m_pages->addWidget(m_analysis);
    m_navigation->addItem(tr("Analysis"));
    m_navigation->item(m_navigation->count() - 1)->setData(Qt::UserRole, AnalysisView);
    connect(m_analysis, &AnalysisWidget::rescoreRequested, this, &MainWindow::rescore);
    connect(m_analysis, &AnalysisWidget::statusMessage, this, &MainWindow::showStatus);
    connect(m_analysis, &AnalysisWidget::openCustomer, this, &MainWindow::openCustomer);
    m_lifecycle = new LifecycleWidget(session, m_pages, false, m_worker.get(), m_changes);
    m_pages->addWidget(m_lifecycle);
    m_navigation->addItem(tr("Lifecycle"));
    m_navigation->item(m_navigation->count() - 1)->setData(Qt::UserRole, LifecycleView);
    connect(m_lifecycle, &LifecycleWidget::openCustomer, this, &MainWindow::openCustomer);
    connect(m_lifecycle, &LifecycleWidget::statusMessage, this, &MainWindow::showStatus);
    m_complaints = new ComplaintsWidget(session, m_pages, false, m_worker.get(), m_changes);
    m_pages->addWidget(m_complaints);
    m_navigation->addItem(tr("Complaints"));
    m_navigation->item(m_navigation->count() - 1)->setData(Qt::UserRole, ComplaintsView);
    connect(m_complaints, &ComplaintsWidget::openCustomer, this, &MainWindow::openCustomer);
    connect(m_complaints, &ComplaintsWidget::statusMessage, this, &MainWindow::showStatus);
    m_visits = new VisitsPage(session, m_worker.get(), m_changes, m_pages);
    m_pages->addWidget(m_visits);
    m_navigation->addItem(tr("Visits"));
    m_navigation->item(m_navigation->count() - 1)->setData(Qt::UserRole, VisitsView);
    connect(m_visits, &VisitsPage::openCustomer, this, &MainWindow::openCustomer);
    connect(m_visits, &VisitsPage::statusMessage, this, &MainWindow::showStatus);
    m_weeklyReview = new WeeklyReviewWidget(session, m_pages, false, m_worker.get());
    m_pages->addWidget(m_weeklyReview);
    m_navigation->addItem(tr("Weekly review"));
    m_navigation->item(m_navigation->count() - 1)->setData(Qt::UserRole, WeeklyReviewView);
    connect(m_weeklyReview, &WeeklyReviewWidget::openCustomer, this, &MainWindow::openCustomer);
    connect(m_weeklyReview, &WeeklyReviewWidget::statusMessage, this, &MainWindow::showStatus);
    if (session.isAdmin()) {
        m_users = new UsersWidget(session.db().path(), session.user(), m_pages, m_changes);
        m_pages->addWidget(m_users);
        m_navigation->addItem(tr("Users and areas"));
        m_navigation->item(m_navigation->count() - 1)->setData(Qt::UserRole, UsersView);
        // Users and areas renamed, added, (de)activated: the list's owner and area filters, the handover's reps.
        connect(m_users, &UsersWidget::changed, this, [this](const QString& error) {
            if (error.isEmpty())
                m_changes->announce(Entity::Users);
        });
        m_settings = new SettingsWidget(session.db().path(), session.user(), m_pages);
        m_pages->addWidget(m_settings);
        m_navigation->addItem(tr("Settings"));
        m_navigation->item(m_navigation->count() - 1)->setData(Qt::UserRole, SettingsView);
    }
    m_escalation = new EscalationRunner(session, this);
    connect(m_escalation, &EscalationRunner::escalated, this, [this](const auto&, const QString& message) {
        statusBar()->showMessage(message, 60000);
        m_changes->announce(Entity::Complaints);
    });
    connect(m_escalation, &EscalationRunner::failed, this, &MainWindow::showStatus);
    // Pages read their data the first time they are shown (a million-customer office must not wait for them).
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] { loadPageIfNeeded(m_pages->currentWidget()); });
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    int navWidth = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        navWidth = std::max(navWidth, QFontMetrics(navFont).horizontalAdvance(m_navigation->item(i)->text()));
    // Room for the agenda's counts once they are in.
    navWidth = std::max(
        navWidth, QFontMetrics(navFont).horizontalAdvance(
                      tr("%1 (%2, %3 overdue)").arg(tr("Today"), QStringLiteral("99999"), QStringLiteral("99999"))));
    m_navigation->setFixedWidth(navWidth + 40);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); }"
                                               "QListWidget::item { padding: 6px 8px; }"));

    auto* central = new QWidget(this);
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 &&
            pageFor(static_cast<View>(m_navigation->item(row)->data(Qt::UserRole).toInt())) != m_pages->currentWidget())
            showView(static_cast<View>(m_navigation->item(row)->data(Qt::UserRole).toInt()));
    });
    connect(m_list, &CustomerListWidget::openCustomer, this, &MainWindow::openCustomer);
    connect(m_list, &CustomerListWidget::statusMessage, this, &MainWindow::showStatus);
    connect(m_card, &CustomerCardWidget::statusMessage, this, &MainWindow::showStatus);
    connect(m_card, &CustomerCardWidget::titleChanged, this, &MainWindow::updateTitle);
    connect(m_card, &CustomerCardWidget::modifiedChanged, this, &MainWindow::updateActions);
    connect(m_card, &CustomerCardWidget::loadingChanged, this, &MainWindow::updateActions);
    connect(m_card, &CustomerCardWidget::saved, this,
            [this] { m_changes->announce(Entity::Customers, {m_card->customerId()}); });
    connect(m_card, &CustomerCardWidget::customerDeleted, this, [this] {
        showView(CustomersView);
        m_changes->announce(Entity::Customers);
    });
    connect(m_card, &CustomerCardWidget::logInteractionRequested, this, &MainWindow::logInteraction);
    connect(m_card, &CustomerCardWidget::planVisitRequested, this, &MainWindow::planVisit);
    connect(m_card, &CustomerCardWidget::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(m_list, &CustomerListWidget::planVisitRequested, this, &MainWindow::planVisit);
    connect(m_card, &CustomerCardWidget::loadFailed, this, [this] {
        if (currentView() == CardView && !m_card->hasCustomer())
            showView(CustomersView);
    });

    createActions();

    // Status bar: who is logged in, as what, on which database.
    const core::User& user = session.user();
    auto* userLabel = new QLabel(tr("User: %1").arg(user.displayName.isEmpty() ? user.username : user.displayName));
    auto* roleLabel = new QLabel(tr("Role: %1").arg(Labels::role(core::roleName(user.role))));
    auto* dbLabel = new QLabel(tr("Database: %1").arg(QFileInfo(session.db().path()).fileName()));
    dbLabel->setToolTip(QDir::toNativeSeparators(session.db().path()));
    userLabel->setObjectName(QStringLiteral("userLabel"));
    roleLabel->setObjectName(QStringLiteral("roleLabel"));
    // Rescoring progress, shown while a run goes.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scoringProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Scoring %p%"));
    m_cancelScoring = new QPushButton(tr("Cancel"), this);
    m_cancelScoring->setObjectName(QStringLiteral("cancelScoringButton"));
    m_progress->hide();
    m_cancelScoring->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelScoring);
    connect(m_cancelScoring, &QPushButton::clicked, this, [this] {
        m_scoring->cancel();
        m_cancelScoring->setEnabled(false);
        showStatus(tr("Cancelling the scoring run…"));
    });
    connect(m_scoring, &ScoringRunner::progress, this, [this](int percent, const QString& step) {
        m_progress->setValue(percent);
        m_progress->setToolTip(step);
    });
    connect(m_scoring, &ScoringRunner::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        m_cancelScoring->setVisible(running);
        m_cancelScoring->setEnabled(running);
        m_rescoreAction->setEnabled(!running);
        if (running)
            m_progress->setValue(0);
    });
    connect(m_scoring, &ScoringRunner::scored, this, [this](const services::ScoringReport& report) {
        scoringFinished();
        showStatus(tr("Scored %1 customers as of %2 in %3 s.")
                       .arg(QLocale().toString(report.customers), DisplayDate::text(report.asOf),
                            QLocale().toString(report.seconds, 'f', 1)));
    });
    connect(m_scoring, &ScoringRunner::cancelled, this,
            [this] { showStatus(tr("Scoring cancelled; the previous scores are kept.")); });
    connect(m_scoring, &ScoringRunner::failed, this, [this](const QString& message) {
        MessageBox::warning(this, tr("Rescore customers"),
                            tr("The customers could not be scored; the previous scores are kept.\n\n%1").arg(message));
    });
    statusBar()->addPermanentWidget(userLabel);
    statusBar()->addPermanentWidget(roleLabel);
    statusBar()->addPermanentWidget(dbLabel);

    resize(1280, 800);
    showView(CustomersView);
    updateActions();
}

MainWindow::~MainWindow()
{
    // The pages go before the worker their models post to (quietly: no page-change handler runs meanwhile).
    m_pages->disconnect();
    delete m_pages;
}

void MainWindow::mailingList()
{
    const storage::CustomerQuery filter = m_list->model()->query();
    MailingDialog dialog(m_session.db().path(), m_session.user(), filter, mailingFilterText(filter), this);
    dialog.exec();
}

QString MainWindow::mailingFilterText(const storage::CustomerQuery& filter) const
{
    QStringList parts;
    if (!filter.search.trimmed().isEmpty())
        parts << tr("search “%1”").arg(filter.search.trimmed());
    if (!filter.status.isEmpty())
        parts << Labels::status(filter.status);
    if (filter.ownerId > 0)
        parts << m_list->ownerFilter()->currentText();
    if (filter.areaId > 0)
        parts << m_list->areaFilter()->currentText();
    if (filter.keyOnly)
        parts << tr("key customers");
    if (!filter.abc.isEmpty() || !filter.churnRisk.isEmpty() || !filter.stage.isEmpty())
        parts << tr("score filters");
    return parts.isEmpty() ? tr("all customers") : parts.join(QStringLiteral(", "));
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New customer"), this, &MainWindow::newCustomer);
    newAction->setShortcut(QKeySequence::New);
    m_saveAction = file->addAction(tr("&Save card"), this, [this] { m_card->save(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_closeCardAction = file->addAction(tr("&Close card"), this, [this] {
        if (m_card->maybeClose()) {
            m_card->reload();
            showView(CustomersView);
        }
    });
    m_closeCardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    file->addAction(tr("E&xport customers…"), this, &MainWindow::exportCustomers);
    m_exportCardAction = file->addAction(tr("Export c&ard…"), this, &MainWindow::exportCard);
    m_exportCardAction->setObjectName(QStringLiteral("exportCardAction"));
    m_printCardAction = file->addAction(tr("P&rint card…"), this, [this] { m_card->printCard(); });
    m_printCardAction->setShortcut(QKeySequence::Print);
    m_cardPdfAction = file->addAction(tr("Card as P&DF…"), this, [this] { m_card->saveCardPdf(); });
    if (PersonalDataExporter::mayExport(m_session)) {
        m_exportCustomerDataAction =
            file->addAction(tr("Export all data of this customer…"), this, &MainWindow::exportCustomerData);
        m_exportCustomerDataAction->setObjectName(QStringLiteral("exportCustomerDataAction"));
    }
    if (m_session.isAdmin() || m_session.isManager()) {
        file->addAction(tr("&Import customers…"), this, &MainWindow::importCustomers);
        file->addAction(tr("Imp&orts…"), this, &MainWindow::showImports);
    }
    file->addAction(tr("&Mailing list…"), this, &MainWindow::mailingList);
    file->addSeparator();
    file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    file->addAction(tr("&Log out"), this, &MainWindow::logOut);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_card->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_card->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find customer"), this, [this] {
        showView(CustomersView);
        m_list->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    m_logInteractionAction = edit->addAction(tr("&Log interaction…"), this, &MainWindow::logInteraction);
    m_logInteractionAction->setObjectName(QStringLiteral("logInteractionAction"));
    m_logInteractionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_planVisitAction = edit->addAction(tr("&Plan visit…"), this, &MainWindow::planVisit);
    m_planVisitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* today = view->addAction(tr("&Today"), this, [this] { showView(TodayView); });
    today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* customers = view->addAction(tr("&Customers"), this, [this] { showView(CustomersView); });
    customers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_cardViewAction = view->addAction(tr("Customer c&ard"), this, [this] { showView(CardView); });
    m_cardViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    if (m_handover) {
        QAction* handover = view->addAction(tr("&Handover"), this, [this] { showView(HandoverView); });
        handover->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    }
    view->addSeparator();
    QAction* refresh = view->addAction(tr("&Refresh"), this, [this] { m_list->refresh(); });
    refresh->setShortcut(QKeySequence::Refresh);

    QAction* analysis = view->addAction(tr("&Analysis"), this, [this] { showView(AnalysisView); });
    analysis->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction* lifecycle = view->addAction(tr("&Lifecycle"), this, [this] { showView(LifecycleView); });
    lifecycle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction* complaints = view->addAction(tr("C&omplaints"), this, [this] { showView(ComplaintsView); });
    complaints->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    QAction* weekly = view->addAction(tr("&Weekly review"), this, [this] { showView(WeeklyReviewView); });
    weekly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    QAction* collections = view->addAction(tr("Co&llections plan"), this, [this] { showView(CollectionsView); });
    collections->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    QAction* visits = view->addAction(tr("V&isits"), this, [this] { showView(VisitsView); });
    visits->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    m_rescoreAction = tools->addAction(tr("&Rescore customers"), this, &MainWindow::rescore);
    m_rescoreAction->setObjectName(QStringLiteral("rescoreAction"));
    m_rescoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rescoreAction->setStatusTip(tr("Recompute value, churn risk and lifecycle stage of your customers as of today"));
    if (m_session.isAdmin()) {
        tools->addSeparator();
        tools->addAction(tr("&Backups…"), this, &MainWindow::showBackups);
    }
    if (m_session.isAdmin() || m_session.isManager()) {
        tools->addSeparator();
        tools->addAction(tr("Find &duplicates…"), this, [this] {
            DuplicatesDialog dialog(m_session.db().path(), m_session.user(), this);
            connect(&dialog, &DuplicatesDialog::merged, this, [this] { m_changes->announce(Entity::Customers); });
            dialog.exec();
        });
    }
    tools->addAction(tr("&Check database"), this, &MainWindow::checkDatabase);
    if (m_session.isAdmin())
        tools->addAction(tr("&Optimize database…"), this, &MainWindow::optimizeDatabase);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About CardDesk"), this, [this] {
        MessageBox::information(this, tr("About CardDesk"),
                                tr("CardDesk %1\nThe customer archive of a sales office, offline, in one file.")
                                    .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::exportCustomers()
{
    // What the list shows: its search and filters (the export holds every match, not only the loaded rows).
    ExportDialog dialog(m_session.db().path(), m_session.user(), ExportDialog::What::Customers, this);
    dialog.setCustomerQuery(m_list->model()->query());
    dialog.exec();
}

void MainWindow::exportCard()
{
    if (!m_card->hasCustomer() || m_card->isOpening() || m_card->customerId() <= 0)
        return;
    ExportDialog dialog(m_session.db().path(), m_session.user(), ExportDialog::What::Card, this);
    dialog.setCustomerId(m_card->customerId());
    dialog.exec();
}

bool MainWindow::exportCustomerData()
{
    if (!m_card->hasCustomer() || m_card->isOpening() || m_card->customerId() <= 0)
        return false;
    return PersonalDataExporter::run(this, m_session, report::PersonalDataExport::Subject::Customer,
                                     m_card->customerId(), m_card->customer().name);
}

void MainWindow::importCustomers()
{
    ImportCustomersWizard wizard(m_session.db().path(), m_session.user(), this);
    connect(&wizard, &ImportCustomersWizard::imported, this, [this] { m_changes->announce(Entity::Customers); });
    wizard.exec();
}

void MainWindow::showImports()
{
    ImportBatchesDialog dialog(m_session.db().path(), m_session.user(), this);
    connect(&dialog, &ImportBatchesDialog::undone, this, [this](bool ok) {
        if (ok)
            m_changes->announce(Entity::Customers);
    });
    dialog.exec();
}

void MainWindow::updateActions()
{
    const bool hasCard = m_card->hasCustomer();
    m_saveAction->setEnabled(hasCard);
    m_closeCardAction->setEnabled(hasCard);
    // While another customer is read the card still holds the previous one: nothing may act on it meanwhile.
    const bool cardReady = hasCard && !m_card->isOpening() && m_card->customerId() > 0;
    m_logInteractionAction->setEnabled(hasCard ? cardReady : m_list->currentCustomerId() > 0);
    m_planVisitAction->setEnabled(m_logInteractionAction->isEnabled());
    m_cardViewAction->setEnabled(hasCard);
    m_exportCardAction->setEnabled(cardReady);
    m_printCardAction->setEnabled(cardReady);
    m_cardPdfAction->setEnabled(cardReady);
    if (m_exportCustomerDataAction)
        m_exportCustomerDataAction->setEnabled(cardReady);
    if (QListWidgetItem* item = navigationItem(CardView)) {
        item->setFlags(hasCard ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        item->setHidden(!hasCard);
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = tr("CardDesk");
    if (currentView() == CardView && m_card->hasCustomer())
        title = m_card->title() + QStringLiteral(" — ") + title;
    setWindowTitle(title);
    setWindowModified(false);
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 5000);
}

QWidget* MainWindow::pageFor(View view) const
{
    switch (view) {
    case CustomersView:
        return m_list;
    case CardView:
        return m_card;
    case HandoverView:
        return m_handover;
    case AnalysisView:
        return m_analysis;
    case LifecycleView:
        return m_lifecycle;
    case ComplaintsView:
        return m_complaints;
    case WeeklyReviewView:
        return m_weeklyReview;
    case UsersView:
        return m_users;
    case SettingsView:
        return m_settings;
    case TodayView:
        return m_today;
    case CollectionsView:
        return m_collections;
    case VisitsView:
        return m_visits;
    }
    return m_list;
}

QListWidgetItem* MainWindow::navigationItem(View view) const
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == view)
            return m_navigation->item(row);
    return nullptr;
}

void MainWindow::showAgendaCounts(int total, int overdue)
{
    if (QListWidgetItem* item = navigationItem(TodayView)) {
        item->setText(overdue > 0 ? tr("%1 (%2, %3 overdue)").arg(tr("Today")).arg(total).arg(overdue)
                                  : tr("%1 (%2)").arg(tr("Today")).arg(total));
        item->setToolTip(tr("%n line(s) due today, %1 of them overdue", nullptr, total).arg(overdue));
    }
}

MainWindow::View MainWindow::currentView() const
{
    for (View view : {CustomersView, CardView, HandoverView, AnalysisView, LifecycleView, ComplaintsView,
                      WeeklyReviewView, UsersView, SettingsView, TodayView, CollectionsView, VisitsView}) {
        if (pageFor(view) == m_pages->currentWidget())
            return view;
    }
    return CustomersView;
}

void MainWindow::showView(View view)
{
    if (view == CardView && !m_card->hasCustomer())
        view = CustomersView;
    if (view == HandoverView && !m_handover)
        view = CustomersView;
    m_pages->setCurrentWidget(pageFor(view));
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == view)
            m_navigation->setCurrentRow(row);
    }
    updateActions();
}

bool MainWindow::rescore()
{
    if (m_scoring->isRunning())
        return false;
    showStatus(tr("Scoring customers as of today…"));
    return m_scoring->startScoring(QDate::currentDate());
}

void MainWindow::rescoreIfStale()
{
    struct Age
    {
        QDateTime lastRun;
        qint64 staleSeconds = 0;
    };
    m_worker->run<Age>(
        this,
        [](storage::Session& session) -> core::Result<Age> {
            auto last = storage::ScoreRepository(session).lastRunAt();
            if (!last)
                return last.error();
            // The office setting scoring.rescore_after_hours (default 24), read at each start: a change applies
            // at once.
            return Age{*last,
                       qint64{services::OfficeSettings::integer(session.db(), "scoring.rescore_after_hours")} * 3600};
        },
        [this](core::Result<Age> age) {
            if (!age) {
                showStatus(tr("The scores cannot be read: %1").arg(ErrorText::sentence(age.error())));
                emit rescoreChecked(false);
                return;
            }
            const bool fresh =
                age->lastRun.isValid() && age->lastRun.secsTo(QDateTime::currentDateTimeUtc()) < age->staleSeconds;
            emit rescoreChecked(!fresh && rescore());
        });
}

void MainWindow::scoringFinished()
{
    // The run wrote every scope customer's scores and stages: the list, analysis, lifecycle and card follow.
    m_changes->announce(Entity::Scores);
}

void MainWindow::loadPageIfNeeded(QWidget* page)
{
    if (m_loadedPages.contains(page))
        return;
    if (page == m_today)
        m_today->reload();
    else if (page == m_collections)
        m_collections->reload();
    else if (page != nullptr && page == m_handover)
        m_handover->reloadUsers();
    else if (page == m_analysis)
        m_analysis->reload();
    else if (page == m_lifecycle)
        m_lifecycle->reload();
    else if (page == m_complaints)
        m_complaints->reload();
    else if (page == m_weeklyReview)
        m_weeklyReview->reload();
    else if (page == m_visits)
        m_visits->reload();
    else if (page != nullptr && page == m_users)
        m_users->reload();
    else if (page != nullptr && page == m_settings)
        m_settings->reload();
    else
        return;
    m_loadedPages.insert(page);
}

bool MainWindow::openCustomer(qint64 customerId)
{
    if (m_card->hasCustomer() && m_card->customerId() != customerId && !m_card->maybeClose())
        return false;
    if (m_card->customerId() != customerId || !m_card->hasCustomer() || !m_card->isModified()) {
        if (!m_card->loadCustomer(customerId))
            return false;
    }
    showView(CardView);
    return true;
}

void MainWindow::newCustomer()
{
    if (m_card->hasCustomer() && !m_card->maybeClose())
        return;
    m_card->newCustomer();
    showView(CardView);
}

bool MainWindow::planVisit()
{
    qint64 id = 0;
    QString name;
    if (currentView() == CardView && m_card->isOpening())
        return false; // the card shown is not yet the customer being opened
    if (currentView() == CardView && m_card->customerId() > 0) {
        id = m_card->customerId();
        name = m_card->customer().name;
    } else if (const auto selected = m_list->selectedCustomers();
               selected.size() > 1 && currentView() == CustomersView) {
        VisitPlanDialog several(m_session, selected, this); // all or none, in one transaction
        several.setPurpose(QString());
        if (several.exec() != QDialog::Accepted)
            return false;
        showStatus(tr("%1 visits planned for %2.")
                       .arg(several.plannedCount())
                       .arg(DisplayDate::text(several.visit().plannedDate)));
        m_changes->announce(Entity::Visits);
        return true;
    } else if (const qint64 listId = m_list->currentCustomerId(); listId > 0 && currentView() == CustomersView) {
        id = listId;
        name = m_list->view()->currentIndex().siblingAtColumn(0).data().toString();
    } else if (currentView() == TodayView) {
        return m_today->planVisit();
    }
    if (id <= 0)
        return false;
    VisitPlanDialog dialog(m_session, id, name, this);
    dialog.setPurpose(QString());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showStatus(tr("Visit to %1 planned for %2.").arg(name, DisplayDate::text(dialog.visit().plannedDate)));
    m_changes->announce(Entity::Visits);
    return true;
}

bool MainWindow::logInteraction()
{
    qint64 id = 0;
    QString name;
    if (currentView() == CardView && m_card->isOpening())
        return false; // the card shown is not yet the customer being opened
    if (currentView() == CardView && m_card->customerId() > 0) {
        id = m_card->customerId();
        name = m_card->customer().name;
    } else if (const qint64 listId = m_list->currentCustomerId()) {
        id = listId;
        name = m_list->view()->currentIndex().siblingAtColumn(0).data().toString();
    }
    if (id <= 0)
        return false;
    InteractionDialog dialog(m_session, id, name, this, m_worker.get());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showStatus(tr("Interaction logged."));
    m_changes->announce(Entity::Interactions);
    return true;
}

void MainWindow::startEscalation()
{
    m_escalation->start();
}

QFuture<QString> MainWindow::saveLastWeeksReport()
{
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString message = watcher->result();
        watcher->deleteLater();
        if (!message.isEmpty())
            showStatus(message);
    });
    QFuture<QString> job = QtConcurrent::run([path = m_session.db().path(), user = m_session.user()] {
        auto db = openWorkerConnection(path);
        if (!db)
            return QString();
        storage::Session session(**db, user);
        auto saved = report::WeeklyReportAutosave::saveLastWeek(session, QDate::currentDate());
        if (!saved) {
            spdlog::warn("last week's report was not saved: {}", saved.error().message.toStdString());
            return tr("Last week's report could not be saved as PDF: %1").arg(ErrorText::sentence(saved.error()));
        }
        if (saved->isEmpty())
            return QString();
        spdlog::info("last week's report saved as {}", saved->toStdString());
        return tr("Last week's report was saved as %1.").arg(QDir::toNativeSeparators(*saved));
    });
    watcher->setFuture(job);
    return job;
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = Settings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = Settings::windowState();
    if (!state.isEmpty())
        restoreState(state);
    m_list->restoreHeaderState(Settings::customerListHeader());
}

QString MainWindow::backupFolder() const
{
    const auto setting = storage::SettingsRepository::value(m_session.db(), "backup.folder");
    if (setting && !setting->trimmed().isEmpty())
        return setting->trimmed();
    return services::BackupService::defaultFolder(m_session.db().path());
}

void MainWindow::logOut()
{
    m_exitRequest = ExitRequest::LogOut;
    if (!close())
        m_exitRequest = ExitRequest::Quit;
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(tr("Change password"),
                          tr("At least 8 characters, and not your user name. You need your current password."), true,
                          this);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        // One Argon2id hash on the GUI thread (a fraction of a second), the user waiting for it by choice.
        auto changed = services::UserAdministration::changeOwnPassword(m_session, dialog.current(), dialog.password());
        if (changed) {
            showStatus(tr("Your password was changed."));
            return;
        }
        dialog.showError(UsersWidget::errorText(changed.error()));
    }
}

IntegrityCheckRunner* MainWindow::checkDatabase()
{
    showStatus(tr("Checking the database…"));
    auto* runner = new IntegrityCheckRunner(m_session.db().path(), this);
    connect(runner, &IntegrityCheckRunner::finished, this,
            [this, runner](const QStringList& problems, const QString& error) {
                runner->deleteLater();
                if (!error.isEmpty())
                    MessageBox::warning(this, tr("Check database"),
                                        tr("The check could not run: the file cannot be opened."));
                else if (problems.isEmpty())
                    MessageBox::information(this, tr("Check database"), tr("The database is sound."));
                else
                    MessageBox::warning(this, tr("Check database"),
                                        tr("The database is damaged (%n problem(s) found). Stop working in it and "
                                           "restore the latest backup (Tools → Backups…).",
                                           nullptr, static_cast<int>(problems.size())));
                showStatus(QString());
            });
    runner->start();
    return runner;
}

DatabaseOptimizeRunner* MainWindow::optimizeDatabase()
{
    showStatus(tr("Measuring the office file…"));
    auto* runner = new DatabaseOptimizeRunner(m_session.db().path(), m_session.user(), this);
    const auto megabytes = [](qint64 bytes) { return QLocale().toString(static_cast<double>(bytes) / 1e6, 'f', 1); };
    connect(runner, &DatabaseOptimizeRunner::measured, this,
            [this, runner, megabytes](const storage::FileSpace& space, const QString& error) {
                showStatus(QString());
                if (!error.isEmpty()) {
                    MessageBox::warning(this, tr("Optimize database"), error);
                    runner->deleteLater();
                    return;
                }
                const bool rewrite = services::OfficeMaintenance::worthVacuuming(space);
                QString text = tr("The office file is %1 MB; %2 MB of it (%3%) is space left free by deleted data.")
                                   .arg(megabytes(space.bytes()), megabytes(space.freeBytes()),
                                        QLocale().toString(space.freeShare() * 100.0, 'f', 1));
                text += QLatin1Char('\n') + QLatin1Char('\n') +
                        (rewrite ? tr("Optimizing refreshes the statistics that make searches fast and rewrites the "
                                      "file without the free space. That takes about as long as copying the file; "
                                      "others can keep reading meanwhile, and their saves wait until it is done.")
                                 : tr("Optimizing refreshes the statistics that make searches fast. The free space "
                                      "is too small to be worth rewriting the file."));
                text += QLatin1Char('\n') + QLatin1Char('\n') + tr("Optimize now?");
                if (MessageBox::question(this, tr("Optimize database"), text) != QMessageBox::Yes) {
                    runner->deleteLater();
                    return;
                }
                showStatus(tr("Optimizing the office file…"));
                runner->optimize(false);
            });
    connect(runner, &DatabaseOptimizeRunner::optimized, this,
            [this, runner, megabytes](const services::OptimizeOutcome& outcome, const QString& error) {
                showStatus(QString());
                runner->deleteLater();
                if (!error.isEmpty()) {
                    MessageBox::warning(this, tr("Optimize database"),
                                        tr("The office file was not optimized: %1").arg(error));
                    return;
                }
                MessageBox::information(
                    this, tr("Optimize database"),
                    outcome.vacuumed ? tr("Done: the office file went from %1 MB to %2 MB.")
                                           .arg(megabytes(outcome.before.bytes()), megabytes(outcome.after.bytes()))
                                     : tr("Done: the statistics are fresh."));
            });
    runner->measure();
    return runner;
}

void MainWindow::showBackups()
{
    BackupsDialog dialog(m_session.db().path(), backupFolder(),
                         services::BackupService::encryptionRequired(m_session.db()), this);
    connect(&dialog, &BackupsDialog::restoreRequested, this, [this](const QString& file, const QString& passphrase) {
        m_restoreFile = file;
        // An encrypted backup's passphrase, checked by the dialog, for the restore once the window is closed
        // (main.cpp reads it with restoreFile()); held in memory only.
        setProperty(kRestorePassphraseProperty, passphrase);
        m_exitRequest = ExitRequest::Restore;
    });
    dialog.exec();
    if (m_exitRequest == ExitRequest::Restore && !close()) {
        m_exitRequest = ExitRequest::Quit;
        m_restoreFile.clear();
        setProperty(kRestorePassphraseProperty, QString());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_card->maybeClose()) {
        event->ignore();
        return;
    }
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setCustomerListHeader(m_list->saveHeaderState());
    event->accept();
}

} // namespace carddesk::gui
