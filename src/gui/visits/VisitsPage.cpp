#include "gui/visits/VisitsPage.h"

#include "gui/agenda/CancelVisitPrompt.h"
#include "gui/agenda/VisitOutcomeDialog.h"
#include "gui/common/DataChanges.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/ErrorText.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "gui/common/TextPrompt.h"
#include "gui/customer/VisitPlanDialog.h"
#include "gui/visits/VisitListModel.h"
#include "gui/visits/VisitSuggestionPanel.h"
#include "gui/visits/VisitWeekView.h"
#include "gui/visits/VisitsPageData.h"
#include "services/Agenda.h"
#include "services/VisitPlanning.h"
#include "storage/access/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace carddesk::gui {

VisitsPage::VisitsPage(storage::Session& session, StorageWorker* worker, DataChanges* changes, QWidget* parent)
    : QWidget(parent), m_session(session), m_changes(changes), m_loader(new PageLoader(session, worker, this)),
      m_repLoader(new PageLoader(session, worker, this)), m_weekTitle(new QLabel(this)), m_rep(new QComboBox(this)),
      m_weekMode(new QToolButton(this)), m_listMode(new QToolButton(this)), m_status(new QComboBox(this)),
      m_summary(new QLabel(this)), m_views(new QStackedWidget(this)), m_week(new VisitWeekView(this)),
      m_listView(new QTableView(this)), m_listModel(new VisitListModel(this)),
      m_suggestions(new VisitSuggestionPanel(this)), m_open(new QPushButton(tr("Open card"), this)),
      m_complete(new QPushButton(tr("Complete visit…"), this)), m_cancel(new QPushButton(tr("Cancel visit…"), this)),
      m_monday(services::VisitSuggestions::mondayOf(QDate::currentDate())), m_repId(session.userId())
{
    setObjectName(QStringLiteral("VisitsPage"));
    auto* title = new QLabel(tr("Visits"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousWeekButton"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous week"));
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextWeekButton"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next week"));
    auto* thisWeek = new QPushButton(tr("This week"), this);
    thisWeek->setObjectName(QStringLiteral("thisWeekButton"));
    m_weekTitle->setObjectName(QStringLiteral("weekTitle"));
    QFont weekFont = m_weekTitle->font();
    weekFont.setBold(true);
    m_weekTitle->setFont(weekFont);
    m_weekMode->setText(tr("Week"));
    m_listMode->setText(tr("List"));
    for (QToolButton* mode : {m_weekMode, m_listMode}) {
        mode->setCheckable(true);
        mode->setAutoExclusive(true);
        mode->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_weekMode->setObjectName(QStringLiteral("weekModeButton"));
    m_listMode->setObjectName(QStringLiteral("listModeButton"));
    m_weekMode->setChecked(true);
    m_status->setObjectName(QStringLiteral("visitStatusFilter"));
    m_status->addItem(tr("All statuses"), int(VisitListModel::Filter::All));
    m_status->addItem(tr("Planned"), int(VisitListModel::Filter::Planned));
    m_status->addItem(tr("Overdue"), int(VisitListModel::Filter::Overdue));
    m_status->addItem(tr("Done"), int(VisitListModel::Filter::Done));
    m_status->addItem(tr("Cancelled"), int(VisitListModel::Filter::Cancelled));
    m_status->setEnabled(false);
    m_rep->setObjectName(QStringLiteral("visitRep"));
    m_rep->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rep->addItem(session.user().displayName.isEmpty() ? session.user().username : session.user().displayName,
                   session.userId());
    // A rep's week is their own: the picker is for managers and the administrator.
    const bool canPick = session.isManager() || session.isAdmin();
    auto* whose = new QLabel(tr("Visits of:"), this);
    whose->setBuddy(m_rep);
    whose->setVisible(canPick);
    m_rep->setVisible(canPick);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(previous);
    header->addWidget(thisWeek);
    header->addWidget(next);
    header->addSpacing(8);
    header->addWidget(m_weekTitle);
    header->addStretch(1);
    header->addWidget(m_weekMode);
    header->addWidget(m_listMode);
    header->addWidget(m_status);
    header->addSpacing(12);
    header->addWidget(whose);
    header->addWidget(m_rep);

    m_listView->setObjectName(QStringLiteral("visitList"));
    m_listView->setModel(m_listModel);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setAlternatingRowColors(true);
    m_listView->verticalHeader()->hide();
    m_listView->horizontalHeader()->setStretchLastSection(true);
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_listView->setColumnWidth(VisitListModel::DateColumn, 8 * unit);
    m_listView->setColumnWidth(VisitListModel::StatusColumn, 6 * unit);
    m_listView->setColumnWidth(VisitListModel::CustomerColumn, 16 * unit);
    m_listView->setColumnWidth(VisitListModel::CodeColumn, 7 * unit);
    m_listView->setColumnWidth(VisitListModel::AddressColumn, 16 * unit);
    m_listView->setColumnWidth(VisitListModel::PurposeColumn, 12 * unit);
    m_views->addWidget(m_week);
    m_views->addWidget(m_listView);

    m_open->setObjectName(QStringLiteral("openCardButton"));
    m_complete->setObjectName(QStringLiteral("completeVisitButton"));
    m_cancel->setObjectName(QStringLiteral("cancelVisitButton"));
    m_summary->setObjectName(QStringLiteral("visitSummary"));
    // Wraps beside the buttons: on one line the page needed 1,330 px (English), wider than a 1280-pixel screen.
    m_summary->setWordWrap(true);
    // The weekly review counts a done visit on the day it was done (done_at), this page on its planned day.
    m_summary->setToolTip(tr("Counted by the day each visit was planned for. The weekly review counts a done visit "
                             "in the week it was done, which can differ."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QPushButton* button : {m_open, m_complete, m_cancel})
        buttons->addWidget(button);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_views, 1);
    leftLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_suggestions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The suggestions' names and reasons need room; the seven day columns share the rest.
    m_suggestions->setMinimumWidth(30 * unit);
    splitter->setSizes({64 * unit, 36 * unit});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(previous, &QToolButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(next, &QToolButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { showWeek(QDate::currentDate()); });
    connect(m_weekMode, &QToolButton::toggled, this, [this](bool week) { setListMode(!week); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_listModel->setFilter(static_cast<VisitListModel::Filter>(m_status->currentData().toInt()));
        updateButtons();
    });
    connect(m_rep, &QComboBox::activated, this, [this] { setRep(m_rep->currentData().toLongLong()); });
    connect(m_week, &VisitWeekView::selectionChanged, this, &VisitsPage::updateButtons);
    connect(m_week, &VisitWeekView::visitActivated, this, [this](qint64) { completeSelected(); });
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VisitsPage::updateButtons);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &VisitsPage::updateButtons);
    connect(m_listView, &QTableView::activated, this, [this] { completeSelected(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const core::VisitPlanEntry* entry = selectedVisit())
            emit openCustomer(entry->visit.customerId);
    });
    connect(m_complete, &QPushButton::clicked, this, &VisitsPage::completeSelected);
    connect(m_cancel, &QPushButton::clicked, this, &VisitsPage::cancelSelected);
    connect(m_suggestions, &VisitSuggestionPanel::planRequested, this, &VisitsPage::planCustomers);
    connect(m_suggestions, &VisitSuggestionPanel::daysChanged, this, &VisitsPage::reload);
    connect(m_suggestions, &VisitSuggestionPanel::openCustomer, this, &VisitsPage::openCustomer);
    if (m_changes)
        m_loader->followChanges(m_changes,
                                {Entity::Visits, Entity::Interactions, Entity::Customers, Entity::Receivables,
                                 Entity::Complaints, Entity::Scores, Entity::Stages},
                                [this] { reload(); });
    updateButtons();
}

VisitsPage::~VisitsPage() = default;

bool VisitsPage::isLoading() const
{
    return m_loader->isLoading() || m_repLoader->isLoading();
}

void VisitsPage::reload()
{
    if (!m_repsLoaded)
        loadReps();
    const QDate today = QDate::currentDate();
    const QDate monday = m_monday;
    const qint64 rep = m_repId;
    const int days = m_suggestions->days();
    m_weekTitle->setText(tr("Week %1 · %2 – %3")
                             .arg(services::VisitSuggestions::weekLabel(monday), DisplayDate::text(monday),
                                  DisplayDate::text(monday.addDays(6))));
    m_loader->load<VisitsPageData>(
        [today, monday, rep, days](storage::Session& session) -> core::Result<VisitsPageData> {
            VisitsPageData data;
            data.monday = monday;
            services::VisitPlanning planning(session, today);
            auto week = planning.list(monday, monday.addDays(6), rep);
            if (!week)
                return week.error();
            data.week = std::move(*week);
            // Planned visits of days before the week (or before today) stay in sight until done or cancelled.
            auto overdue = planning.overdue(std::min(monday, today), rep);
            if (!overdue)
                return overdue.error();
            data.overdue = std::move(*overdue);
            data.suggestions = services::VisitSuggestions(session, today).forWeek(monday, rep, days);
            return data;
        },
        [this](core::Result<VisitsPageData> data) {
            if (!data) {
                m_summary->setText(tr("The visits cannot be read: %1").arg(ErrorText::sentence(data.error())));
                emit loaded();
                return;
            }
            showData(std::move(*data));
        });
}

void VisitsPage::showData(VisitsPageData data)
{
    const QDate today = QDate::currentDate();
    int planned = 0;
    int done = 0;
    int cancelled = 0;
    int late = int(data.overdue.size());
    for (const core::VisitPlanEntry& entry : data.week) {
        const QString& status = entry.visit.status;
        if (status == QLatin1String("planned")) {
            ++planned;
            if (entry.visit.plannedDate < today)
                ++late;
        } else if (status == QLatin1String("done")) {
            ++done;
        } else {
            ++cancelled;
        }
    }
    m_summary->setText(tr("Visits planned in the week: %1 (still planned %2, done %3, cancelled %4) · overdue: %5")
                           .arg(data.week.size())
                           .arg(planned)
                           .arg(done)
                           .arg(cancelled)
                           .arg(late));
    const qint64 keep = selectedVisit() ? selectedVisit()->visit.id : 0;
    std::vector<core::VisitPlanEntry> all = data.overdue;
    all.insert(all.end(), data.week.begin(), data.week.end());
    m_listModel->setVisits(std::move(all), today);
    m_week->setVisits(data.monday, today, std::move(data.week), std::move(data.overdue));
    if (keep > 0)
        selectVisit(keep);
    m_suggestions->setSuggestions(data.suggestions);
    updateButtons();
    emit loaded();
}

void VisitsPage::loadReps()
{
    if (!m_session.isManager() && !m_session.isAdmin()) {
        m_repsLoaded = true;
        return;
    }
    m_repLoader->load<std::vector<core::User>>(
        [](storage::Session& session) { return services::Agenda(session).pickableUsers(); },
        [this](core::Result<std::vector<core::User>> users) {
            if (!users)
                return;
            m_repsLoaded = true;
            while (m_rep->count() > 1)
                m_rep->removeItem(1);
            for (const core::User& user : *users)
                if (user.id != m_session.userId())
                    m_rep->addItem(user.displayName.isEmpty() ? user.username : user.displayName, user.id);
            m_rep->setCurrentIndex(std::max(0, m_rep->findData(m_repId)));
        });
}

void VisitsPage::showWeek(const QDate& day)
{
    m_monday = services::VisitSuggestions::mondayOf(day);
    reload();
}

void VisitsPage::setRep(qint64 userId)
{
    m_repId = userId > 0 ? userId : m_session.userId();
    if (const int index = m_rep->findData(m_repId); index >= 0)
        m_rep->setCurrentIndex(index);
    reload();
}

void VisitsPage::setListMode(bool list)
{
    m_views->setCurrentWidget(list ? static_cast<QWidget*>(m_listView) : m_week);
    m_listMode->setChecked(list);
    m_weekMode->setChecked(!list);
    m_status->setEnabled(list);
    updateButtons();
}

bool VisitsPage::isListMode() const
{
    return m_views->currentWidget() == m_listView;
}

const core::VisitPlanEntry* VisitsPage::selectedVisit() const
{
    if (isListMode()) {
        const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
        return rows.isEmpty() ? nullptr : m_listModel->rowAt(rows.front().row());
    }
    return m_week->selected();
}

bool VisitsPage::selectVisit(qint64 visitId)
{
    if (isListMode()) {
        const int row = m_listModel->rowOf(visitId);
        if (row < 0)
            return false;
        m_listView->selectRow(row);
        return true;
    }
    return m_week->selectVisit(visitId);
}

void VisitsPage::updateButtons()
{
    const core::VisitPlanEntry* entry = selectedVisit();
    const bool planned = entry && entry->visit.status == QLatin1String("planned");
    m_open->setEnabled(entry != nullptr);
    m_complete->setEnabled(planned);
    m_cancel->setEnabled(planned);
}

void VisitsPage::afterWrite(const QString& message, bool interaction)
{
    emit statusMessage(message);
    if (m_changes) {
        m_changes->announce(Entity::Visits);
        if (interaction) // a completed visit is logged as a visit interaction
            m_changes->announce(Entity::Interactions);
    }
    // Shown or not, the page reads its week again (followChanges does it when this page is the one shown).
    if (!m_changes || !isVisible())
        reload();
}

bool VisitsPage::completeSelected()
{
    const core::VisitPlanEntry* entry = selectedVisit();
    if (!entry)
        return false;
    // Copies: the page may reload (another window's save) while the dialog is open.
    const QString name = entry->customerName;
    const qint64 visitId = entry->visit.id;
    if (entry->visit.status != QLatin1String("planned")) {
        MessageBox::warning(this, tr("Complete visit"),
                            entry->visit.status == QLatin1String("cancelled")
                                ? tr("The visit to %1 was cancelled; a cancelled visit cannot be completed. Plan a "
                                     "new visit instead.")
                                      .arg(name)
                                : tr("The visit to %1 is done already.").arg(name));
        return false;
    }
    VisitOutcomeDialog dialog(m_session, visitId, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    afterWrite(tr("Visit to %1 completed and logged.").arg(name), true);
    return true;
}

bool VisitsPage::cancelSelected()
{
    const core::VisitPlanEntry* entry = selectedVisit();
    if (!entry)
        return false;
    const QString name = entry->customerName;
    const qint64 visitId = entry->visit.id;
    if (!CancelVisitPrompt::run(this, m_session, visitId, name))
        return false;
    afterWrite(tr("Visit to %1 cancelled.").arg(name), false);
    return true;
}

bool VisitsPage::planCustomers(const std::vector<std::pair<qint64, QString>>& customers)
{
    if (customers.empty())
        return false;
    VisitPlanDialog dialog(m_session, customers, this);
    dialog.setPurpose(QString());
    dialog.setVisitor(m_repId == m_session.userId() ? 0 : m_repId);
    // The day: the column last clicked in this week, never before today.
    dialog.setDate(std::max(m_week->currentDay().isValid() ? m_week->currentDay() : m_monday, QDate::currentDate()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString day = DisplayDate::text(dialog.visit().plannedDate);
    afterWrite(dialog.plannedCount() == 1 ? tr("Visit to %1 planned for %2.").arg(customers.front().second, day)
                                          : tr("%1 visits planned for %2.").arg(dialog.plannedCount()).arg(day),
               false);
    return true;
}

} // namespace carddesk::gui
