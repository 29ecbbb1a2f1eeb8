#include "gui/analysis/AnalysisWidget.h"

#include "gui/analysis/EquityPanel.h"
#include "gui/common/DataChanges.h"
#include "gui/common/ErrorText.h"
#include "gui/common/PageLoader.h"

#include "gui/analysis/PurchaseModelText.h"
#include "gui/analysis/SatisfactionPanel.h"
#include "gui/analysis/ScoringRunner.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/Labels.h"
#include "storage/access/Session.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <QValueAxis>
#include <algorithm>

namespace carddesk::gui {

namespace {

QChartView* makeChartView(QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    return view;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

QLineSeries* cutLine(double y, const QString& name)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(0, y);
    line->append(100, y);
    QPen pen(QColor(0x99, 0x99, 0x99));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.2);
    line->setPen(pen);
    return line;
}

QString modelIdText(analytics::PurchaseModelKind kind)
{
    const std::string_view id = analytics::purchaseModelId(kind);
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

// The scores the page shows, read in one job.
struct AnalysisPageData
{
    storage::ScoreOverview overview;
    std::optional<storage::ScoreRunInfo> run;
};

AnalysisWidget::AnalysisWidget(storage::Session& session, QWidget* parent, bool loadNow, StorageWorker* worker,
                               DataChanges* changes)
    : QWidget(parent), m_session(session), m_loader(new PageLoader(session, worker, this)),
      m_runner(new ScoringRunner(session.db().path(), session.user(), this)), m_stack(new QStackedWidget(this)),
      m_emptyLabel(new QLabel(this)), m_header(new QLabel(this)), m_paretoView(makeChartView(this)),
      m_segmentView(makeChartView(this)), m_pAliveView(makeChartView(this)), m_fit(new QLabel(this)),
      m_backtest(new QLabel(this)), m_backtestButton(new QPushButton(tr("Run backtest"), this)),
      m_equity(new EquityPanel(session, worker, this))
{
    setObjectName(QStringLiteral("analysisPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->addWidget(m_stack);

    // No scores yet: say so, offer the action.
    auto* empty = new QWidget(m_stack);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    m_emptyLabel->setObjectName(QStringLiteral("noScoresLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No scores yet. Rescore the customers to see ABC classes, RFM segments, churn risk "
                             "and the model's fit."));
    emptyLayout->addWidget(m_emptyLabel);
    auto* rescore = new QPushButton(tr("Rescore customers"), empty);
    rescore->setObjectName(QStringLiteral("emptyRescoreButton"));
    connect(rescore, &QPushButton::clicked, this, &AnalysisWidget::rescoreRequested);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(rescore);
    buttonRow->addStretch();
    emptyLayout->addLayout(buttonRow);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* headerRow = new QHBoxLayout;
    m_header->setObjectName(QStringLiteral("analysisHeader"));
    m_header->setWordWrap(true);
    headerRow->addWidget(m_header, 1);
    auto* rescoreAgain = new QPushButton(tr("Rescore customers"), page);
    connect(rescoreAgain, &QPushButton::clicked, this, &AnalysisWidget::rescoreRequested);
    headerRow->addWidget(rescoreAgain);
    grid->addLayout(headerRow, 0, 0, 1, 2);
    grid->addWidget(m_paretoView, 1, 0);
    grid->addWidget(m_segmentView, 1, 1);
    grid->addWidget(m_pAliveView, 2, 0);

    auto* fitBox = new QGroupBox(tr("How far to trust the scores"), page);
    auto* fitLayout = new QVBoxLayout(fitBox);
    m_fit->setObjectName(QStringLiteral("fitLabel"));
    m_fit->setTextFormat(Qt::RichText);
    m_fit->setWordWrap(true);
    m_fit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fitLayout->addWidget(m_fit);
    auto* backtestRow = new QHBoxLayout;
    m_backtestButton->setObjectName(QStringLiteral("backtestButton"));
    m_backtestButton->setToolTip(tr("Fit the model on the orders up to 26 weeks before the as-of date and compare "
                                    "its predictions with what customers bought since"));
    backtestRow->addWidget(m_backtestButton);
    backtestRow->addStretch();
    fitLayout->addLayout(backtestRow);
    m_backtest->setObjectName(QStringLiteral("backtestLabel"));
    m_backtest->setTextFormat(Qt::RichText);
    m_backtest->setWordWrap(true);
    m_backtest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fitLayout->addWidget(m_backtest);
    fitLayout->addStretch();
    grid->addWidget(fitBox, 2, 1);
    grid->addWidget(m_equity, 3, 0, 1, 2);
    // The satisfaction-loyalty matrix, under the charts across the page (its own panel; reads its own data).
    m_satisfaction = new SatisfactionPanel(session, page, worker, changes);
    grid->addWidget(m_satisfaction, 4, 0, 1, 2);
    connect(m_satisfaction, &SatisfactionPanel::openCustomer, this, &AnalysisWidget::openCustomer);
    connect(m_satisfaction, &SatisfactionPanel::loaded, this, [this] {
        if (m_scrollToSatisfaction)
            showSatisfaction();
    });
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_scroll = scroll;

    connect(m_backtestButton, &QPushButton::clicked, this, &AnalysisWidget::runBacktest);
    connect(m_runner, &ScoringRunner::backtested, this, &AnalysisWidget::showBacktest);
    connect(m_runner, &ScoringRunner::failed, this, [this](const QString& message) {
        m_backtest->setText(QStringLiteral("<span style=\"color:#c0392b\">%1</span>")
                                .arg(tr("The backtest failed: %1").arg(message).toHtmlEscaped()));
    });
    connect(m_runner, &ScoringRunner::runningChanged, this, [this](bool running) {
        m_backtestButton->setEnabled(!running);
        if (running)
            m_backtest->setText(tr("Running the backtest…"));
    });
    // A rescoring run writes Scores and Stages; the poll says Everything.
    m_loader->followChanges(changes, {Entity::Scores, Entity::Stages}, [this] { reload(); });
    if (loadNow)
        reload();
}

AnalysisWidget::~AnalysisWidget() = default;

void AnalysisWidget::showSatisfaction()
{
    m_scrollToSatisfaction = true;
    if (QLayout* layout = m_scroll->widget()->layout())
        layout->activate();
    // The panel's top at the top of the view: the matrix and its list on one screen.
    m_scroll->verticalScrollBar()->setValue(m_satisfaction->geometry().top());
}

void AnalysisWidget::reload()
{
    m_equity->reload();
    m_satisfaction->reload();
    m_loader->load<AnalysisPageData>(
        [](storage::Session& session) -> core::Result<AnalysisPageData> {
            storage::ScoreRepository repository(session);
            auto overview = repository.overview();
            if (!overview)
                return overview.error();
            auto run = repository.latestRun();
            if (!run)
                return run.error();
            return AnalysisPageData{std::move(*overview), std::move(*run)};
        },
        [this](core::Result<AnalysisPageData> data) {
            if (!data) {
                showScores(std::nullopt, std::nullopt, ErrorText::sentence(data.error()));
                return;
            }
            showScores(std::move(data->overview), std::move(data->run), QString());
        });
}

void AnalysisWidget::showScores(std::optional<storage::ScoreOverview> overview,
                                std::optional<storage::ScoreRunInfo> run, const QString& error)
{
    m_overview.reset();
    m_run.reset();
    if (!error.isEmpty()) {
        m_emptyLabel->setText(tr("The scores cannot be read: %1").arg(error));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_overview = std::move(overview);
    m_run = std::move(run);
    if (!hasScores() || !m_run) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const QLocale locale;
    m_header->setText(tr("Scores as of %1 for %2 customers (%3 with orders); computed %4.")
                          .arg(DisplayDate::text(m_run->asOf), locale.toString(m_overview->scored),
                               locale.toString(m_overview->withOrders), DisplayDate::text(m_run->runAt.toLocalTime())));
    buildCharts();
    showFit();
    m_backtest->setText(tr("A backtest fits the model on the orders up to %1 weeks before the as-of date and "
                           "compares its predictions with the purchases since.")
                            .arg(BacktestHoldoutWeeks));
    m_stack->setCurrentIndex(1);
}

void AnalysisWidget::buildCharts()
{
    const storage::ScoreOverview& o = *m_overview;
    const QLocale locale;

    // Pareto: share of revenue from the top x% of customers, with the A/B cut lines.
    {
        QChart* chart = newChart(tr("ABC Pareto curve: A %1 · B %2 · C %3 customers")
                                     .arg(locale.toString(o.abcCounts[0]), locale.toString(o.abcCounts[1]),
                                          locale.toString(o.abcCounts[2])));
        m_pareto = new QLineSeries;
        m_pareto->setName(tr("Revenue share"));
        for (const analytics::ParetoPoint& point : o.pareto)
            m_pareto->append(point.customerShare * 100.0, point.revenueShare * 100.0);
        QPen pen(QColor(0x1f, 0x6f, 0xb5));
        pen.setWidthF(2.0);
        m_pareto->setPen(pen);
        chart->addSeries(m_pareto);
        chart->addSeries(cutLine(80.0, tr("A: 80%")));
        chart->addSeries(cutLine(95.0, tr("B: 95%")));
        auto* x = new QValueAxis;
        x->setRange(0, 100);
        x->setLabelFormat(QStringLiteral("%.0f%"));
        x->setTitleText(tr("Customers, by revenue (top first)"));
        auto* y = new QValueAxis;
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%.0f%"));
        y->setTitleText(tr("Share of revenue"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries* series : chart->series()) {
            series->attachAxis(x);
            series->attachAxis(y);
        }
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        QChart* previous = m_paretoView->chart(); // the view releases it, does not delete it
        m_paretoView->setChart(chart);
        delete previous;
    }

    // RFM segments, best first, horizontal so the names have room.
    {
        QChart* chart = newChart(tr("RFM segments (customers)"));
        m_segments = new QBarSet(tr("Customers"));
        m_segments->setColor(QColor(0x1f, 0x6f, 0xb5));
        m_segmentCodes.clear();
        QStringList names;
        // Reversed: a horizontal bar chart draws its first category at the bottom.
        for (auto it = Labels::rfmSegments().crbegin(); it != Labels::rfmSegments().crend(); ++it) {
            const auto found = o.segmentCounts.find(*it);
            m_segmentCodes << *it;
            names << Labels::rfmSegment(*it);
            *m_segments << static_cast<double>(found == o.segmentCounts.end() ? 0 : found->second);
        }
        auto* series = new QHorizontalBarSeries;
        series->append(m_segments);
        series->setLabelsVisible(true);
        // After the bar, not inside it: a short bar has no room for "1,986" (it showed "…").
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        m_segments->setLabelColor(QColor(0x33, 0x33, 0x33));
        chart->addSeries(series);
        auto* categories = new QBarCategoryAxis;
        categories->append(names);
        // The English names ("Potential loyalists") are wider than Qt Charts' share of a half-window chart gives an
        // axis, and became "…" at 1280x800: shown whole, the plot takes what is left.
        categories->setTruncateLabels(false);
        auto* values = new QValueAxis;
        values->setLabelFormat(QStringLiteral("%.0f"));
        values->setMin(0);
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(categories);
        series->attachAxis(values);
        double largest = 1.0;
        for (int i = 0; i < m_segments->count(); ++i)
            largest = std::max(largest, m_segments->at(i));
        values->setMax(largest * 1.15); // room for the longest bar's count after it
        values->applyNiceNumbers();
        QChart* previous = m_segmentView->chart(); // the view releases it, does not delete it
        m_segmentView->setChart(chart);
        delete previous;
    }

    // P(alive) of customers with orders, ten bins.
    {
        QChart* chart = newChart(tr("Probability the customer is still buying (%1 customers with orders)")
                                     .arg(locale.toString(o.pAliveCount)));
        m_pAlive = new QBarSet(tr("Customers"));
        m_pAlive->setColor(QColor(0x2e, 0x7d, 0x32));
        QStringList bins;
        for (int b = 0; b < 10; ++b) {
            bins << QStringLiteral("%1–%2").arg(b * 10).arg(b * 10 + 10);
            *m_pAlive << static_cast<double>(o.pAliveBins[static_cast<std::size_t>(b)]);
        }
        auto* series = new QBarSeries;
        series->append(m_pAlive);
        series->setBarWidth(0.9);
        chart->addSeries(series);
        // Ten "90–100" labels do not fit under half a window at 1280x800 (they became "90–…"): the bars' own
        // axis draws none, and an axis below marks the bins' edges, 0 to 100, where they are (bar b spans
        // b - 0.5 .. b + 0.5).
        auto* categories = new QBarCategoryAxis;
        categories->append(bins);
        categories->setLabelsVisible(false);
        auto* edges = new QCategoryAxis;
        edges->setRange(-0.5, 9.5);
        edges->setStartValue(-0.5);
        for (int b = 0; b < 10; ++b)
            edges->append(QString::number(b * 10 + 10), b + 0.5);
        edges->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        edges->setGridLineVisible(false);
        edges->setTitleText(tr("P(alive), %"));
        auto* values = new QValueAxis;
        values->setLabelFormat(QStringLiteral("%.0f"));
        values->setMin(0);
        values->setTitleText(tr("Customers"));
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(edges, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
        values->applyNiceNumbers();
        QChart* previous = m_pAliveView->chart(); // the view releases it, does not delete it
        m_pAliveView->setChart(chart);
        delete previous;
    }
}

void AnalysisWidget::showFit()
{
    // The purchase model the run used (runs before the choice existed: BG/NBD) and why it was chosen.
    const QString modelId = m_run->parameters.value(QStringLiteral("model")).toString(QStringLiteral("bgnbd"));
    const bool pareto = modelId == QLatin1String("paretonbd");
    const QJsonObject fit = m_run->parameters.value(pareto ? QStringLiteral("pareto_nbd") : modelId).toObject();
    const QJsonObject gg = m_run->parameters.value(QStringLiteral("gamma_gamma")).toObject();
    const QJsonArray errors = fit.value(QStringLiteral("standard_errors")).toArray();
    auto row = [](const QString& name, const QString& value, const QString& error) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
            .arg(name.toHtmlEscaped(), value, error);
    };
    auto stdError = [&errors](int i) {
        const double e = errors.at(i).toDouble();
        return e > 0 ? QStringLiteral("± ") + number(e, 4) : QStringLiteral("—");
    };
    const QString modelName = PurchaseModelText::name(modelId);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("%1 purchase model").arg(modelName).toHtmlEscaped());
    const QString why = PurchaseModelText::why(m_run->parameters);
    if (!why.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(why.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Parameter"), tr("Value"), tr("Std. error"));
    const char* bgNames[] = {"r", "alpha", "a", "b"};
    const char* paretoNames[] = {"r", "alpha", "s", "beta"};
    const QString bgLabels[] = {QStringLiteral("r"), QStringLiteral("α"), QStringLiteral("a"), QStringLiteral("b")};
    const QString paretoLabels[] = {QStringLiteral("r"), QStringLiteral("α"), QStringLiteral("s"), QStringLiteral("β")};
    for (int i = 0; i < 4; ++i)
        html += row(pareto ? paretoLabels[i] : bgLabels[i],
                    number(fit.value(QLatin1String(pareto ? paretoNames[i] : bgNames[i])).toDouble(), 4), stdError(i));
    html += row(tr("Log-likelihood"), number(fit.value(QStringLiteral("log_likelihood")).toDouble(), 1), QString());
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Gamma-Gamma spend model").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const char* name : {"p", "q", "v"})
        html += row(QString::fromLatin1(name), number(gg.value(QLatin1String(name)).toDouble(), 4), QString());
    html +=
        row(tr("Customers fitted"), QLocale().toString(gg.value(QStringLiteral("customers")).toInteger()), QString());
    html += QStringLiteral("</table>");
    if (!m_session.isAdmin())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The models were fitted by the run that scored your customers; "
                            "the charts count your customers only.")
                             .toHtmlEscaped());
    m_fit->setText(html);
}

bool AnalysisWidget::runBacktest()
{
    if (!m_run)
        return false;
    const QDate holdoutEnd = m_run->asOf;
    return m_runner->startBacktest(holdoutEnd.addDays(-7 * BacktestHoldoutWeeks), holdoutEnd);
}

void AnalysisWidget::showBacktest(const services::BacktestReport& report)
{
    const analytics::BacktestResult& r = report.result;
    const analytics::ModelSelection& models = report.models;
    const QLocale locale;
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(tr("Backtest: calibration to %1, holdout to %2 (%3 customers)")
                                .arg(DisplayDate::text(report.calibrationEnd), DisplayDate::text(report.holdoutEnd),
                                     locale.toString(static_cast<qint64>(r.customers)))
                                .toHtmlEscaped());
    // The three purchase models side by side, the best by the scoring's own rule in bold: the office sees why `auto`
    // would take it, on the period it chose.
    auto cell = [](const QString& text, bool bold) {
        return QStringLiteral("<td align=\"right\">%1</td>").arg(bold ? QStringLiteral("<b>%1</b>").arg(text) : text);
    };
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Model").toHtmlEscaped(), tr("Predicted").toHtmlEscaped(), tr("Actual").toHtmlEscaped(),
                     tr("Error per customer").toHtmlEscaped(), tr("AUC of P(alive)").toHtmlEscaped());
    for (std::size_t k = 0; k < models.models.size(); ++k) {
        const auto kind = static_cast<analytics::PurchaseModelKind>(k);
        const analytics::ModelBacktest& m = models.models[k];
        const QString name = PurchaseModelText::name(modelIdText(kind)).toHtmlEscaped();
        if (!m.ok) {
            html += QStringLiteral("<tr><td>%1</td><td colspan=\"4\">%2</td></tr>")
                        .arg(name, tr("did not fit the calibration period").toHtmlEscaped());
            continue;
        }
        const bool best = models.backtested && models.chosen == kind;
        html += QStringLiteral("<tr><td>%1</td>").arg(best ? QStringLiteral("<b>%1</b>").arg(name) : name) +
                cell(number(m.predictedRepeat, 0), best) + cell(number(m.actualRepeat, 0), best) +
                cell(number(m.meanAbsoluteError, 4), best) + cell(number(m.auc, 3), best) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    QString summary = tr("Error per customer: the mean difference between predicted and actual purchases; an AUC of "
                         "0.5 is chance, 1.0 perfect.");
    if (models.backtested) {
        const QString best =
            tr("Best by the scoring's rule (of the models within 1 % of the lowest error, the highest AUC): %1.")
                .arg(PurchaseModelText::name(modelIdText(models.chosen)));
        // Chinese sentences follow each other without a space.
        summary = best + (best.endsWith(QChar(0x3002)) ? QString() : QStringLiteral(" ")) + summary;
    }
    html += QStringLiteral("<p>%1</p>").arg(summary.toHtmlEscaped());
    m_backtest->setText(html);
    emit statusMessage(tr("Backtest finished."));
}

} // namespace carddesk::gui
