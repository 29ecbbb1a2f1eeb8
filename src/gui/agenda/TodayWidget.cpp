#include "gui/agenda/TodayWidget.h"

#include "gui/agenda/CancelVisitPrompt.h"
#include "gui/agenda/SnoozeDialog.h"
#include "gui/agenda/VisitOutcomeDialog.h"
#include "gui/agenda/VisitSheetOutput.h"
#include "gui/common/CareLabels.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/ErrorText.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StorageWorker.h"
#include "gui/common/TextPrompt.h"
#include "gui/customer/InteractionDialog.h"
#include "gui/customer/VisitPlanDialog.h"
#include "services/Agenda.h"
#include "services/CareReminders.h"
#include "services/VisitPlanning.h"
#include "services/VisitSheet.h"
#include "storage/access/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace carddesk::gui {

namespace {

enum Column
{
    CustomerColumn,
    DueColumn,
    DetailColumn,
    AmountColumn,
    ColumnCount
};

constexpr int kIndexRole = Qt::UserRole + 1;    // the line's index into m_items; -1 on a section
constexpr int kUsernameRole = Qt::UserRole + 2; // the user picker's user name (the visit sheet asks by name)

// Lines shown per section, the earliest due first: a demo rep of a million-customer office has 24,000 open
// receivables, which nobody works through on one page, and 68,000 widget items take seconds on the GUI thread.
constexpr int kShownPerSection = 500;

const QColor kOverdue(0xc0, 0x39, 0x2b);

} // namespace

TodayWidget::TodayWidget(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : QWidget(parent), m_session(session), m_worker(worker), m_title(new QLabel(this)), m_user(new QComboBox(this)),
      m_note(new QLabel(this)), m_tree(new QTreeWidget(this)), m_open(new QPushButton(tr("Open card"), this)),
      m_call(new QPushButton(tr("Log call…"), this)), m_complete(new QPushButton(tr("Complete visit…"), this)),
      m_cancel(new QPushButton(tr("Cancel visit…"), this)), m_plan(new QPushButton(tr("Plan visit…"), this)),
      m_sheetButton(new QPushButton(tr("Visit sheet"), this)), m_sheet(new VisitSheetOutput(session, worker, this)),
      m_greet(new QPushButton(tr("Log greeting…"), this)), m_snooze(new QPushButton(tr("Snooze…"), this)),
      m_userId(session.userId())
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Today, %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    m_user->setObjectName(QStringLiteral("agendaUser"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->addItem(session.user().displayName.isEmpty() ? session.user().username : session.user().displayName,
                    session.userId());
    m_user->setItemData(0, session.user().username, kUsernameRole);
    // A rep's day is their own: the picker is for managers and the administrator.
    m_user->setVisible(session.isManager() || session.isAdmin());
    m_note->setObjectName(QStringLiteral("agendaNote"));
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_note);
    auto* whose = new QLabel(tr("Agenda of:"), this);
    whose->setObjectName(QStringLiteral("agendaUserLabel"));
    // isVisible() is false for every child until the page is shown: the label follows the picker's own flag.
    whose->setVisible(!m_user->isHidden());
    whose->setBuddy(m_user);
    header->addWidget(whose);
    header->addWidget(m_user);

    m_tree->setObjectName(QStringLiteral("agendaTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Customer"), tr("Due"), tr("What"), tr("Open amount")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_tree->setColumnWidth(CustomerColumn, 30 * unit);
    m_tree->setColumnWidth(DueColumn,
                           fontMetrics().horizontalAdvance(tr("%1 overdue").arg(QStringLiteral("0000-00-00"))) + 36);
    m_tree->setColumnWidth(DetailColumn, 40 * unit);
    m_tree->header()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_open, m_call, m_complete, m_cancel, m_plan, m_greet, m_snooze})
        buttons->addWidget(button);
    buttons->addStretch(1);
    // The cards of the day's (or the week's) visits to take along: printed or as a PDF.
    auto* sheetMenu = new QMenu(m_sheetButton);
    sheetMenu->addAction(tr("Print today's visits…"), this, [this] { printVisitSheet(false); });
    sheetMenu->addAction(tr("Today's visits as PDF…"), this, [this] { saveVisitSheet(false); });
    sheetMenu->addSeparator();
    sheetMenu->addAction(tr("Print this week's visits…"), this, [this] { printVisitSheet(true); });
    sheetMenu->addAction(tr("This week's visits as PDF…"), this, [this] { saveVisitSheet(true); });
    m_sheetButton->setMenu(sheetMenu);
    m_sheetButton->setObjectName(QStringLiteral("visitSheetButton"));
    m_sheetButton->setToolTip(tr("The cards of the customers to visit, with contacts, recent interactions, open "
                                 "complaints, receivables and scores, to print or save as a PDF"));
    buttons->addWidget(m_sheetButton);
    connect(m_sheet, &VisitSheetOutput::finished, this,
            [this](bool, const QString& message) { emit statusMessage(message); });
    m_open->setObjectName(QStringLiteral("openCardButton"));
    m_call->setObjectName(QStringLiteral("logCallButton"));
    m_complete->setObjectName(QStringLiteral("completeVisitButton"));
    m_cancel->setObjectName(QStringLiteral("cancelVisitButton"));
    m_plan->setObjectName(QStringLiteral("planVisitButton"));
    m_greet->setObjectName(QStringLiteral("greetButton"));
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TodayWidget::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const int index = item->data(0, kIndexRole).toInt(); index >= 0 && index < int(m_items.size()))
            emit openCustomer(m_items[size_t(index)].customerId);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const core::AgendaItem* item = selected())
            emit openCustomer(item->customerId);
    });
    connect(m_call, &QPushButton::clicked, this, &TodayWidget::logCall);
    connect(m_complete, &QPushButton::clicked, this, &TodayWidget::completeVisit);
    connect(m_cancel, &QPushButton::clicked, this, &TodayWidget::cancelVisit);
    connect(m_plan, &QPushButton::clicked, this, &TodayWidget::planVisit);
    connect(m_greet, &QPushButton::clicked, this, &TodayWidget::actOnReminder);
    connect(m_snooze, &QPushButton::clicked, this, &TodayWidget::snoozeReminder);
    connect(m_user, &QComboBox::activated, this, [this] {
        m_userId = m_user->currentData().toLongLong();
        reload();
    });
    if (m_worker)
        connect(m_worker, &StorageWorker::databaseChanged, this, [this] {
            if (isVisible())
                reload();
        });
    updateButtons();
}

void TodayWidget::printVisitSheet(bool week)
{
    const QDate today = QDate::currentDate();
    m_sheet->printSheet(today, week ? today.addDays(services::VisitSheet::kMaxDays - 1) : today,
                        m_user->currentData(kUsernameRole).toString());
}

void TodayWidget::saveVisitSheet(bool week)
{
    const QDate today = QDate::currentDate();
    m_sheet->saveSheet(today, week ? today.addDays(services::VisitSheet::kMaxDays - 1) : today,
                       m_user->currentData(kUsernameRole).toString());
}

QString TodayWidget::sectionTitle(const QString& kind)
{
    if (kind == QLatin1String("follow_up"))
        return tr("Follow-ups");
    if (kind == QLatin1String("visit"))
        return tr("Visits");
    if (kind == QLatin1String("reminder"))
        return tr("Care reminders");
    if (kind == QLatin1String("complaint"))
        return tr("Complaints near or past their deadline");
    if (kind == QLatin1String("escalated"))
        return tr("Complaints escalated to you");
    if (kind == QLatin1String("receivable"))
        return tr("Receivables due within 14 days or overdue");
    if (kind == QLatin1String("at_risk"))
        return tr("Valuable customers slipping");
    return kind;
}

void TodayWidget::reload()
{
    const int generation = ++m_generation;
    const QDate day = QDate::currentDate();
    const qint64 userId = m_userId;
    if (!m_worker) {
        auto items = services::Agenda(m_session).forDay(day, userId);
        if (items)
            fill(std::move(*items));
        else
            emit statusMessage(ErrorText::sentence(items.error()));
        return;
    }
    ++m_pending;
    m_note->setText(tr("Loading…"));
    m_worker->run<std::vector<core::AgendaItem>>(
        this, [day, userId](storage::Session& session) { return services::Agenda(session).forDay(day, userId); },
        [this, generation](core::Result<std::vector<core::AgendaItem>> items) {
            --m_pending;
            if (generation != m_generation)
                return; // a newer request is out: its answer will be shown
            m_note->clear();
            if (!items) {
                m_note->setText(tr("The agenda cannot be read: %1").arg(ErrorText::sentence(items.error())));
                emit loaded(0, 0);
                return;
            }
            fill(std::move(*items));
        });
    if (m_user->isVisible() && m_user->count() == 1)
        loadUsers();
}

void TodayWidget::loadUsers()
{
    ++m_pending;
    m_worker->run<std::vector<core::User>>(
        this, [](storage::Session& session) { return services::Agenda(session).pickableUsers(); },
        [this](core::Result<std::vector<core::User>> users) {
            --m_pending;
            if (!users || m_user->count() > 1)
                return;
            for (const core::User& user : *users)
                if (user.id != m_session.userId()) {
                    m_user->addItem(user.displayName.isEmpty() ? user.username : user.displayName, user.id);
                    m_user->setItemData(m_user->count() - 1, user.username, kUsernameRole);
                }
        });
}

void TodayWidget::fill(std::vector<core::AgendaItem> items)
{
    // Keep the selected line selected across a reload (an action reloads the page).
    const core::AgendaItem* before = selected();
    const QString keepKind = before ? before->kind : QString();
    const qint64 keepRecord = before ? before->recordId : 0;
    const qint64 keepCustomer = before ? before->customerId : 0;
    m_items = std::move(items);
    m_tree->clear();
    std::map<QString, QTreeWidgetItem*> sections;
    std::map<QString, int> counts;
    std::map<QString, int> late;
    const QLocale locale;
    for (const QString& kind : services::Agenda::kinds()) {
        auto* section = new QTreeWidgetItem(m_tree);
        section->setData(0, kIndexRole, -1);
        section->setFirstColumnSpanned(true);
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        section->setFlags(Qt::ItemIsEnabled);
        sections[kind] = section;
    }
    QTreeWidgetItem* keep = nullptr;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const core::AgendaItem& item = m_items[i];
        auto found = sections.find(item.kind);
        if (found == sections.end())
            continue;
        ++counts[item.kind];
        if (item.overdue)
            ++late[item.kind];
        if (counts[item.kind] > kShownPerSection)
            continue;
        auto* line = new QTreeWidgetItem(found->second);
        line->setData(0, kIndexRole, int(i));
        line->setText(CustomerColumn, item.customerCode.isEmpty()
                                          ? item.customerName
                                          : item.customerName + QStringLiteral("  ") + item.customerCode);
        const QString due = item.due.toString(Qt::ISODate);
        line->setText(DueColumn, item.overdue ? tr("%1 overdue").arg(due) : due);
        QString detail = item.detail.section(QLatin1Char('\n'), 0, 0);
        if (item.kind == QLatin1String("at_risk"))
            detail = item.detail == QLatin1String("decline") ? tr("In decline") : tr("High churn risk");
        else if (item.kind == QLatin1String("reminder"))
            detail = CareLabels::reminderText(item);
        else if (item.kind == QLatin1String("receivable"))
            detail = tr("Invoice %1").arg(item.detail.isEmpty() ? QStringLiteral("—") : item.detail);
        line->setText(DetailColumn, detail);
        line->setToolTip(DetailColumn, item.kind == QLatin1String("reminder") ? detail : item.detail);
        if (item.amount > 0) {
            line->setText(AmountColumn, locale.toString(item.amount, 'f', 2));
            line->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (item.overdue)
            line->setForeground(DueColumn, kOverdue);
        if (item.kind == keepKind && item.recordId == keepRecord && item.customerId == keepCustomer)
            keep = line;
    }
    for (auto& [kind, section] : sections) {
        const int n = counts[kind];
        section->setText(0, late[kind] > 0 ? tr("%1 (%2, %3 overdue)").arg(sectionTitle(kind)).arg(n).arg(late[kind])
                                           : tr("%1 (%2)").arg(sectionTitle(kind)).arg(n));
        if (n > kShownPerSection) {
            auto* more = new QTreeWidgetItem(section);
            more->setData(0, kIndexRole, -1);
            more->setFlags(Qt::ItemIsEnabled);
            more->setFirstColumnSpanned(true);
            more->setText(0,
                          tr("… and %1 more (the earliest due are shown)").arg(locale.toString(n - kShownPerSection)));
            more->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        section->setExpanded(true);
        if (n == 0)
            section->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    if (keep)
        m_tree->setCurrentItem(keep);
    // A manager's own day is mostly empty (the reps own the customers): say where the reps' days are.
    const bool ownEmptyDayWithPicker = m_items.empty() && !m_user->isHidden() && m_user->currentIndex() == 0;
    m_note->setText(ownEmptyDayWithPicker ? tr("Nothing due today for you; pick a rep to see their day.")
                    : m_items.empty()     ? tr("Nothing due today.")
                                          : QString());
    updateButtons();
    emit loaded(int(m_items.size()), overdueCount());
}

int TodayWidget::overdueCount() const
{
    int n = 0;
    for (const core::AgendaItem& item : m_items)
        n += item.overdue ? 1 : 0;
    return n;
}

const core::AgendaItem* TodayWidget::selected() const
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    if (!current || !current->isSelected())
        return nullptr;
    const int index = current->data(0, kIndexRole).toInt();
    return index >= 0 && index < int(m_items.size()) ? &m_items[size_t(index)] : nullptr;
}

bool TodayWidget::selectItem(const QString& kind, qint64 recordId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const int index = (*it)->data(0, kIndexRole).toInt();
        if (index >= 0 && m_items[size_t(index)].kind == kind && m_items[size_t(index)].recordId == recordId) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void TodayWidget::showSection(const QString& kind)
{
    QTreeWidgetItem* section = m_tree->topLevelItem(int(services::Agenda::kinds().indexOf(kind)));
    if (!section)
        return;
    m_tree->scrollToItem(section, QAbstractItemView::PositionAtTop);
    if (section->childCount() > 0)
        m_tree->setCurrentItem(section->child(0));
}

void TodayWidget::updateButtons()
{
    const core::AgendaItem* item = selected();
    const bool isVisit = item && item->kind == QLatin1String("visit");
    m_open->setEnabled(item != nullptr);
    m_call->setEnabled(item != nullptr);
    m_plan->setEnabled(item != nullptr);
    m_complete->setEnabled(isVisit);
    m_cancel->setEnabled(isVisit);
    const bool isReminder = item && item->kind == QLatin1String("reminder");
    m_greet->setEnabled(isReminder);
    m_snooze->setEnabled(isReminder);
}

void TodayWidget::afterWrite(const QString& message)
{
    emit statusMessage(message);
    emit dataChanged();
    reload();
}

bool TodayWidget::logCall()
{
    const core::AgendaItem* item = selected();
    if (!item)
        return false;
    // Copies: the page may reload (another window's save) while the dialog is open.
    const QString name = item->customerName;
    InteractionDialog dialog(m_session, item->customerId, name, this, m_worker);
    dialog.setChannel(QStringLiteral("phone"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    afterWrite(tr("Call with %1 logged.").arg(name));
    return true;
}

bool TodayWidget::completeVisit()
{
    const core::AgendaItem* item = selected();
    if (!item || item->kind != QLatin1String("visit"))
        return false;
    const QString name = item->customerName;
    VisitOutcomeDialog dialog(m_session, item->recordId, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    afterWrite(tr("Visit to %1 completed and logged.").arg(name));
    return true;
}

bool TodayWidget::cancelVisit()
{
    const core::AgendaItem* item = selected();
    if (!item || item->kind != QLatin1String("visit"))
        return false;
    const QString name = item->customerName;
    const qint64 visitId = item->recordId;
    if (!CancelVisitPrompt::run(this, m_session, visitId, name))
        return false;
    afterWrite(tr("Visit to %1 cancelled.").arg(name));
    return true;
}

bool TodayWidget::planVisit()
{
    const core::AgendaItem* item = selected();
    if (!item)
        return false;
    const QString name = item->customerName;
    VisitPlanDialog dialog(m_session, item->customerId, name, this);
    dialog.setPurpose(QString());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    afterWrite(tr("Visit to %1 planned for %2.").arg(name, DisplayDate::text(dialog.visit().plannedDate)));
    return true;
}

bool TodayWidget::actOnReminder()
{
    const core::AgendaItem* selectedItem = selected();
    if (!selectedItem || selectedItem->kind != QLatin1String("reminder"))
        return false;
    // A copy: the page may reload while the dialog is open.
    const core::AgendaItem reminder = *selectedItem;
    InteractionDialog dialog(m_session, reminder.customerId, reminder.customerName, this, m_worker);
    dialog.setChannel(QStringLiteral("phone"));
    dialog.setSummary(CareLabels::greetingSummary(reminder));
    dialog.setSaver([this, reminder](const core::Interaction& interaction) {
        return services::CareReminders(m_session).act(reminder, interaction);
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    afterWrite(tr("Greeting to %1 logged; the reminder is done.").arg(reminder.customerName));
    return true;
}

bool TodayWidget::snoozeReminder()
{
    const core::AgendaItem* selectedItem = selected();
    if (!selectedItem || selectedItem->kind != QLatin1String("reminder"))
        return false;
    const core::AgendaItem reminder = *selectedItem;
    SnoozeDialog dialog(QStringLiteral("%1 — %2").arg(reminder.customerName, CareLabels::reminderText(reminder)), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto snoozed = services::CareReminders(m_session).snooze(reminder, dialog.until(), dialog.reason());
    if (!snoozed) {
        MessageBox::warning(this, tr("Snooze reminder"),
                            tr("The reminder was not snoozed: %1").arg(ErrorText::sentence(snoozed.error())));
        return false;
    }
    afterWrite(tr("Reminder about %1 snoozed until %2.").arg(reminder.customerName, DisplayDate::text(dialog.until())));
    return true;
}

} // namespace carddesk::gui
