#include "gui/analysis/CrossSellTargetsDialog.h"

#include "gui/analysis/CrossSellText.h"
#include "gui/common/PageLoader.h"
#include "gui/common/RecordTableModel.h"
#include "gui/customer/CardTables.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace carddesk::gui {

using namespace CardTables;

CrossSellTargetsDialog::CrossSellTargetsDialog(storage::Session& session, StorageWorker* worker,
                                               storage::CrossSellProduct product, QWidget* parent)
    : QDialog(parent), m_product(std::move(product)), m_loader(new PageLoader(session, worker, this)),
      m_summary(new QLabel(this)),
      m_model(new RecordTableModel(
          {tr("Code"), tr("Customer"), tr("Owner"), tr("Because they hold"), tr("How often"), tr("Lift")}, this)),
      m_view(makeTable(m_model, this))
{
    setWindowTitle(tr("Customers to offer %1 to").arg(CrossSellText::productName(m_product)));
    resize(900, 560);
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id = m_model->rowId(index.row());
        if (id > 0) {
            emit openCustomer(id);
            accept();
        }
    });
    m_summary->setText(tr("Loading…"));
    const qint64 productId = m_product.id;
    m_loader->load<services::CrossSellTargets>(
        [productId](storage::Session& s) { return services::CrossSellService::targets(s, productId); },
        [this](core::Result<services::CrossSellTargets> found) { fill(found); });
}

QString CrossSellTargetsDialog::summaryText() const
{
    return m_summary->text();
}

void CrossSellTargetsDialog::fill(const core::Result<services::CrossSellTargets>& found)
{
    if (!found) {
        m_summary->setText(tr("The customers could not be read: %1").arg(found.error().message));
        return;
    }
    std::vector<RecordTableModel::Row> rows;
    for (const services::CrossSellTarget& t : found->customers) {
        rows.push_back(
            {t.customer.id,
             {t.customer.code, t.customer.name, t.customer.ownerName, CrossSellText::productName(t.rule.antecedent),
              CrossSellText::howOften(t.rule), CrossSellText::lift(t.rule.lift)},
             QColor(),
             false});
    }
    m_model->setRows(std::move(rows));
    fitColumns(m_view);
    const QString name = CrossSellText::productName(m_product);
    if (found->total == 0)
        m_summary->setText(tr("None of your customers holds a product that goes with %1 without having it.").arg(name));
    else if (static_cast<qint64>(found->customers.size()) < found->total)
        m_summary->setText(tr("%1 of your customers hold a product that goes with %2 and do not have it; the %3 "
                              "with the strongest reason are listed. Double-click one to open the card.")
                               .arg(QLocale().toString(found->total), name)
                               .arg(found->customers.size()));
    else
        m_summary->setText(tr("%1 of your customers hold a product that goes with %2 and do not have it. "
                              "Double-click one to open the card.")
                               .arg(QLocale().toString(found->total), name));
}

} // namespace carddesk::gui
