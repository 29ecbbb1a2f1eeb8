#include "gui/analysis/EquityPanel.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/ErrorText.h"
#include "gui/common/Labels.h"
#include "gui/common/PageLoader.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace carddesk::gui {

EquityPanel::EquityPanel(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : QGroupBox(tr("Customer equity"), parent), m_loader(new PageLoader(session, worker, this)),
      m_total(new QLabel(this)), m_grouping(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_trendView(new QChartView(this))
{
    setObjectName(QStringLiteral("equityPanel"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_total->setObjectName(QStringLiteral("equityTotal"));
    m_total->setWordWrap(true);
    m_total->setTextFormat(Qt::RichText);
    left->addWidget(m_total);
    auto* groupingRow = new QHBoxLayout;
    auto* byLabel = new QLabel(tr("By:"), this);
    groupingRow->addWidget(byLabel);
    m_grouping->setObjectName(QStringLiteral("equityGrouping"));
    m_grouping->addItem(tr("Area"), static_cast<int>(Grouping::Area));
    m_grouping->addItem(tr("Rep"), static_cast<int>(Grouping::Rep));
    m_grouping->addItem(tr("ABC class"), static_cast<int>(Grouping::Abc));
    m_grouping->addItem(tr("Lifecycle stage"), static_cast<int>(Grouping::Stage));
    byLabel->setBuddy(m_grouping);
    groupingRow->addWidget(m_grouping);
    groupingRow->addStretch();
    left->addLayout(groupingRow);
    m_table->setObjectName(QStringLiteral("equityTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Customers"), tr("Equity"), tr("Share")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(220);
    left->addWidget(m_table, 1);
    layout->addLayout(left, 1);
    m_trendView->setObjectName(QStringLiteral("equityTrend"));
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumHeight(300);
    layout->addWidget(m_trendView, 1);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { fillTable(); });
}

void EquityPanel::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(static_cast<int>(grouping)));
}

void EquityPanel::scrollIntoView()
{
    for (QWidget* up = parentWidget(); up; up = up->parentWidget())
        if (auto* scroll = qobject_cast<QScrollArea*>(up)) {
            scroll->ensureWidgetVisible(this, 0, 0);
            return;
        }
}

void EquityPanel::reload()
{
    m_loader->load<services::EquitySummary>(
        [](storage::Session& session) { return services::CustomerEquityReport(session).build(TrendMonths); },
        [this](core::Result<services::EquitySummary> summary) { show(std::move(summary)); });
}

void EquityPanel::show(core::Result<services::EquitySummary> summary)
{
    m_summary.reset();
    if (!summary) {
        m_total->setText(tr("The customer equity cannot be read: %1").arg(ErrorText::sentence(summary.error())));
        m_table->setRowCount(0);
        return;
    }
    m_summary = std::move(*summary);
    const QLocale locale;
    if (!m_summary->available) {
        m_total->setText(tr("No customer equity yet: it needs a scoring run with a fitted spend model."));
        m_table->setRowCount(0);
        buildTrend();
        return;
    }
    m_total->setText(tr("<b>%1</b> from %2 customers with orders: what they are expected to buy in the next %3 "
                        "months, discounted at %4 a month (as of %5).")
                         .arg(locale.toString(m_summary->total, 'f', 0), locale.toString(m_summary->customers))
                         .arg(m_summary->months)
                         .arg(locale.toString(m_summary->monthlyDiscount * 100.0, 'f', 1) + QLatin1Char('%'))
                         .arg(DisplayDate::text(m_summary->asOf)));
    if (!m_grouped) {
        // The first grouping that splits the scope: a manager's one area, a rep's one name say nothing.
        m_grouped = true;
        const Grouping first = m_summary->byArea.size() > 1  ? Grouping::Area
                               : m_summary->byRep.size() > 1 ? Grouping::Rep
                                                             : Grouping::Abc;
        const QSignalBlocker quiet(m_grouping);
        setGrouping(first);
    }
    fillTable();
    buildTrend();
}

QString EquityPanel::groupName(const services::EquityGroup& group) const
{
    switch (static_cast<Grouping>(m_grouping->currentData().toInt())) {
    case Grouping::Area:
        return group.key.isEmpty() ? tr("(no area)") : group.name;
    case Grouping::Rep:
        return group.key.isEmpty() ? tr("(unassigned)") : group.name;
    case Grouping::Abc:
        return group.key.isEmpty() ? tr("(no class)") : Labels::abc(group.key);
    case Grouping::Stage:
        return group.key.isEmpty() ? tr("(no stage)") : Labels::stage(group.key);
    }
    return group.name;
}

void EquityPanel::fillTable()
{
    m_table->setRowCount(0);
    if (!m_summary || !m_summary->available)
        return;
    const std::vector<services::EquityGroup>* groups = nullptr;
    switch (static_cast<Grouping>(m_grouping->currentData().toInt())) {
    case Grouping::Area:
        groups = &m_summary->byArea;
        break;
    case Grouping::Rep:
        groups = &m_summary->byRep;
        break;
    case Grouping::Abc:
        groups = &m_summary->byAbc;
        break;
    case Grouping::Stage:
        groups = &m_summary->byStage;
        break;
    }
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(groups->size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const services::EquityGroup& g = (*groups)[static_cast<std::size_t>(row)];
        auto cell = [](const QString& text, bool number) {
            auto* item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(row, 0, cell(groupName(g), false));
        m_table->setItem(row, 1, cell(locale.toString(g.customers), true));
        m_table->setItem(row, 2, cell(locale.toString(g.equity, 'f', 0), true));
        const double share = m_summary->total > 0 ? g.equity / m_summary->total * 100.0 : 0.0;
        m_table->setItem(row, 3, cell(locale.toString(share, 'f', 1) + QLatin1Char('%'), true));
    }
}

void EquityPanel::buildTrend()
{
    auto* chart = new QChart;
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_trend = nullptr;
    if (m_summary && m_summary->available && !m_summary->trend.empty()) {
        double largest = 0;
        for (const services::EquityTrendPoint& p : m_summary->trend)
            largest = std::max(largest, p.equity);
        // Large offices reach billions: the axis counts in thousands or millions so its labels stay short.
        const double unit = largest >= 1e7 ? 1e6 : largest >= 1e4 ? 1e3 : 1.0;
        chart->setTitle(unit == 1e6   ? tr("Equity at each month end (millions)")
                        : unit == 1e3 ? tr("Equity at each month end (thousands)")
                                      : tr("Equity at each month end"));
        m_trend = new QBarSet(tr("Equity"));
        m_trend->setColor(QColor(0x1f, 0x6f, 0xb2));
        QStringList months;
        const QLocale locale;
        for (const services::EquityTrendPoint& p : m_summary->trend) {
            *m_trend << p.equity / unit;
            months << locale.toString(p.day, QStringLiteral("yy-MM"));
        }
        auto* series = new QBarSeries;
        series->append(m_trend);
        chart->addSeries(series);
        auto* categories = new QBarCategoryAxis;
        categories->append(months);
        categories->setTruncateLabels(false);
        categories->setLabelsAngle(-90);
        auto* values = new QValueAxis;
        values->setLabelFormat(QStringLiteral("%.0f"));
        values->setMin(0);
        values->setMax(std::max(1.0, largest / unit * 1.1));
        values->applyNiceNumbers();
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
    } else {
        chart->setTitle(tr("Equity at each month end"));
    }
    QChart* previous = m_trendView->chart(); // the view releases it, does not delete it
    m_trendView->setChart(chart);
    delete previous;
}

} // namespace carddesk::gui
