#include "gui/review/WeeklyReviewChartsPanel.h"

#include "report/WeeklyReportTables.h"
#include "report/WeeklyReviewCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace carddesk::gui {

namespace {
// The trend chart's place in WeeklyReviewCharts::all.
constexpr std::size_t kTrendChart = 1;
} // namespace

WeeklyReviewChartsPanel::WeeklyReviewChartsPanel(QWidget* parent)
    : QWidget(parent), m_trendOf(new QComboBox(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("WeeklyReviewChartsPanel"));
    m_trendOf->setObjectName(QStringLiteral("trendOf"));
    m_trendOf->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hint->setText(tr("The charts show the period and the scope chosen above. Click a bar to list the records "
                       "behind it."));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Trend of:"), this));
    bar->addWidget(m_trendOf);
    bar->addSpacing(12);
    bar->addWidget(m_hint, 1);

    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    for (int i = 0; i < 4; ++i) {
        auto* view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(420, 260);
        view->setObjectName(QStringLiteral("weeklyChart%1").arg(i));
        m_views.push_back(view);
        grid->addWidget(view, i / 2, i % 2);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(grid, 1);

    connect(m_trendOf, &QComboBox::activated, this, [this] { showTrendOf(trendRep()); });
}

qint64 WeeklyReviewChartsPanel::trendRep() const
{
    return m_trendOf->currentData().toLongLong();
}

void WeeklyReviewChartsPanel::setReport(const services::WeeklyReport& report)
{
    const qint64 chosen = trendRep();
    m_report = report;
    m_charts = report::WeeklyReviewCharts::all(m_report);
    {
        QSignalBlocker block(m_trendOf);
        m_trendOf->clear();
        m_trendOf->addItem(m_report.areaName.isEmpty() ? tr("Whole office") : tr("Area %1").arg(m_report.areaName),
                           qint64(0));
        for (const services::WeeklyReviewRow& row : m_report.rows)
            m_trendOf->addItem(report::WeeklyReportTables::repName(row.figures), row.figures.rep.id);
        m_trendOf->setCurrentIndex(std::max(0, m_trendOf->findData(chosen)));
    }
    m_trendOf->setEnabled(m_report.rows.size() > 1);
    m_charts[kTrendChart] = report::WeeklyReviewCharts::trend(m_report, trendRep());
    for (std::size_t i = 0; i < m_charts.size(); ++i)
        showChart(i);
}

void WeeklyReviewChartsPanel::showTrendOf(qint64 repId)
{
    const int index = m_trendOf->findData(repId);
    m_trendOf->setCurrentIndex(std::max(index, 0));
    if (m_charts.size() <= kTrendChart)
        return;
    m_charts[kTrendChart] = report::WeeklyReviewCharts::trend(m_report, trendRep());
    showChart(kTrendChart);
}

void WeeklyReviewChartsPanel::showChart(std::size_t index)
{
    QChartView* view = m_views[index];
    QChart* previous = view->chart(); // the view releases it, does not delete it
    view->setChart(makeChart(m_charts[index]));
    delete previous;
}

QChart* WeeklyReviewChartsPanel::makeChart(const report::WeeklyChart& data)
{
    auto* chart = new QChart;
    QString title = data.title;
    if (data.categories.isEmpty())
        title += QLatin1Char('\n') + tr("(no data)");
    else if (data.isEmpty())
        title += QLatin1Char('\n') + tr("(none in this period)");
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true); // 1,000,000 rather than 1000000 on the value axis
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Names and periods as categories; a long rep name is shortened rather than the axis crowded.
    QStringList categories;
    QStringList years;
    for (const QString& c : data.categories) {
        if (data.shape == report::WeeklyChart::Shape::Lines && c.size() > 5 && c.at(4) == QLatin1Char('-')) {
            // A period label (2026-W41, 2026-11, 2026-Q3): the year goes to the axis title, so eight fit.
            categories << c.mid(5);
            if (!years.contains(c.left(4)))
                years << c.left(4);
        } else {
            categories << (c.size() > 10 ? c.left(9) + QChar(0x2026) : c);
        }
    }
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    if (!years.isEmpty())
        x->setTitleText(years.join(QStringLiteral(" – ")));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(data.valueTitle);
    if (std::any_of(data.valueTitle.cbegin(), data.valueTitle.cend(), [](QChar c) { return c.unicode() > 0xff; })) {
        // A rotated axis title is measured with the first family's metrics: without CJK glyphs there, Qt Charts
        // elides 客户数 to "…". A family that has them measures it right.
        QFont font = y->titleFont();
        font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"), font.family()});
        y->setTitleFont(font);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    if (data.shape == report::WeeklyChart::Shape::Lines) {
        for (const report::WeeklyChartSeries& s : data.series) {
            auto* line = new QLineSeries;
            line->setName(s.name);
            QPen pen(s.colour);
            pen.setWidthF(2);
            line->setPen(pen);
            line->setPointsVisible(true);
            for (std::size_t i = 0; i < s.values.size(); ++i)
                line->append(double(i), s.values[i]);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
    } else {
        QAbstractBarSeries* series = data.shape == report::WeeklyChart::Shape::StackedBars
                                         ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                         : static_cast<QAbstractBarSeries*>(new QBarSeries);
        for (const report::WeeklyChartSeries& s : data.series) {
            auto* set = new QBarSet(s.name);
            set->setColor(s.colour);
            set->setBorderColor(s.colour);
            for (double v : s.values)
                *set << v;
            series->append(set);
            // The exact number on hover: the axis only gives its size.
            connect(set, &QBarSet::hovered, this,
                    [set, categories = data.categories, money = data.money](bool status, int index) {
                        if (!status || index < 0 || index >= categories.size()) {
                            QToolTip::hideText();
                            return;
                        }
                        const QLocale locale;
                        QToolTip::showText(QCursor::pos(), QStringLiteral("%1 · %2: %3")
                                                               .arg(categories[index], set->label(),
                                                                    money ? locale.toString(set->at(index), 'f', 2)
                                                                          : locale.toString(qRound64(set->at(index)))));
                    });
            if (s.figure) {
                const storage::WeeklyFigure figure = *s.figure;
                const std::vector<qint64> reps = data.repIds;
                connect(set, &QBarSet::clicked, this, [this, figure, reps](int index) {
                    if (index >= 0 && static_cast<std::size_t>(index) < reps.size() && reps[index] > 0)
                        emit drillDownRequested(figure, reps[static_cast<std::size_t>(index)]);
                });
            }
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // From 0 always: attaching a line series narrows the axis to the data's range, which would cut the lower line.
    if (data.isEmpty()) {
        y->setRange(0, data.money ? 100 : 1);
    } else {
        y->setRange(0, data.maximum());
        y->applyNiceNumbers();
    }
    if (!data.money) {
        // Customers are counted: whole steps only.
        y->setMax(std::max(y->max(), 1.0));
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(std::max(1.0, std::ceil(y->max() / 5)));
    }
    return chart;
}

} // namespace carddesk::gui
