#include "gui/customer/ReceivablesTab.h"

#include "gui/common/ErrorText.h"
#include "gui/common/RecordTableModel.h"
#include "gui/customer/CardTables.h"
#include "gui/customer/PaymentDialog.h"
#include "storage/access/Session.h"
#include "storage/repositories/ReceivableRepository.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace carddesk::gui {

using namespace CardTables;

ReceivablesTab::ReceivablesTab(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : CardTab(session, worker, parent),
      m_model(new RecordTableModel(
          {tr("Invoice"), tr("Invoice date"), tr("Due date"), tr("Amount"), tr("Paid"), tr("Open"), tr("State")},
          this)),
      m_view(makeTable(m_model, this)), m_summary(noteLabel({}, this)),
      m_payButton(new QPushButton(tr("Record &payment…"), this))
{
    m_model->setNumberColumns({3, 4, 5}); // amount, paid, open
    m_summary->setObjectName(QStringLiteral("receivablesSummary"));
    m_payButton->setObjectName(QStringLiteral("recordPayment"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_payButton);
    body()->addLayout(top);
    body()->addWidget(m_view, 1);
    connect(m_payButton, &QPushButton::clicked, this, &ReceivablesTab::recordPayment);
    connect(m_view, &QTableView::activated, this, [this] { recordPayment(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReceivablesTab::updateActions);
    updateActions();
}

const core::Receivable* ReceivablesTab::selected() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    const qint64 id = m_model->rowId(current.row());
    for (const core::Receivable& r : m_rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

void ReceivablesTab::updateActions()
{
    const core::Receivable* r = selected();
    m_payButton->setEnabled(r && r->isOpen());
}

bool ReceivablesTab::recordPayment()
{
    const core::Receivable* r = selected();
    if (!r || !r->isOpen()) {
        emit statusMessage(tr("Choose a receivable with money still open."));
        return false;
    }
    PaymentDialog dialog(session(), *r, m_customerName, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const qint64 id = r->id;
    emit statusMessage(tr("Payment of %1 recorded.").arg(money(dialog.payment().amount)));
    emit receivablesChanged({id});
    return true;
}

void ReceivablesTab::read(qint64 customerId)
{
    fetch<std::vector<core::Receivable>>(
        [customerId](storage::Session& session) {
            return storage::ReceivableRepository(session).listForCustomer(customerId);
        },
        [this](core::Result<std::vector<core::Receivable>> receivables) {
            if (!receivables) {
                emit statusMessage(
                    tr("The receivables cannot be read: %1").arg(ErrorText::sentence(receivables.error())));
                return;
            }
            fill(*receivables);
        });
}

void ReceivablesTab::clear()
{
    fill({});
}

void ReceivablesTab::fill(const std::vector<core::Receivable>& receivables)
{
    std::vector<RecordTableModel::Row> rows;
    double open = 0;
    double overdue = 0;
    const QDate today = QDate::currentDate();
    for (const core::Receivable& r : receivables) {
        const double left = r.isOpen() ? r.openAmount() : 0;
        const bool late = r.isOverdue(today);
        open += left;
        overdue += late ? left : 0;
        const QString state = late         ? tr("Overdue %n day(s)", nullptr, static_cast<int>(r.dueDate.daysTo(today)))
                              : r.isOpen() ? tr("Open")
                                           : tr("Paid");
        rows.push_back({r.id,
                        {r.invoiceNo, dateText(r.invoiceDate), dateText(r.dueDate), money(r.amount),
                         money(r.paidAmount), money(left), state},
                        late ? QColor(0xc0, 0x39, 0x2b) : QColor(),
                        late});
    }
    m_rows = receivables;
    m_model->setRows(std::move(rows));
    // The first invoice with money open is chosen, so Record payment… is one keystroke away.
    for (std::size_t i = 0; i < receivables.size(); ++i) {
        if (receivables[i].isOpen()) {
            m_view->setCurrentIndex(m_model->index(static_cast<int>(i), 0));
            break;
        }
    }
    updateActions();
    m_summary->setText(tr("Open: %1    Overdue: %2").arg(money(open), money(overdue)));
    m_summary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
    fitColumns(m_view);
    emit titleChanged(overdue > 0 ? tr("Receivables (overdue)") : tr("Receivables"));
}

} // namespace carddesk::gui
