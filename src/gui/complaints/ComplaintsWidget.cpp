#include "gui/complaints/ComplaintsWidget.h"

#include "gui/common/CountAxis.h"
#include "gui/common/ErrorText.h"
#include "gui/common/ExportDialog.h"

#include "gui/common/DataChanges.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "gui/complaints/ComplaintCategoriesDialog.h"
#include "gui/complaints/ComplaintDetailPane.h"
#include "gui/complaints/ComplaintDialog.h"
#include "gui/complaints/ComplaintLabels.h"
#include "gui/complaints/ComplaintListModel.h"
#include "services/ComplaintEscalator.h"
#include "storage/access/Session.h"
#include "storage/queries/ComplaintQueries.h"
#include "storage/repositories/ComplaintCategoryRepository.h"
#include "storage/repositories/ComplaintRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <limits>
#include <optional>

namespace carddesk::gui {

namespace {

// The view's chart emptied for new content; reusing it avoids the scene warnings of QChartView::setChart.
QChart* clearedChart(QChartView* view, const QString& title)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

// A bar chart of `labels` → `values` in the view, replacing what it showed.
void showBars(QChartView* view, const QString& title, const QStringList& labels, const QList<qreal>& values,
              const QColor& color)
{
    QChart* chart = clearedChart(view, title);
    auto* set = new QBarSet(title);
    set->append(values);
    set->setColor(color);
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    qreal top = 1;
    for (qreal v : values)
        top = std::max(top, v);
    setCountRange(y, std::ceil(top * 1.1));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace

// What one load of the page reads: the list (or the manager's queue), the charts' figures and, when asked, the
// filter choices.
struct ComplaintsPageData
{
    core::Result<std::vector<storage::ComplaintListRow>> rows = std::vector<storage::ComplaintListRow>();
    std::vector<storage::ComplaintCategoryCount> categoryCounts;
    std::vector<storage::ResolutionHistogramBin> resolutionBins;
    std::optional<std::vector<core::ComplaintCategory>> categories;
    std::vector<core::User> users;
};

ComplaintsWidget::ComplaintsWidget(storage::Session& session, QWidget* parent, bool loadNow, StorageWorker* worker,
                                   DataChanges* changes)
    : QWidget(parent), m_session(session), m_changes(changes), m_loader(new PageLoader(session, worker, this)),
      m_model(new ComplaintListModel(this)), m_view(new QTableView(this)),
      m_detail(new ComplaintDetailPane(session, this, worker)), m_status(new QComboBox(this)),
      m_category(new QComboBox(this)), m_level(new QComboBox(this)), m_owner(new QComboBox(this)),
      m_overdue(new QCheckBox(tr("Overdue"), this)), m_escalated(new QCheckBox(tr("Escalated"), this)),
      m_countLabel(new QLabel(this)), m_categoryChart(new QChartView(this)), m_resolutionChart(new QChartView(this))
{
    setObjectName(QStringLiteral("ComplaintsWidget"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    // Their choices arrive with the first load, after the page is first shown: they grow to fit them then.
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_escalated->setObjectName(QStringLiteral("escalatedFilter"));

    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(ComplaintLabels::status(QStringLiteral("open")), QStringLiteral("open"));
    for (const QString& status : storage::ComplaintRepository::statuses())
        m_status->addItem(ComplaintLabels::status(status), status);
    m_level->addItem(tr("All levels"), 0);
    for (int level = 1; level <= 4; ++level)
        m_level->addItem(ComplaintLabels::level(level), level);
    m_category->addItem(tr("All categories"), 0);
    m_owner->addItem(tr("All reps"), 0);

    auto* newButton = new QPushButton(tr("New complaint…"), this);
    newButton->setObjectName(QStringLiteral("newComplaintButton"));
    connect(newButton, &QPushButton::clicked, this, &ComplaintsWidget::newComplaint);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_category);
    filters->addWidget(m_level);
    if (session.isManager() || session.isAdmin()) {
        filters->addWidget(m_owner);
        m_myQueue = new QCheckBox(tr("Escalated to me"), this);
        m_myQueue->setObjectName(QStringLiteral("myQueueFilter"));
        m_myQueue->setToolTip(tr("The escalated open complaints waiting on you"));
        connect(m_myQueue, &QCheckBox::toggled, this, &ComplaintsWidget::reload);
    } else {
        m_owner->hide(); // a rep's list is their own customers' complaints already
    }
    filters->addStretch(1);
    filters->addWidget(m_countLabel);
    // The check boxes and the buttons on a row of their own: in one row with the lists the page was wider than a
    // 1280-wide window in English.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_overdue);
    actions->addWidget(m_escalated);
    if (m_myQueue)
        actions->addWidget(m_myQueue);
    actions->addStretch(1);
    if (session.isAdmin()) {
        auto* categories = new QPushButton(tr("Categories…"), this);
        categories->setObjectName(QStringLiteral("categoriesButton"));
        connect(categories, &QPushButton::clicked, this, &ComplaintsWidget::editCategories);
        actions->addWidget(categories);
    }
    m_exportButton = new QPushButton(tr("Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportComplaintsButton"));
    m_exportButton->setToolTip(tr("Export the complaints the list shows to Excel or CSV"));
    connect(m_exportButton, &QPushButton::clicked, this, &ComplaintsWidget::exportList);
    actions->addWidget(m_exportButton);
    actions->addWidget(newButton);

    m_view->setObjectName(QStringLiteral("complaintList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ComplaintListModel::CustomerColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->setAlternatingRowColors(false);
    m_view->setWordWrap(false);

    for (QChartView* chart : {m_categoryChart, m_resolutionChart}) {
        chart->setRenderHint(QPainter::Antialiasing);
        chart->setMinimumHeight(220);
    }
    m_categoryChart->setObjectName(QStringLiteral("categoryChart"));
    m_resolutionChart->setObjectName(QStringLiteral("resolutionChart"));

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_view);
    top->addWidget(m_detail);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto* charts = new QWidget(this);
    auto* chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_categoryChart);
    chartLayout->addWidget(m_resolutionChart);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(charts);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(vertical, 1);

    for (QComboBox* combo : {m_status, m_category, m_level, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplaintsWidget::reload);
    for (QCheckBox* check : {m_overdue, m_escalated})
        connect(check, &QCheckBox::toggled, this, &ComplaintsWidget::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComplaintsWidget::currentChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const storage::ComplaintListRow* row = m_model->rowAt(index.row()))
            emit openCustomer(row->complaint.customerId);
    });
    connect(m_detail, &ComplaintDetailPane::statusMessage, this, &ComplaintsWidget::statusMessage);
    connect(m_detail, &ComplaintDetailPane::changed, this, &ComplaintsWidget::wrote);
    m_loader->followChanges(m_changes, {Entity::Complaints, Entity::Customers, Entity::Users}, [this] { reload(); });
    if (loadNow)
        reload();
}

ComplaintsWidget::~ComplaintsWidget() = default;

void ComplaintsWidget::showFilterChoices(const ComplaintsPageData& data)
{
    if (!data.categories)
        return;
    // Filling the boxes must not start loads of its own; the current choices are kept when still offered.
    const bool reloading = m_reloading;
    m_reloading = true;
    const qint64 category = m_category->currentData().toLongLong();
    const qint64 owner = m_owner->currentData().toLongLong();
    m_category->clear();
    m_category->addItem(tr("All categories"), 0);
    for (const core::ComplaintCategory& each : *data.categories)
        m_category->addItem(ComplaintLabels::category(each.name), each.id);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_owner->clear();
    m_owner->addItem(tr("All reps"), 0);
    for (const core::User& user : data.users)
        m_owner->addItem(user.displayName.isEmpty() ? user.username : user.displayName, user.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    m_reloading = reloading;
    m_choicesLoaded = true;
}

storage::ComplaintFilter ComplaintsWidget::currentFilter() const
{
    storage::ComplaintFilter filter;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.statuses = {status};
    filter.overdueOnly = m_overdue->isChecked();
    filter.escalatedOnly = m_escalated->isChecked();
    filter.categoryId = m_category->currentData().toLongLong();
    filter.level = m_level->currentData().toInt();
    filter.ownerId = m_owner->currentData().toLongLong();
    return filter;
}

void ComplaintsWidget::exportList()
{
    ExportDialog dialog(m_session.db().path(), m_session.user(), ExportDialog::What::Complaints, this);
    dialog.setComplaintFilter(currentFilter());
    dialog.exec();
}

void ComplaintsWidget::reload()
{
    if (m_reloading)
        return;
    const bool queue = m_myQueue && m_myQueue->isChecked();
    // The queue is not a filter the export knows: it exports what the filters select.
    for (QWidget* filter : std::initializer_list<QWidget*>{m_status, m_category, m_level, m_owner, m_overdue,
                                                           m_escalated, m_exportButton})
        filter->setEnabled(!queue);
    const storage::ComplaintFilter filter = currentFilter();
    const bool choices = !m_choicesLoaded;
    const bool managerChoices = m_session.isManager() || m_session.isAdmin();
    m_loader->load<ComplaintsPageData>(
        [queue, filter, choices, managerChoices](storage::Session& session) -> core::Result<ComplaintsPageData> {
            ComplaintsPageData data;
            storage::ComplaintQueries queries(session);
            data.rows = queue ? services::ComplaintEscalator::escalationQueue(session) : queries.list(filter);
            const QDate to = QDate::currentDate();
            const QDate from = to.addYears(-1);
            if (auto counts = queries.countsByCategory(from, to))
                data.categoryCounts = std::move(*counts);
            if (auto times = queries.resolutionTimes(from, to))
                data.resolutionBins = storage::ComplaintQueries::histogram(*times, {1, 3, 7, 14});
            if (choices) {
                auto categories = storage::ComplaintCategoryRepository(session).list();
                data.categories = categories ? std::move(*categories) : std::vector<core::ComplaintCategory>();
                if (managerChoices) {
                    if (auto users = storage::UserRepository::list(session))
                        data.users = std::move(*users);
                }
            }
            return data;
        },
        [this](core::Result<ComplaintsPageData> data) {
            if (!data) // the worker's connection could not be opened
                data = ComplaintsPageData{data.error(), {}, {}, {}, {}};
            showFilterChoices(*data);
            showList(*data);
            showCharts(*data);
        });
}

void ComplaintsWidget::showList(ComplaintsPageData& data)
{
    const qint64 selected = m_select > 0 ? m_select : m_detail->complaintId();
    m_select = 0;
    m_reloading = true;
    if (!data.rows) {
        m_model->setRows({});
        m_countLabel->setText(tr("The complaints cannot be read: %1").arg(ErrorText::sentence(data.rows.error())));
    } else {
        m_model->setRows(std::move(*data.rows));
        qint64 overdue = 0;
        for (const storage::ComplaintListRow& row : m_model->rows())
            overdue += row.overdue ? 1 : 0;
        m_countLabel->setText(tr("%n complaint(s), %1 overdue", nullptr, m_model->rowCount()).arg(overdue));
    }
    m_reloading = false;
    if (!selectComplaint(selected) && m_model->rowCount() > 0)
        m_view->selectRow(0);
    else if (m_model->rowCount() == 0)
        m_detail->clear();
}

bool ComplaintsWidget::selectComplaint(qint64 complaintId)
{
    const int row = complaintId > 0 ? m_model->rowOf(complaintId) : -1;
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    currentChanged();
    return true;
}

void ComplaintsWidget::currentChanged()
{
    if (m_reloading)
        return;
    const storage::ComplaintListRow* row = m_model->rowAt(m_view->currentIndex().row());
    if (row)
        m_detail->showComplaint(*row);
    else
        m_detail->clear();
}

void ComplaintsWidget::showCharts(const ComplaintsPageData& data)
{
    QStringList labels;
    QList<qreal> values;
    for (const storage::ComplaintCategoryCount& count : data.categoryCounts) {
        labels << ComplaintLabels::category(count.categoryName);
        values << static_cast<qreal>(count.count);
    }
    showBars(m_categoryChart, tr("Complaints by category, last 12 months"), labels, values, QColor(0x4c, 0x78, 0xa8));

    labels.clear();
    values.clear();
    for (const storage::ResolutionHistogramBin& bin : data.resolutionBins) {
        labels << (std::isinf(bin.toDays) ? tr("%1+ d").arg(bin.fromDays)
                                          : tr("%1–%2 d").arg(bin.fromDays).arg(bin.toDays));
        values << static_cast<qreal>(bin.count);
    }
    showBars(m_resolutionChart, tr("Days from receipt to resolution, last 12 months"), labels, values,
             QColor(0x59, 0xa1, 0x4f));
}

void ComplaintsWidget::wrote(qint64 complaintId)
{
    if (m_changes)
        m_changes->announce(Entity::Complaints, {complaintId});
    else
        reload();
}

bool ComplaintsWidget::newComplaint()
{
    ComplaintDialog dialog(m_session, this, m_loader->worker());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit statusMessage(tr("Complaint #%1 recorded.").arg(dialog.complaint().id));
    m_detail->clear();
    m_select = dialog.complaint().id; // selected once the list with it is in
    wrote(dialog.complaint().id);
    return true;
}

void ComplaintsWidget::editCategories()
{
    ComplaintCategoriesDialog dialog(m_session, this, m_loader->worker());
    dialog.exec();
    m_choicesLoaded = false; // the next load reads the categories again
    reload();
}

} // namespace carddesk::gui
