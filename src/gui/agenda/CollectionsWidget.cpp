#include "gui/agenda/CollectionsWidget.h"

#include "gui/common/ErrorText.h"
#include "gui/common/PageLoader.h"
#include "gui/common/RecordTableModel.h"
#include "gui/customer/CardTables.h"
#include "gui/customer/PaymentDialog.h"
#include "services/CollectionsPlan.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace carddesk::gui {

using namespace CardTables;

namespace {

// The most urgent rows a screen can use; the sums above the table still count every open receivable (an
// administrator's whole office may have hundreds of thousands).
constexpr std::size_t kMaxRows = 2000;

} // namespace

QString CollectionsWidget::priorityText(core::CollectionPriority priority)
{
    switch (priority) {
    case core::CollectionPriority::High:
        return tr("High");
    case core::CollectionPriority::Medium:
        return tr("Medium");
    case core::CollectionPriority::Low:
        break;
    }
    return tr("Low");
}

CollectionsWidget::CollectionsWidget(storage::Session& session, StorageWorker* worker, DataChanges* changes,
                                     QWidget* parent)
    : QWidget(parent), m_session(session), m_changes(changes), m_loader(new PageLoader(session, worker, this)),
      m_model(new RecordTableModel({tr("Priority"), tr("Due date"), tr("Days overdue"), tr("Customer"), tr("Invoice"),
                                    tr("Amount"), tr("Paid"), tr("Open"), tr("Credit rating"), tr("Credit limit"),
                                    tr("Sales rep")},
                                   this)),
      m_view(makeTable(m_model, this)), m_summary(new QLabel(this)),
      m_overdueOnly(new QCheckBox(tr("&Overdue only"), this)),
      m_payButton(new QPushButton(tr("Record &payment…"), this)), m_openButton(new QPushButton(tr("Open &card"), this))
{
    m_model->setNumberColumns({2, 5, 6, 7, 9}); // days overdue, amount, paid, open, credit limit
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Collections plan"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* hint = noteLabel(tr("Open receivables, most urgent first: overdue more than 30 days or at a weak credit "
                              "rating (B, C) is high; overdue or due within 7 days is medium. Enter records a "
                              "payment, a double-click opens the card."),
                           this);
    layout->addWidget(hint);
    auto* bar = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("collectionsSummary"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_overdueOnly);
    bar->addWidget(m_payButton);
    bar->addWidget(m_openButton);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_overdueOnly, &QCheckBox::toggled, this, &CollectionsWidget::reload);
    connect(m_payButton, &QPushButton::clicked, this, &CollectionsWidget::recordPayment);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const core::CollectionItem* item = selected())
            emit openCustomer(item->receivable.customerId);
    });
    // Enter records a payment, a double-click opens the card (activated would fire on both).
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated,
                this, [this] { recordPayment(); });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const core::CollectionItem* item = selected())
            emit openCustomer(item->receivable.customerId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CollectionsWidget::updateActions);
    m_loader->followChanges(m_changes, {Entity::Receivables, Entity::Customers}, [this] { reload(); });
    updateActions();
}

QString CollectionsWidget::summaryText() const
{
    return m_summary->text();
}

void CollectionsWidget::reload()
{
    const bool overdueOnly = m_overdueOnly->isChecked();
    m_loader->load<std::vector<core::CollectionItem>>(
        [overdueOnly](storage::Session& session) { return services::CollectionsPlan(session).list(overdueOnly); },
        [this](core::Result<std::vector<core::CollectionItem>> items) {
            if (!items) {
                emit statusMessage(
                    tr("The collections plan cannot be read: %1").arg(ErrorText::sentence(items.error())));
                fill({});
            } else {
                fill(*items);
            }
            emit loaded();
        });
}

void CollectionsWidget::fill(const std::vector<core::CollectionItem>& items)
{
    const qint64 current = selected() ? selected()->receivable.id : 0;
    m_items = items;
    std::vector<RecordTableModel::Row> rows;
    rows.reserve(std::min(items.size(), kMaxRows));
    double open = 0;
    double overdue = 0;
    int overdueCount = 0;
    for (const core::CollectionItem& item : items) {
        const core::Receivable& r = item.receivable;
        open += item.openAmount;
        if (item.daysOverdue > 0) {
            overdue += item.openAmount;
            ++overdueCount;
        }
        if (rows.size() >= kMaxRows)
            continue;
        rows.push_back({r.id,
                        {priorityText(item.priority), dateText(r.dueDate),
                         item.daysOverdue > 0 ? QLocale().toString(item.daysOverdue) : QString(), item.customerName,
                         r.invoiceNo, money(r.amount), money(r.paidAmount), money(item.openAmount), item.creditRating,
                         item.creditLimit > 0 ? money(item.creditLimit) : QString(), item.ownerName},
                        item.daysOverdue > 0 ? QColor(0xc0, 0x39, 0x2b) : QColor(),
                        false});
    }
    m_model->setRows(std::move(rows));
    m_summary->setText(tr("%n receivable(s) open: %1; overdue: %2 of %3", nullptr, static_cast<int>(items.size()))
                           .arg(money(open))
                           .arg(overdueCount)
                           .arg(money(overdue)) +
                       (items.size() > kMaxRows
                            ? tr(" (the %1 most urgent shown)").arg(static_cast<qulonglong>(kMaxRows))
                            : QString()));
    fitColumns(m_view);
    // A rep's plan is all their own: the rep column is for managers and the administrator.
    m_view->setColumnHidden(m_model->columnCount() - 1, m_session.user().role == core::Role::Rep);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowId(row) == current || (current == 0 && row == 0)) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    updateActions();
}

const core::CollectionItem* CollectionsWidget::selected() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return nullptr;
    const qint64 id = m_model->rowId(index.row());
    for (const core::CollectionItem& item : m_items) {
        if (item.receivable.id == id)
            return &item;
    }
    return nullptr;
}

void CollectionsWidget::updateActions()
{
    const bool any = selected() != nullptr;
    m_payButton->setEnabled(any);
    m_openButton->setEnabled(any);
}

bool CollectionsWidget::recordPayment()
{
    const core::CollectionItem* item = selected();
    if (!item)
        return false;
    PaymentDialog dialog(m_session, item->receivable, item->customerName, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const qint64 id = item->receivable.id;
    emit statusMessage(tr("Payment of %1 recorded.").arg(money(dialog.payment().amount)));
    if (m_changes)
        m_changes->announce(Entity::Receivables, {id});
    else
        reload();
    return true;
}

} // namespace carddesk::gui
