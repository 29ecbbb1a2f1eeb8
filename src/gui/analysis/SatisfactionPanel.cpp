#include "gui/analysis/SatisfactionPanel.h"

#include "gui/common/DataChanges.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/ErrorText.h"
#include "gui/common/Labels.h"
#include "gui/common/PageLoader.h"
#include "gui/common/RecordTableModel.h"
#include "storage/access/Session.h"
#include "storage/scores/ScoreRepository.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace carddesk::gui {

using analytics::SatisfactionCell;

namespace {

// Green where the customers are an asset, amber where something is to be done, red where they go.
QString cellColor(SatisfactionCell cell)
{
    switch (cell) {
    case SatisfactionCell::SatisfiedLoyal:
        return QStringLiteral("#d8efd9");
    case SatisfactionCell::SatisfiedNew:
        return QStringLiteral("#e6f2e0");
    case SatisfactionCell::SatisfiedLeaving:
    case SatisfactionCell::DissatisfiedLoyal:
        return QStringLiteral("#fbecc8");
    case SatisfactionCell::DissatisfiedNew:
        return QStringLiteral("#f9ddd0");
    case SatisfactionCell::DissatisfiedLeaving:
        return QStringLiteral("#f5c9c3");
    }
    return QStringLiteral("#eeeeee");
}

QLabel* headerLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("font-weight: bold;"));
    return label;
}

} // namespace

QString SatisfactionPanel::cellName(SatisfactionCell cell)
{
    switch (cell) {
    case SatisfactionCell::SatisfiedLoyal:
        return tr("Satisfied and loyal");
    case SatisfactionCell::SatisfiedNew:
        return tr("Satisfied, one purchase");
    case SatisfactionCell::SatisfiedLeaving:
        return tr("Satisfied but leaving");
    case SatisfactionCell::DissatisfiedLoyal:
        return tr("Dissatisfied but staying");
    case SatisfactionCell::DissatisfiedNew:
        return tr("Dissatisfied, one purchase");
    case SatisfactionCell::DissatisfiedLeaving:
        return tr("Dissatisfied and leaving");
    }
    return {};
}

QString SatisfactionPanel::cellAdvice(SatisfactionCell cell)
{
    switch (cell) {
    case SatisfactionCell::SatisfiedLoyal:
        return tr("Loyal customers: keep them close, ask them for referrals.");
    case SatisfactionCell::SatisfiedNew:
        return tr("Pleased after one purchase: follow up and win the second order.");
    case SatisfactionCell::SatisfiedLeaving:
        return tr("Satisfied, yet buying less or no more: satisfaction alone does not hold them; ask what the "
                  "competitors offer.");
    case SatisfactionCell::DissatisfiedLoyal:
        return tr("Still buying although dissatisfied (hostages): they leave once they can; fix the cause now.");
    case SatisfactionCell::DissatisfiedNew:
        return tr("Dissatisfied after the first purchase: without a remedy there will be no second order.");
    case SatisfactionCell::DissatisfiedLeaving:
        return tr("Dissatisfied and leaving: find out why; win back the valuable ones.");
    }
    return {};
}

SatisfactionPanel::SatisfactionPanel(storage::Session& session, QWidget* parent, StorageWorker* worker,
                                     DataChanges* changes)
    : QGroupBox(tr("Satisfaction and loyalty"), parent), m_loader(new PageLoader(session, worker, this)),
      m_summary(new QLabel(this)), m_cellNote(new QLabel(this)),
      m_model(new RecordTableModel({tr("Code"), tr("Customer"), tr("Rep"), tr("Satisfaction"), tr("Latest survey"),
                                    tr("Repeat purchases"), tr("Still buying"), tr("Stage")},
                                   this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("satisfactionPanel"));
    // The matrix with its explanation beside it, the chosen cell's customers below across the panel's width.
    auto* outer = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* grid = new QGridLayout;
    grid->setSpacing(4);
    grid->addWidget(headerLabel(tr("Loyal\n(buys again)"), this), 0, 1);
    grid->addWidget(headerLabel(tr("One purchase\nso far"), this), 0, 2);
    grid->addWidget(headerLabel(tr("Leaving\n(decline, lost)"), this), 0, 3);
    grid->addWidget(headerLabel(tr("Satisfied"), this), 1, 0);
    grid->addWidget(headerLabel(tr("Dissatisfied"), this), 2, 0);
    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    for (int i = 0; i < analytics::kSatisfactionCells; ++i) {
        const auto cell = static_cast<SatisfactionCell>(i);
        auto* button = new QToolButton(this);
        button->setObjectName(
            QStringLiteral("satisfactionCell_%1").arg(QString::fromLatin1(analytics::satisfactionCellId(cell).data())));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        // Wide enough for the longest name ("Dissatisfied, one purchase") on one line.
        button->setMinimumSize(fontMetrics().horizontalAdvance(tr("Dissatisfied, one purchase")) + 24, 56);
        button->setToolTip(cellAdvice(cell));
        button->setStyleSheet(QStringLiteral("QToolButton { background: %1; border: 1px solid #b0b0b0; "
                                             "border-radius: 3px; padding: 4px; }"
                                             "QToolButton:checked { border: 2px solid #1f6fb5; }")
                                  .arg(cellColor(cell)));
        group->addButton(button, i);
        grid->addWidget(button, 1 + i / 3, 1 + i % 3);
        m_cells[static_cast<std::size_t>(i)] = button;
        connect(button, &QToolButton::clicked, this, [this, cell] { selectCell(cell); });
    }
    top->addLayout(grid);
    m_summary->setObjectName(QStringLiteral("satisfactionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    outer->addLayout(top);

    m_cellNote->setObjectName(QStringLiteral("satisfactionCellNote"));
    m_cellNote->setWordWrap(true);
    outer->addWidget(m_cellNote);
    m_view->setObjectName(QStringLiteral("satisfactionCustomers"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setMinimumHeight(280);
    m_view->setToolTip(tr("Double-click a customer to open the card."));
    outer->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id = m_model->rowId(index.row());
        if (id > 0)
            emit openCustomer(id);
    });
    // Surveys and complaints change the satisfaction, a scoring run the loyalty.
    m_loader->followChanges(changes, {Entity::Surveys, Entity::Complaints, Entity::Scores, Entity::Stages},
                            [this] { reload(); });
}

void SatisfactionPanel::reload()
{
    m_loader->load<services::SatisfactionMatrixReport>(
        [](storage::Session& session) { return services::SatisfactionMatrix(session).build(); },
        [this](core::Result<services::SatisfactionMatrixReport> report) { show(std::move(report)); });
}

void SatisfactionPanel::show(core::Result<services::SatisfactionMatrixReport> report)
{
    m_report.reset();
    if (!report) {
        m_summary->setText(tr("The satisfaction cannot be read: %1").arg(ErrorText::sentence(report.error())));
        for (QToolButton* button : m_cells)
            button->setText(QString());
        m_model->setRows({});
        emit loaded();
        return;
    }
    m_report = std::move(*report);
    const QLocale locale;
    for (int i = 0; i < analytics::kSatisfactionCells; ++i) {
        const auto cell = static_cast<SatisfactionCell>(i);
        m_cells[static_cast<std::size_t>(i)]->setText(QStringLiteral("%1\n%2").arg(
            cellName(cell), locale.toString(m_report->counts[static_cast<std::size_t>(i)])));
    }
    m_summary->setText(
        tr("%1 of %2 customers rated by a survey or after a closed complaint; %3 of them have no orders or no score "
           "yet and are not placed. Satisfied: the latest survey's mean, averaged with the satisfaction of later "
           "closed complaints, at least %4 of 5. Loyalty: repeat purchases and the lifecycle stage.")
            .arg(locale.toString(m_report->rated), locale.toString(m_report->customersInScope),
                 locale.toString(m_report->notPlaced), locale.toString(m_report->settings.satisfiedFrom, 'f', 1)));
    // Keep the chosen cell; the first time, the first cell with customers.
    if (!m_selected) {
        for (int i = 0; i < analytics::kSatisfactionCells; ++i)
            if (m_report->counts[static_cast<std::size_t>(i)] > 0) {
                m_selected = static_cast<SatisfactionCell>(i);
                break;
            }
    }
    if (m_selected)
        m_cells[static_cast<std::size_t>(*m_selected)]->setChecked(true);
    fillCustomers();
    emit loaded();
}

void SatisfactionPanel::selectCell(SatisfactionCell cell)
{
    m_selected = cell;
    m_cells[static_cast<std::size_t>(cell)]->setChecked(true);
    fillCustomers();
}

void SatisfactionPanel::fillCustomers()
{
    std::vector<RecordTableModel::Row> rows;
    if (!m_report || !m_selected) {
        m_cellNote->setText(m_report ? tr("No customer has been asked about their satisfaction yet. Record surveys "
                                          "on the customer cards (tab Satisfaction).")
                                     : QString());
        m_model->setRows(std::move(rows));
        return;
    }
    const QLocale locale;
    const auto entries = m_report->inCell(*m_selected);
    m_cellNote->setText(QStringLiteral("<b>%1</b> (%2) — %3")
                            .arg(cellName(*m_selected).toHtmlEscaped(),
                                 locale.toString(static_cast<qint64>(entries.size())),
                                 cellAdvice(*m_selected).toHtmlEscaped()));
    for (const services::SatisfactionMatrixEntry* e : entries) {
        const storage::SatisfactionFacts& f = e->facts;
        rows.push_back({f.customerId,
                        {f.code, f.name, f.ownerName, locale.toString(e->satisfaction, 'f', 1),
                         f.latestSurveyOn.isValid() ? DisplayDate::text(f.latestSurveyOn) : tr("complaints only"),
                         locale.toString(f.repeatPurchases),
                         f.pAlive ? QStringLiteral("%1%").arg(locale.toString(*f.pAlive * 100.0, 'f', 0)) : QString(),
                         Labels::stage(storage::ScoreRepository::stageName(f.stage))},
                        QColor(),
                        false});
    }
    m_model->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
}

} // namespace carddesk::gui
