#include "gui/analysis/CrossSellTab.h"

#include "gui/analysis/CrossSellTargetsDialog.h"
#include "gui/analysis/CrossSellText.h"
#include "gui/common/RecordTableModel.h"
#include "gui/customer/CardTables.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace carddesk::gui {

using namespace CardTables;

CrossSellTab::CrossSellTab(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : CardTab(session, worker, parent), m_worker(worker),
      m_model(new RecordTableModel({tr("Suggested product"), tr("Why")}, this)), m_view(makeTable(m_model, this)),
      m_note(new QLabel(this)), m_details(new QLabel(this)),
      m_targets(new QPushButton(tr("Customers to offer it to…"), this))
{
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("crossSellNote"));
    m_targets->setObjectName(QStringLiteral("crossSellTargetsButton"));
    m_targets->setToolTip(tr("Your customers who hold what goes with the chosen product and do not have it yet"));
    m_targets->setEnabled(false);
    body()->addWidget(m_note);
    body()->addWidget(m_view, 1);
    m_details->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("crossSellDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_details, 1);
    bottom->addWidget(m_targets, 0, Qt::AlignTop);
    body()->addLayout(bottom);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CrossSellTab::showDetails);
    connect(m_targets, &QPushButton::clicked, this, &CrossSellTab::showTargets);
    connect(m_view, &QTableView::doubleClicked, this, &CrossSellTab::showTargets);
}

QString CrossSellTab::noteText() const
{
    return m_note->text();
}

QString CrossSellTab::detailsText() const
{
    return m_details->text();
}

void CrossSellTab::showDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    const bool chosen = row >= 0 && static_cast<std::size_t>(row) < m_suggestions.size();
    m_targets->setEnabled(chosen);
    if (!chosen) {
        m_details->clear();
        return;
    }
    const services::CrossSellRule& rule = m_suggestions[static_cast<std::size_t>(row)].rule;
    m_details->setText(CrossSellText::howOften(rule) + QLatin1Char('\n') + CrossSellText::howMany(rule));
}

bool CrossSellTab::event(QEvent* event)
{
    // ShowToParent comes when the tab is made the current one even in a window not shown yet; Show when the window
    // is shown with this tab current.
    if ((event->type() == QEvent::ShowToParent || event->type() == QEvent::Show) && m_readWhenShown && customerId() > 0)
        read(customerId());
    return CardTab::event(event);
}

void CrossSellTab::read(qint64 customerId)
{
    m_readWhenShown = !isVisibleTo(window());
    if (m_readWhenShown)
        return;
    fetch<services::CrossSellSuggestions>(
        [customerId](storage::Session& session) { return services::CrossSellService::suggest(session, customerId); },
        [this](core::Result<services::CrossSellSuggestions> found) {
            if (!found) {
                fill({}, tr("The suggestions could not be read: %1").arg(found.error().message));
                return;
            }
            fill(found->suggestions, QString());
        });
}

void CrossSellTab::clear()
{
    fill({}, QString());
    m_note->clear();
}

void CrossSellTab::fill(const std::vector<services::CrossSellSuggestion>& suggestions, const QString& error)
{
    m_suggestions = suggestions;
    std::vector<RecordTableModel::Row> rows;
    for (const services::CrossSellSuggestion& s : suggestions) {
        rows.push_back({s.rule.consequent.id,
                        {CrossSellText::productName(s.rule.consequent), CrossSellText::reason(s.rule)},
                        QColor(),
                        false});
    }
    m_model->setRows(std::move(rows));
    fitColumns(m_view);
    // The best suggestion chosen: its plain words show at once, and its customers are one click away.
    if (!suggestions.empty())
        m_view->selectRow(0);
    showDetails();
    if (!error.isEmpty())
        m_note->setText(error);
    else if (suggestions.empty())
        m_note->setText(tr("No product to suggest: no product goes with this customer's products more often than "
                           "with anyone's."));
    else
        m_note->setText(tr("Products this customer does not hold or buy yet, best first. Lift: how many times as "
                           "likely customers with the first product are to buy the second as customers on average."));
    emit titleChanged(suggestions.empty() ? tr("Suggestions")
                                          : tr("Suggestions (%1)").arg(suggestions.size()));
}

void CrossSellTab::showTargets()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    if (row < 0 || static_cast<std::size_t>(row) >= m_suggestions.size())
        return;
    auto* dialog = new CrossSellTargetsDialog(session(), m_worker,
                                              m_suggestions[static_cast<std::size_t>(row)].rule.consequent, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CrossSellTargetsDialog::openCustomer, this, &CrossSellTab::openCustomer);
    dialog->open();
}

} // namespace carddesk::gui
