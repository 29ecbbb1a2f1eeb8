#include "gui/MainWindow.h"

#include "gui/CustomerCardWidget.h"
#include "gui/CustomerListWidget.h"
#include "gui/HandoverWidget.h"
#include "gui/InteractionDialog.h"
#include "gui/Labels.h"
#include "gui/MessageBox.h"
#include "gui/Settings.h"
#include "storage/Session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace carddesk::gui {

MainWindow::MainWindow(storage::Session& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_list(new CustomerListWidget(session, m_pages)), m_card(new CustomerCardWidget(session, m_pages))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/carddesk.png")));

    m_pages->addWidget(m_list);
    m_pages->addWidget(m_card);
    m_navigation->addItem(tr("Customers"));
    m_navigation->addItem(tr("Customer card"));
    if (session.isManager() || session.isAdmin()) {
        m_handover = new HandoverWidget(session, m_pages);
        m_pages->addWidget(m_handover);
        m_navigation->addItem(tr("Handover"));
        connect(m_handover, &HandoverWidget::customersMoved, this, [this] { m_list->refresh(); });
        connect(m_handover, &HandoverWidget::statusMessage, this, &MainWindow::showStatus);
    }
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    int navWidth = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        navWidth = std::max(navWidth, QFontMetrics(navFont).horizontalAdvance(m_navigation->item(i)->text()));
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
        if (row >= 0 && row != m_pages->currentIndex())
            showView(static_cast<View>(row));
    });
    connect(m_list, &CustomerListWidget::openCustomer, this, &MainWindow::openCustomer);
    connect(m_list, &CustomerListWidget::statusMessage, this, &MainWindow::showStatus);
    connect(m_card, &CustomerCardWidget::statusMessage, this, &MainWindow::showStatus);
    connect(m_card, &CustomerCardWidget::titleChanged, this, &MainWindow::updateTitle);
    connect(m_card, &CustomerCardWidget::modifiedChanged, this, &MainWindow::updateActions);
    connect(m_card, &CustomerCardWidget::saved, this, [this] { m_list->refresh(); });
    connect(m_card, &CustomerCardWidget::logInteractionRequested, this, &MainWindow::logInteraction);

    createActions();

    // Status bar: who is logged in, as what, on which database.
    const core::User& user = session.user();
    auto* userLabel = new QLabel(tr("User: %1").arg(user.displayName.isEmpty() ? user.username : user.displayName));
    auto* roleLabel = new QLabel(tr("Role: %1").arg(Labels::role(core::roleName(user.role))));
    auto* dbLabel = new QLabel(tr("Database: %1").arg(QFileInfo(session.db().path()).fileName()));
    dbLabel->setToolTip(QDir::toNativeSeparators(session.db().path()));
    userLabel->setObjectName(QStringLiteral("userLabel"));
    roleLabel->setObjectName(QStringLiteral("roleLabel"));
    statusBar()->addPermanentWidget(userLabel);
    statusBar()->addPermanentWidget(roleLabel);
    statusBar()->addPermanentWidget(dbLabel);

    resize(1280, 800);
    showView(CustomersView);
    updateActions();
}

MainWindow::~MainWindow() = default;

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
    m_logInteractionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu* view = menuBar()->addMenu(tr("&View"));
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

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About CardDesk"), this, [this] {
        MessageBox::information(this, tr("About CardDesk"),
                                tr("CardDesk %1\nThe customer archive of a sales office, offline, in one file.")
                                    .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateActions()
{
    const bool hasCard = m_card->hasCustomer();
    m_saveAction->setEnabled(hasCard);
    m_closeCardAction->setEnabled(hasCard);
    m_logInteractionAction->setEnabled(hasCard ? m_card->customerId() > 0 : m_list->currentCustomerId() > 0);
    m_cardViewAction->setEnabled(hasCard);
    if (QListWidgetItem* item = m_navigation->item(CardView)) {
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

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_pages->currentIndex());
}

void MainWindow::showView(View view)
{
    if (view == CardView && !m_card->hasCustomer())
        view = CustomersView;
    if (view == HandoverView && !m_handover)
        view = CustomersView;
    m_pages->setCurrentIndex(view);
    m_navigation->setCurrentRow(view);
    if (view == HandoverView)
        m_handover->reloadUsers();
    updateActions();
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

bool MainWindow::logInteraction()
{
    qint64 id = 0;
    QString name;
    if (currentView() == CardView && m_card->customerId() > 0) {
        id = m_card->customerId();
        name = m_card->customer().name;
    } else if (const qint64 listId = m_list->currentCustomerId()) {
        id = listId;
        name = m_list->view()->currentIndex().siblingAtColumn(0).data().toString();
    }
    if (id <= 0)
        return false;
    InteractionDialog dialog(m_session, id, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showStatus(tr("Interaction logged."));
    if (m_card->customerId() == id)
        m_card->refreshSections();
    m_list->refresh();
    return true;
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
