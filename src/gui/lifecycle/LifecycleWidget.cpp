#include "gui/lifecycle/LifecycleWidget.h"

#include "gui/common/CountAxis.h"
#include "gui/common/ErrorText.h"

#include "gui/common/DataChanges.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/Labels.h"
#include "gui/common/PageLoader.h"
#include "gui/customer/InteractionDialog.h"
#include "gui/customer/VisitPlanDialog.h"
#include "gui/lifecycle/LifecycleLabels.h"
#include "gui/lifecycle/StageCustomerModel.h"
#include "storage/access/Session.h"
#include "storage/queries/LifecycleQueries.h"
#include "storage/repositories/LifecycleRepository.h"
#include "storage/scores/ScoreRepository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace carddesk::gui {

namespace {

// An amount short enough for a stage card (seven of them share a 1280-wide window): 10,677,119 reads "1,068 万" in
// Chinese and "10.7 M" otherwise. The exact figures are in the card's tooltip.
QString shortAmount(const QLocale& locale, double value)
{
    const double size = std::abs(value);
    if (locale.language() == QLocale::Chinese) {
        if (size >= 1e8)
            return locale.toString(value / 1e8, 'f', 2) + QStringLiteral(" 亿");
        if (size >= 1e5) // 1,068 万 from ten million on, 50.9 万 below
            return locale.toString(value / 1e4, 'f', size >= 1e7 ? 0 : 1) + QStringLiteral(" 万");
    } else {
        if (size >= 1e9)
            return locale.toString(value / 1e9, 'f', 2) + QStringLiteral(" B");
        if (size >= 1e6)
            return locale.toString(value / 1e6, 'f', 1) + QStringLiteral(" M");
    }
    return locale.toString(value, 'f', 0);
}

// One colour per stage, in Labels::stages() order: cool for building, green for steady, warm for trouble.
const QColor& stageColor(int index)
{
    static const QColor colors[] = {QColor(0xb0, 0xb0, 0xb0), QColor(0x76, 0xb7, 0xd2), QColor(0x4c, 0x78, 0xa8),
                                    QColor(0x59, 0xa1, 0x4f), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                    QColor(0xb0, 0x7a, 0xa1)};
    return colors[std::clamp(index, 0, 6)];
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true); // in English the two bottom titles side by side were wider than a 1280-wide window
    return label;
}

void setupTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
}

} // namespace

// What one load of the page reads, in one job on the worker.
struct LifecyclePageData
{
    core::Result<std::vector<storage::StageSummary>> summary = std::vector<storage::StageSummary>();
    core::Result<std::vector<storage::MonthStageCounts>> months = std::vector<storage::MonthStageCounts>();
    core::Result<std::vector<storage::LifecycleTransition>> moves = std::vector<storage::LifecycleTransition>();
    core::Result<std::vector<storage::StageCustomer>> winBack = std::vector<storage::StageCustomer>();
    std::vector<QString> winBackReasons;
    // No scoring run in the office yet (a new or just imported office): the boxes say so instead of showing 0.
    bool neverScored = false;
};

LifecycleWidget::LifecycleWidget(storage::Session& session, QWidget* parent, bool loadNow, StorageWorker* worker,
                                 DataChanges* changes)
    : QWidget(parent), m_session(session), m_changes(changes), m_loader(new PageLoader(session, worker, this)),
      m_stageLoader(nullptr), m_stageTitle(sectionTitle(QString(), this)),
      m_stageModel(new StageCustomerModel(false, this)), m_winBackModel(new StageCustomerModel(true, this)),
      m_stageView(new QTableView(this)), m_winBackView(new QTableView(this)), m_transitions(new QTableWidget(this)),
      m_chart(new QChartView(this)), m_planVisit(new QPushButton(tr("Plan visit…"), this)),
      m_logCall(new QPushButton(tr("Log call…"), this))
{
    setObjectName(QStringLiteral("LifecycleWidget"));
    auto* cards = new QHBoxLayout;
    cards->setSpacing(6);
    const QStringList& stages = storage::LifecycleRepository::stages();
    for (int i = 0; i < stages.size(); ++i) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("stage_") + stages[i]);
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        // A tool button will not go below its text's width, and the seven side by side were wider than a 1280-wide
        // window in English; at that width each still gets its longest line (amounts are short, see shortAmount).
        button->setMinimumWidth(1);
        button->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-top: 5px solid %1;"
                                             " border-radius: 3px; padding: 4px 2px; background: palette(base); }"
                                             "QToolButton:checked { background: palette(alternate-base);"
                                             " border: 2px solid %1; border-top: 5px solid %1; }")
                                  .arg(stageColor(i).name()));
        const QString stage = stages[i];
        connect(button, &QToolButton::clicked, this, [this, stage] { showStage(stage); });
        cards->addWidget(button);
        m_stageButtons.push_back(button);
    }

    setupTable(m_stageView);
    m_stageView->setObjectName(QStringLiteral("stageCustomers"));
    m_stageView->setModel(m_stageModel);
    m_stageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stageView->horizontalHeader()->setSectionResizeMode(StageCustomerModel::CustomerColumn, QHeaderView::Stretch);
    setupTable(m_winBackView);
    m_winBackView->setObjectName(QStringLiteral("winBackQueue"));
    m_winBackView->setModel(m_winBackModel);
    m_winBackView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_winBackView->horizontalHeader()->setSectionResizeMode(StageCustomerModel::CustomerColumn,
                                                            QHeaderView::Interactive);
    m_winBackView->horizontalHeader()->resizeSection(StageCustomerModel::CustomerColumn, 190);
    m_winBackView->horizontalHeader()->setStretchLastSection(true);
    m_transitions->setObjectName(QStringLiteral("transitions"));
    m_transitions->setColumnCount(4);
    m_transitions->setHorizontalHeaderLabels({tr("Customer"), tr("Move"), tr("Date"), tr("Rule")});
    m_transitions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_transitions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_transitions->verticalHeader()->hide();
    m_transitions->verticalHeader()->setDefaultSectionSize(m_transitions->fontMetrics().height() + 8);
    m_transitions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_transitions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_transitions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_transitions->horizontalHeader()->resizeSection(0, 190);
    m_transitions->setWordWrap(false);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setObjectName(QStringLiteral("monthlyStageChart"));
    m_chart->setMinimumHeight(220);
    m_planVisit->setObjectName(QStringLiteral("planVisitButton"));
    m_stageLoader = new PageLoader(session, worker, this, m_stageView);
    m_logCall->setObjectName(QStringLiteral("logCallButton"));

    auto* stagePane = new QWidget(this);
    auto* stageLayout = new QVBoxLayout(stagePane);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    stageLayout->addWidget(m_stageTitle);
    stageLayout->addWidget(m_stageView, 1);
    auto* middle = new QSplitter(Qt::Horizontal, this);
    middle->addWidget(stagePane);
    middle->addWidget(m_chart);
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 1);
    middle->setSizes({640, 640});

    auto* movesPane = new QWidget(this);
    auto* movesLayout = new QVBoxLayout(movesPane);
    movesLayout->setContentsMargins(0, 0, 0, 0);
    movesLayout->addWidget(sectionTitle(tr("Moves of the last 7 days: into decline, lost, won back"), movesPane));
    movesLayout->addWidget(m_transitions, 1);
    auto* winBackPane = new QWidget(this);
    auto* winBackLayout = new QVBoxLayout(winBackPane);
    winBackLayout->setContentsMargins(0, 0, 0, 0);
    auto* winBackTop = new QHBoxLayout;
    winBackTop->addWidget(sectionTitle(tr("Win-back queue: declining and lost customers by value"), winBackPane), 1);
    winBackTop->addWidget(m_planVisit);
    winBackTop->addWidget(m_logCall);
    winBackLayout->addLayout(winBackTop);
    winBackLayout->addWidget(m_winBackView, 1);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(movesPane);
    bottom->addWidget(winBackPane);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({500, 780});

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(middle);
    vertical->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addWidget(vertical, 1);

    connect(m_stageView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const storage::StageCustomer* row = m_stageModel->rowAt(index.row()))
            emit openCustomer(row->customerId);
    });
    connect(m_winBackView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const storage::StageCustomer* row = m_winBackModel->rowAt(index.row()))
            emit openCustomer(row->customerId);
    });
    connect(m_transitions, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_transitions->item(row, 0))
            emit openCustomer(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_planVisit, &QPushButton::clicked, this, [this] { planVisit(m_winBackView->currentIndex().row()); });
    connect(m_logCall, &QPushButton::clicked, this, [this] { logCall(m_winBackView->currentIndex().row()); });
    auto updateButtons = [this] {
        const bool has = m_winBackModel->rowAt(m_winBackView->currentIndex().row()) != nullptr;
        m_planVisit->setEnabled(has);
        m_logCall->setEnabled(has);
    };
    connect(m_winBackView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateButtons);
    connect(m_winBackModel, &QAbstractItemModel::modelReset, this, updateButtons);
    m_loader->followChanges(m_changes, {Entity::Stages, Entity::Scores, Entity::Customers}, [this] { reload(); });
    if (loadNow)
        reload();
}

LifecycleWidget::~LifecycleWidget() = default;

void LifecycleWidget::reload()
{
    m_loader->load<LifecyclePageData>(
        [](storage::Session& session) -> core::Result<LifecyclePageData> {
            LifecyclePageData data;
            storage::LifecycleQueries queries(session);
            data.summary = queries.stageSummary();
            if (auto last = storage::ScoreRepository(session).lastRunAt(); last && !last->isValid())
                data.neverScored = true;
            data.months = queries.monthlyStageCounts(Months);
            const QDate to = QDate::currentDate();
            data.moves = queries.transitions(
                to.addDays(-6), to, {QStringLiteral("decline"), QStringLiteral("lost"), QStringLiteral("won_back")});
            // A customer's first classification (no stage before it) is not a move: after a first scoring run
            // hundreds of them, all of its day, buried the real moves.
            if (data.moves)
                std::erase_if(*data.moves,
                              [](const storage::LifecycleTransition& move) { return move.entry.fromStage.isEmpty(); });
            data.winBack = queries.winBackQueue(0, 100);
            if (data.winBack) {
                // The reasons in the user's language from their codes; rows scored before the codes existed keep
                // the text.
                storage::ScoreRepository scores(session);
                for (const storage::StageCustomer& row : *data.winBack) {
                    QStringList texts;
                    if (auto score = scores.forCustomer(row.customerId); score && score->has_value()) {
                        for (const analytics::ChurnReason& reason : (*score)->reasons)
                            texts << Labels::churnReason(reason);
                    }
                    data.winBackReasons.push_back(texts.isEmpty() ? row.churnReasons : texts.join(QLatin1Char('\n')));
                }
            }
            return data;
        },
        [this](core::Result<LifecyclePageData> data) {
            if (!data) // the worker's connection could not be opened
                data = LifecyclePageData{data.error(), data.error(), data.error(), data.error(), {}};
            showSummary(*data);
            showChart(*data);
            showTransitions(*data);
            showWinBack(*data);
        });
    showStage(m_stage.isEmpty() ? QStringLiteral("decline") : m_stage);
}

void LifecycleWidget::showSummary(const LifecyclePageData& data)
{
    const auto& summary = data.summary;
    m_neverScored = data.neverScored;
    m_counts.assign(m_stageButtons.size(), 0);
    const QLocale locale;
    for (size_t i = 0; i < m_stageButtons.size(); ++i) {
        const QString stage = storage::LifecycleRepository::stages().at(static_cast<int>(i));
        const storage::StageSummary* s = nullptr;
        if (summary) {
            for (const storage::StageSummary& each : *summary) {
                if (each.stage == stage)
                    s = &each;
            }
        }
        m_counts[i] = s ? s->customers : 0;
        QString text =
            Labels::stage(stage) + QStringLiteral("\n") +
            (data.neverScored ? tr("not scored yet") : tr("%n customer(s)", nullptr, static_cast<int>(m_counts[i])));
        QString exact;
        if (s && !data.neverScored) {
            text += QStringLiteral("\n") + tr("Revenue 12 m: %1").arg(shortAmount(locale, s->revenue12m));
            text += QStringLiteral("\n") + tr("CLV 12 m: %1").arg(shortAmount(locale, s->clv12m));
            exact = QStringLiteral("\n") + tr("Revenue 12 m: %1").arg(locale.toString(s->revenue12m, 'f', 0)) +
                    QStringLiteral("\n") + tr("CLV 12 m: %1").arg(locale.toString(s->clv12m, 'f', 0));
        }
        m_stageButtons[i]->setText(text);
        m_stageButtons[i]->setToolTip(
            data.neverScored ? tr("The stages are counted by the first scoring run (Tools ▸ Rescore customers); the "
                                  "chart's months are replayed from the orders meanwhile")
                             : tr("Click to list the customers in this stage, highest value first") + exact);
    }
    if (!summary)
        emit statusMessage(tr("The lifecycle stages cannot be read: %1").arg(ErrorText::sentence(summary.error())));
}

QToolButton* LifecycleWidget::stageButton(const QString& stage) const
{
    const int index = storage::LifecycleRepository::stages().indexOf(stage);
    return index >= 0 ? m_stageButtons[static_cast<size_t>(index)] : nullptr;
}

qint64 LifecycleWidget::stageCount(const QString& stage) const
{
    const int index = storage::LifecycleRepository::stages().indexOf(stage);
    return index >= 0 && static_cast<size_t>(index) < m_counts.size() ? m_counts[static_cast<size_t>(index)] : 0;
}

void LifecycleWidget::showStage(const QString& stage)
{
    m_stage = stage;
    if (QToolButton* button = stageButton(stage))
        button->setChecked(true);
    // Its own loader: a click on another stage while the page loads must not drop the page's answer.
    m_stageLoader->load<std::vector<storage::StageCustomer>>(
        [stage](storage::Session& session) {
            return storage::LifecycleQueries(session).customersInStage(stage, 0, 500);
        },
        [this, stage](core::Result<std::vector<storage::StageCustomer>> rows) {
            if (!rows) {
                m_stageModel->setRows({});
                m_stageTitle->setText(tr("The customers cannot be read: %1").arg(ErrorText::sentence(rows.error())));
                return;
            }
            const qint64 total = stageCount(stage);
            if (m_neverScored && rows->empty())
                m_stageTitle->setText(tr("%1: not scored yet").arg(Labels::stage(stage)));
            else
                m_stageTitle->setText(total > static_cast<qint64>(rows->size())
                                          ? tr("%1: the %2 most valuable of %3 customers")
                                                .arg(Labels::stage(stage))
                                                .arg(rows->size())
                                                .arg(total)
                                          : tr("%1: %n customer(s) by value", nullptr, static_cast<int>(rows->size()))
                                                .arg(Labels::stage(stage)));
            m_stageModel->setRows(std::move(*rows));
        });
}

void LifecycleWidget::showChart(const LifecyclePageData& data)
{
    const auto& months = data.months;
    // The view's chart is reused (QChartView::setChart leaves scene warnings behind).
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("Customers per stage at each month end"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QStackedBarSeries;
    QStringList labels;
    QList<QPair<int, int>> years; // (year, bars counted up to its last month)
    QList<int> monthNumbers;
    const QStringList& stages = storage::LifecycleRepository::stages();
    std::vector<QBarSet*> sets;
    for (int i = 0; i < stages.size(); ++i) {
        auto* set = new QBarSet(Labels::stage(stages[i]));
        set->setColor(stageColor(i));
        set->setBorderColor(stageColor(i));
        sets.push_back(set);
    }
    qint64 top = 1;
    if (months) {
        for (const storage::MonthStageCounts& month : *months) {
            labels << month.monthEnd.toString(Qt::ISODate); // the bars' own axis; its labels are hidden
            monthNumbers << month.monthEnd.month();
            if (years.isEmpty() || years.back().first != month.monthEnd.year())
                years.append({month.monthEnd.year(), 0});
            years.back().second = static_cast<int>(labels.size()); // bars up to here are this year's
            qint64 sum = 0;
            for (size_t i = 0; i < sets.size(); ++i) {
                sets[i]->append(static_cast<qreal>(month.counts[i]));
                sum += month.counts[i];
            }
            top = std::max(top, sum);
        }
    }
    if (months && !months->empty())
        chart->setTitle(tr("Customers per stage at each month end, %1 – %2")
                            .arg(QLocale().toString(months->front().monthEnd, QStringLiteral("yyyy-MM")),
                                 QLocale().toString(months->back().monthEnd, QStringLiteral("yyyy-MM"))));
    for (QBarSet* set : sets)
        series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    // Twenty-four bars at 1280x800 leave a bar's width (15 px) for a label, too narrow even for "10": the bars'
    // own axis draws no labels; below it the months by threes ("1–3") and the years, each under its bars.
    // Bar i is centred on i, so bars [a, b) span a - 0.5 .. b - 0.5.
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsVisible(false);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* monthAxis = new QCategoryAxis;
    monthAxis->setRange(-0.5, static_cast<qreal>(labels.size()) - 0.5);
    for (qsizetype first = 0; first < monthNumbers.size(); first += 3) {
        const qsizetype last = std::min(first + 2, monthNumbers.size() - 1);
        // Category labels must be distinct: a later round of the same months carries zero-width spaces (a plain
        // space would widen the label past its room).
        const QString label =
            (first == last ? QString::number(monthNumbers[first])
                           : QStringLiteral("%1–%2").arg(monthNumbers[first]).arg(monthNumbers[last])) +
            QString(first / 12, QChar(0x200B));
        monthAxis->append(label, static_cast<qreal>(last) + 0.5);
    }
    monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    QFont small = monthAxis->labelsFont(); // "10–12" in three bars' width
    small.setPointSizeF(small.pointSizeF() * 0.85);
    monthAxis->setLabelsFont(small);
    monthAxis->setGridLineVisible(false);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    auto* yearAxis = new QCategoryAxis;
    yearAxis->setRange(-0.5, static_cast<qreal>(labels.size()) - 0.5);
    for (const auto& [year, end] : years)
        yearAxis->append(QString::number(year), static_cast<qreal>(end) - 0.5);
    yearAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    yearAxis->setGridLineVisible(false);
    chart->addAxis(yearAxis, Qt::AlignBottom);
    auto* y = new QValueAxis;
    setCountRange(y, static_cast<qreal>(top));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void LifecycleWidget::showTransitions(const LifecyclePageData& data)
{
    const auto& moves = data.moves;
    m_transitions->setRowCount(0);
    if (!moves)
        return;
    m_transitions->setRowCount(static_cast<int>(moves->size()));
    for (int row = 0; row < static_cast<int>(moves->size()); ++row) {
        const storage::LifecycleTransition& move = (*moves)[static_cast<size_t>(row)];
        const core::LifecycleEntry& e = move.entry;
        auto* customer = new QTableWidgetItem(move.customerName);
        customer->setData(Qt::UserRole, e.customerId);
        customer->setToolTip(move.customerCode + QStringLiteral(" · ") + move.ownerName);
        const QString step = (e.fromStage.isEmpty() ? QString() : Labels::stage(e.fromStage) + QStringLiteral(" → ")) +
                             Labels::stage(e.toStage);
        auto* moveItem = new QTableWidgetItem(step);
        const int stageIndex = storage::LifecycleRepository::stages().indexOf(e.toStage);
        moveItem->setForeground(stageColor(stageIndex).darker(130));
        auto* rule =
            new QTableWidgetItem(e.manual ? tr("Set by hand: %1").arg(e.reason) : LifecycleLabels::rule(e.rule));
        rule->setToolTip(e.manual ? e.userName : e.rule);
        m_transitions->setItem(row, 0, customer);
        m_transitions->setItem(row, 1, moveItem);
        m_transitions->setItem(row, 2, new QTableWidgetItem(DisplayDate::text(e.changedOn)));
        m_transitions->setItem(row, 3, rule);
    }
}

void LifecycleWidget::showWinBack(LifecyclePageData& data)
{
    if (!data.winBack) {
        m_winBackModel->setRows({});
        return;
    }
    m_winBackModel->setRows(std::move(*data.winBack), std::move(data.winBackReasons));
    if (m_winBackModel->rowCount() > 0)
        m_winBackView->selectRow(0);
}

bool LifecycleWidget::planVisit(int row)
{
    const storage::StageCustomer* customer = m_winBackModel->rowAt(row);
    if (!customer)
        return false;
    // Copied: a reload while the dialog is open replaces the rows.
    const qint64 id = customer->customerId;
    const QString name = customer->name;
    VisitPlanDialog dialog(m_session, id, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit statusMessage(tr("Visit to %1 planned for %2.").arg(name, DisplayDate::text(dialog.visit().plannedDate)));
    if (m_changes)
        m_changes->announce(Entity::Visits, {id});
    return true;
}

bool LifecycleWidget::logCall(int row)
{
    const storage::StageCustomer* customer = m_winBackModel->rowAt(row);
    if (!customer)
        return false;
    // Copied: a reload while the dialog is open replaces the rows.
    const qint64 id = customer->customerId;
    const QString name = customer->name;
    InteractionDialog dialog(m_session, id, name, this, m_loader->worker());
    dialog.setChannel(QStringLiteral("phone"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit statusMessage(tr("Call with %1 logged.").arg(name));
    emit interactionLogged(id);
    if (m_changes)
        m_changes->announce(Entity::Interactions, {id});
    return true;
}

} // namespace carddesk::gui
