#include "gui/review/WeeklyReviewWidget.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/ErrorText.h"
#include "gui/common/FileDialog.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/StorageWorker.h"
#include "gui/common/TextPrompt.h"
#include "gui/common/WorkerConnection.h"
#include "gui/review/WeeklyReviewChartsPanel.h"
#include "gui/review/WeeklyReviewModel.h"
#include "gui/review/WeeklyReviewRunner.h"
#include "gui/shell/Settings.h"
#include "report/WeeklyReportPainter.h"
#include "services/WeeklyReview.h"
#include "storage/access/Session.h"
#include "storage/repositories/UserRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace carddesk::gui {

using services::ReviewPeriod;

WeeklyReviewWidget::WeeklyReviewWidget(storage::Session& session, QWidget* parent, bool loadNow, StorageWorker* worker)
    : QWidget(parent), m_session(session), m_runner(new WeeklyReviewRunner(session.db().path(), session.user(), this)),
      m_model(new WeeklyReviewModel(this)), m_kind(new QComboBox(this)), m_periods(new QComboBox(this)),
      m_refresh(new QPushButton(tr("Refresh"), this)), m_title(new QLabel(this)), m_message(new QLabel(this)),
      m_exportPdf(new QPushButton(tr("Export PDF…"), this)), m_print(new QPushButton(tr("Print…"), this)),
      m_exportXlsx(new QPushButton(tr("Export Excel…"), this)), m_reviewLine(new QLabel(this)),
      m_table(new FrozenColumnTableView(this)), m_tabs(new QTabWidget(this)),
      m_charts(new WeeklyReviewChartsPanel(this))
{
    setObjectName(QStringLiteral("WeeklyReviewWidget"));
    m_kind->addItem(tr("Week"), static_cast<int>(ReviewPeriod::Kind::Week));
    m_kind->addItem(tr("Month"), static_cast<int>(ReviewPeriod::Kind::Month));
    m_kind->addItem(tr("Quarter"), static_cast<int>(ReviewPeriod::Kind::Quarter));
    fillPeriods();

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_kind);
    bar->addWidget(m_periods);
    if (session.isAdmin()) {
        m_area = new QComboBox(this);
        m_area->addItem(tr("Whole office"), QString());
        const auto addAreas = [this](core::Result<std::vector<core::Area>> areas) {
            if (!areas)
                return;
            const QSignalBlocker blocker(m_area); // adding choices is not choosing one
            for (const core::Area& area : *areas)
                m_area->addItem(area.name, area.name);
        };
        if (worker)
            worker->run<std::vector<core::Area>>(
                this, [](storage::Session& on) { return storage::UserRepository::areas(on); }, addAreas);
        else
            addAreas(storage::UserRepository::areas(session));
        bar->addWidget(new QLabel(tr("Area:"), this));
        bar->addWidget(m_area);
        connect(m_area, &QComboBox::currentIndexChanged, this, &WeeklyReviewWidget::reload);
    }
    bar->addWidget(m_refresh);
    // The figures are many: each group of columns can be hidden, and the choice is remembered.
    auto* columns = new QToolButton(this);
    columns->setText(tr("Columns"));
    columns->setPopupMode(QToolButton::InstantPopup);
    auto* columnMenu = new QMenu(columns);
    const QStringList hidden = Settings::hiddenReviewColumnGroups();
    for (const WeeklyReviewModel::ColumnGroup& group : WeeklyReviewModel::columnGroups()) {
        QAction* action = columnMenu->addAction(group.title);
        action->setCheckable(true);
        action->setChecked(!hidden.contains(group.key));
        action->setData(group.key);
        connect(action, &QAction::toggled, this, [this, key = group.key](bool shown) { showColumnGroup(key, shown); });
    }
    columns->setMenu(columnMenu);
    bar->addWidget(columns);
    auto* routes = new QPushButton(tr("Routes…"), this);
    routes->setObjectName(QStringLiteral("routesButton"));
    routes->setToolTip(tr("Each rep's customers, sales and visits by region for the chosen period (route review)"));
    connect(routes, &QPushButton::clicked, this, &WeeklyReviewWidget::showRoutes);
    bar->addWidget(routes);
    bar->addStretch(1);
    // What to do with the report sits on the title's line: with the administrator's area picker one row of
    // everything was wider than a 1280-wide window.
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    if (session.isManager() || session.isAdmin()) {
        m_mark = new QPushButton(tr("Mark reviewed…"), this);
        m_mark->setEnabled(false);
        titleRow->addWidget(m_mark);
        connect(m_mark, &QPushButton::clicked, this, &WeeklyReviewWidget::markReviewed);
    }
    for (QPushButton* button : {m_exportPdf, m_print, m_exportXlsx}) {
        button->setEnabled(false); // until a report is shown
        titleRow->addWidget(button);
    }
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    connect(m_exportPdf, &QPushButton::clicked, this,
            [this] { exportReport(report::WeeklyReportExport::Format::Pdf); });
    connect(m_exportXlsx, &QPushButton::clicked, this,
            [this] { exportReport(report::WeeklyReportExport::Format::Xlsx); });
    connect(m_print, &QPushButton::clicked, this, &WeeklyReviewWidget::printReport);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true); // a long period and area name wraps instead of widening the window
    m_message->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_reviewLine->setWordWrap(true);

    m_table->setModel(m_model);
    for (const QString& key : hidden)
        showColumnGroup(key, false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->setAlternatingRowColors(true);

    m_hint = new QLabel(tr("Arrows compare with the previous period (green: the good way, red: the bad way); hover "
                           "over a number for the average of the 8 periods before. Double-click a number to list "
                           "the records behind it."),
                        this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    // The charts in a tab of their own: the table already fills the page's width.
    m_tabs->setObjectName(QStringLiteral("weeklyReviewTabs"));
    m_tabs->addTab(m_table, tr("Figures"));
    m_tabs->addTab(m_charts, tr("Charts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { m_hint->setVisible(index == 0); });
    connect(m_charts, &WeeklyReviewChartsPanel::drillDownRequested, this,
            qOverload<storage::WeeklyFigure, qint64>(&WeeklyReviewWidget::drillDown));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    m_equity = new QLabel(this);
    m_equity->setObjectName(QStringLiteral("weeklyEquity"));
    m_equity->setWordWrap(true);
    layout->addWidget(m_equity);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_reviewLine);
    layout->addWidget(m_hint);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        reload();
    });
    connect(m_periods, &QComboBox::activated, this, &WeeklyReviewWidget::reload);
    connect(m_refresh, &QPushButton::clicked, this, &WeeklyReviewWidget::reload);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { drillDown(index.row(), index.column()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WeeklyReviewWidget::updateReviewLine);
    connect(m_runner, &WeeklyReviewRunner::reportLoaded, this, &WeeklyReviewWidget::showReport);
    connect(m_runner, &WeeklyReviewRunner::recordsLoaded, this, &WeeklyReviewWidget::showRecords);
    connect(m_runner, &WeeklyReviewRunner::failed, this, [this](const QString& error) {
        m_message->setText(tr("The weekly review cannot be read: %1").arg(error));
        m_message->show();
    });
    connect(m_runner, &WeeklyReviewRunner::reviewSaved, this, [this] {
        emit statusMessage(
            tr("%1's %2 is marked reviewed.").arg(m_pendingReviewName, m_model->report().period.label()));
        reload();
    });
    connect(m_runner, &WeeklyReviewRunner::exported, this, [this](const QString& path) {
        emit statusMessage(tr("The report is saved as %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_runner, &WeeklyReviewRunner::exportFailed, this, [this](const core::Error& error, const QString& path) {
        // A file that cannot be written is the user's to fix; other errors are worded by ErrorText.
        m_message->setText(error.code == core::ErrorCode::InvalidArgument
                               ? tr("The report cannot be saved as %1. Choose a folder you may write to.")
                                     .arg(QDir::toNativeSeparators(path))
                               : tr("The report cannot be saved: %1").arg(ErrorText::sentence(error)));
        m_message->show();
    });
    connect(m_runner, &WeeklyReviewRunner::runningChanged, this,
            [this](bool running) { m_refresh->setEnabled(!running); });
    if (loadNow)
        reload();
}

QDialog* WeeklyReviewWidget::showRoutes()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ReviewPeriod chosen = period();
    dialog->setWindowTitle(tr("Route review %1").arg(chosen.label()));
    auto* model = new QStandardItemModel(0, 6, dialog);
    model->setHorizontalHeaderLabels(
        {tr("Rep"), tr("Region"), tr("Customers"), tr("Orders"), tr("Sales"), tr("Visits done")});
    auto* table = new QTableView(dialog);
    table->setObjectName(QStringLiteral("routesTable"));
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    auto* status = new QLabel(tr("Loading…"), dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(status);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 520);

    using Outcome = std::pair<std::vector<storage::RouteRow>, QString>;
    auto* watcher = new QFutureWatcher<Outcome>(dialog);
    connect(watcher, &QFutureWatcher<Outcome>::finished, dialog, [watcher, model, status] {
        const Outcome outcome = watcher->result();
        if (!outcome.second.isEmpty()) {
            status->setText(outcome.second);
            return;
        }
        const QLocale locale;
        for (const storage::RouteRow& r : outcome.first) {
            QList<QStandardItem*> items = {new QStandardItem(r.repName),
                                           new QStandardItem(r.region.isEmpty() ? tr("(no region)") : r.region),
                                           new QStandardItem(locale.toString(r.customers)),
                                           new QStandardItem(locale.toString(r.orders)),
                                           new QStandardItem(locale.toString(r.sales, 'f', 2)),
                                           new QStandardItem(locale.toString(r.visitsDone))};
            for (int c = 2; c < items.size(); ++c)
                items[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model->appendRow(items);
        }
        status->setText(
            tr("%n row(s): each rep's regions, largest sales first.", nullptr, static_cast<int>(outcome.first.size())));
    });
    watcher->setFuture(QtConcurrent::run([path = m_session.db().path(), user = m_session.user(), chosen,
                                          area = m_area ? m_area->currentData().toString() : QString()]() -> Outcome {
        auto db = openWorkerConnection(path);
        if (!db)
            return {{}, ErrorText::sentence(db.error())};
        storage::Session session(**db, user);
        auto rows = services::WeeklyReview(session).routes(chosen, area);
        if (!rows)
            return {{}, ErrorText::sentence(rows.error())};
        return {std::move(*rows), QString()};
    }));
    dialog->show();
    return dialog;
}

void WeeklyReviewWidget::showColumnGroup(const QString& key, bool shown)
{
    for (const WeeklyReviewModel::ColumnGroup& group : WeeklyReviewModel::columnGroups())
        if (group.key == key)
            for (int column : group.columns)
                m_table->setColumnHidden(column, !shown);
    QStringList hidden = Settings::hiddenReviewColumnGroups();
    hidden.removeAll(key);
    if (!shown)
        hidden << key;
    Settings::setHiddenReviewColumnGroups(hidden);
}

void WeeklyReviewWidget::fillPeriods()
{
    // Only periods that exist and have begun can be picked: the current month or quarter first, or the week going
    // on (counted to today) and under it the last full week, the default; then back two years.
    const auto kind = static_cast<ReviewPeriod::Kind>(m_kind->currentData().toInt());
    const QDate today = QDate::currentDate();
    ReviewPeriod period = kind == ReviewPeriod::Kind::Week ? ReviewPeriod::lastFullWeek(today, m_firstDay)
                                                           : ReviewPeriod::containing(kind, today);
    const int count = kind == ReviewPeriod::Kind::Week ? 104 : kind == ReviewPeriod::Kind::Month ? 24 : 8;
    QSignalBlocker block(m_periods);
    m_periods->clear();
    m_defaultPeriod = 0;
    if (kind == ReviewPeriod::Kind::Week) {
        const ReviewPeriod current = ReviewPeriod::containing(kind, today, m_firstDay);
        m_periods->addItem(tr("%1  (%2 – %3, so far)")
                               .arg(current.label(), DisplayDate::text(current.from()), DisplayDate::text(today)),
                           current.label());
        m_defaultPeriod = 1;
    }
    for (int i = 0; i < count; ++i) {
        m_periods->addItem(QStringLiteral("%1  (%2 – %3)")
                               .arg(period.label(), DisplayDate::text(period.from()), DisplayDate::text(period.to())),
                           period.label());
        period = period.previous();
    }
    m_periods->setCurrentIndex(m_defaultPeriod);
}

ReviewPeriod WeeklyReviewWidget::period() const
{
    auto parsed = ReviewPeriod::parse(m_periods->currentData().toString(), QDate::currentDate(), m_firstDay);
    return parsed ? *parsed : ReviewPeriod::lastFullWeek(QDate::currentDate(), m_firstDay);
}

void WeeklyReviewWidget::setPeriod(const ReviewPeriod& period)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(period.kind())));
    int index = m_periods->findData(period.label());
    if (index < 0) {
        m_periods->insertItem(0, period.label(), period.label());
        index = 0;
        ++m_defaultPeriod; // the default moved down one place
    }
    m_periods->setCurrentIndex(index);
    reload();
}

void WeeklyReviewWidget::reload()
{
    m_message->hide();
    m_runner->loadReport(period(), m_area ? m_area->currentData().toString() : QString());
}

void WeeklyReviewWidget::showReport(const services::WeeklyReport& report)
{
    if (report.period.kind() == ReviewPeriod::Kind::Week && report.period.firstDay() != m_firstDay) {
        // The office's week begins on another day than the list assumed: list its weeks, and when the default
        // (the last full week) was asked for, ask again for the office's last full week.
        const bool wasDefault = m_periods->currentIndex() == m_defaultPeriod;
        m_firstDay = report.period.firstDay();
        fillPeriods();
        const int index = m_periods->findData(report.period.label());
        if (wasDefault && index != m_defaultPeriod) {
            reload();
            return;
        }
        m_periods->setCurrentIndex(std::max(index, 0));
    }
    const QLocale locale;
    m_hint->setText(report.comparedToSameDay
                        ? tr("The period is still going on: arrows compare with the previous period to the same day "
                             "(green: the good way, red: the bad way); hover over a number for the average of the 8 "
                             "periods before, each to the same day. Double-click a number to list the records behind "
                             "it.")
                        : tr("Arrows compare with the previous period (green: the good way, red: the bad way); hover "
                             "over a number for the average of the 8 periods before. Double-click a number to list "
                             "the records behind it."));
    // A rep's page holds their own row and the equity of their own customers, not the area's.
    const QString scope = m_session.user().role == core::Role::Rep ? tr("your customers")
                          : report.areaName.isEmpty()              ? tr("whole office")
                                                                   : report.areaName;
    const QString kind = report.period.kind() == services::ReviewPeriod::Kind::Month     ? tr("Monthly review")
                         : report.period.kind() == services::ReviewPeriod::Kind::Quarter ? tr("Quarterly review")
                                                                                         : tr("Weekly review");
    if (report.period.inProgress())
        m_title->setText(tr("%1 %2 (%3 – %4, still going on: counted to %5), %6")
                             .arg(kind, report.period.label(), DisplayDate::text(report.period.from()),
                                  DisplayDate::text(report.period.to()), DisplayDate::text(report.period.lastDay()),
                                  scope));
    else
        m_title->setText(tr("%1 %2 (%3 – %4), %5")
                             .arg(kind, report.period.label(), DisplayDate::text(report.period.from()),
                                  DisplayDate::text(report.period.to()), scope));
    const services::EquityChange& equity = report.equity;
    m_equity->setText(equity.available
                          ? tr("Customer equity: %1 at the period's end, %2 at the previous period's end (change %3).")
                                .arg(locale.toString(equity.equity, 'f', 0), locale.toString(equity.previous, 'f', 0),
                                     (equity.change() >= 0 ? QStringLiteral("+") : QString()) +
                                         locale.toString(equity.change(), 'f', 0))
                          : tr("Customer equity: none yet (it needs a scoring run)."));
    m_model->setReport(report);
    m_charts->setReport(report);
    m_reportShown = true;
    for (QPushButton* button : {m_exportPdf, m_print, m_exportXlsx})
        button->setEnabled(true);
    if (report.rows.empty()) {
        m_message->setText(tr("There are no reps to review here."));
        m_message->show();
    }
    updateReviewLine();
}

void WeeklyReviewWidget::updateReviewLine()
{
    const services::WeeklyReport& report = m_model->report();
    QStringList pending;
    for (const auto& row : report.rows)
        if (!row.figures.reviewed)
            pending << (row.figures.rep.displayName.isEmpty() ? row.figures.rep.username : row.figures.rep.displayName);
    QString text = pending.isEmpty()
                       ? tr("Every rep's period is reviewed.")
                       : tr("Not reviewed yet: %1").arg(pending.join(tr(", ", "between names in a list")));
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? (report.rows.size() == 1 ? 0 : -1) : selected.first().row();
    if (row >= 0 && row < static_cast<int>(report.rows.size())) {
        const storage::RepWeekFigures& f = report.rows[static_cast<std::size_t>(row)].figures;
        if (f.reviewed)
            text += QLatin1Char('\n') + tr("Review of %1 by %2: %3")
                                            .arg(f.rep.displayName.isEmpty() ? f.rep.username : f.rep.displayName,
                                                 f.reviewerName, f.reviewComment);
    }
    m_reviewLine->setText(text);
    if (report.rows.size() > 1)
        m_charts->showTrendOf(m_model->repId(row)); // the selected rep's trend, or the whole scope's
    if (m_mark)
        m_mark->setEnabled(m_model->repId(row) > 0);
}

bool WeeklyReviewWidget::markReviewed()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const qint64 repId = selected.isEmpty() ? 0 : m_model->repId(selected.first().row());
    if (repId <= 0)
        return false;
    const storage::RepWeekFigures& f = m_model->report().rows[static_cast<std::size_t>(selected.first().row())].figures;
    const QString name = f.rep.displayName.isEmpty() ? f.rep.username : f.rep.displayName;
    const ReviewPeriod reviewed = m_model->report().period;
    auto comment = TextPrompt::ask(this, tr("Mark reviewed"),
                                   tr("Your comment on %1's %2:").arg(name, reviewed.label()), f.reviewComment);
    if (!comment)
        return false;
    if (comment->trimmed().isEmpty()) {
        m_message->setText(tr("A review needs a comment."));
        m_message->show();
        return false;
    }
    // Stored off the GUI thread; the page reads the report again once the note is written.
    m_runner->markReviewed(repId, reviewed, *comment);
    m_pendingReviewName = name;
    return true;
}

bool WeeklyReviewWidget::exportReport(report::WeeklyReportExport::Format format)
{
    if (!m_reportShown)
        return false;
    const services::WeeklyReport& shown = m_model->report();
    const bool pdf = format == report::WeeklyReportExport::Format::Pdf;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("weekly-report-%1.%2")
                                  .arg(shown.period.label(), report::WeeklyReportExport::formatName(format)));
    const QString path = FileDialog::saveFileName(this, pdf ? tr("Export PDF") : tr("Export Excel"), suggested,
                                                  pdf ? tr("PDF documents (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return false;
    m_message->hide();
    // The figures the page shows are saved as they are: the worker only renders, writes and logs.
    m_runner->exportReport(shown, format, path);
    return true;
}

void WeeklyReviewWidget::printReport()
{
    if (!m_reportShown)
        return;
    const services::WeeklyReport shown = m_model->report();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print weekly report"));
    // Drawn on the GUI thread: the preview paints on demand, and the figures are already in memory.
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&shown](QPrinter* target) {
        report::WeeklyReportPainter(shown, QDateTime::currentDateTime()).paint(*target);
    });
    if (preview.exec() == QDialog::Accepted)
        m_runner->recordPrint(shown);
}

bool WeeklyReviewWidget::drillDown(int row, int column)
{
    const auto figure = WeeklyReviewModel::figure(column);
    const qint64 repId = m_model->repId(row);
    if (!figure || repId <= 0)
        return false;
    m_drillColumn = column;
    m_runner->loadRecords(*figure, repId, m_model->report().period);
    return true;
}

void WeeklyReviewWidget::drillDown(storage::WeeklyFigure figure, qint64 repId)
{
    // The dialog's title names the figure as the table's column does.
    m_drillColumn = -1;
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (WeeklyReviewModel::figure(column) == figure) {
            m_drillColumn = column;
            break;
        }
    m_runner->loadRecords(figure, repId, m_model->report().period);
}

void WeeklyReviewWidget::showCharts(bool shown)
{
    m_tabs->setCurrentWidget(shown ? static_cast<QWidget*>(m_charts) : m_table);
}

void WeeklyReviewWidget::showRecords(storage::WeeklyFigure figure, qint64 repId,
                                     const std::vector<storage::WeeklyRecord>& records)
{
    const QLocale locale;
    QString repName;
    for (const auto& row : m_model->report().rows)
        if (row.figures.rep.id == repId)
            repName = row.figures.rep.displayName.isEmpty() ? row.figures.rep.username : row.figures.rep.displayName;
    const QString what =
        m_model->headerData(m_drillColumn, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QString());
    if (!m_drillDown) {
        m_drillDown = new QDialog(this);
        m_drillDown->resize(760, 480);
        m_drillDownModel =
            new RecordTableModel({tr("Code"), tr("Customer"), tr("Date"), tr("Amount"), tr("Detail")}, m_drillDown);
        auto* view = new QTableView(m_drillDown);
        view->setModel(m_drillDownModel);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        connect(view, &QTableView::doubleClicked, this,
                [this](const QModelIndex& index) { emit openCustomer(m_drillDownModel->rowId(index.row())); });
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_drillDown);
        connect(buttons, &QDialogButtonBox::rejected, m_drillDown, &QDialog::reject);
        auto* layout = new QVBoxLayout(m_drillDown);
        layout->addWidget(view);
        layout->addWidget(buttons);
    }
    std::vector<RecordTableModel::Row> rows;
    const bool completeness = figure == storage::WeeklyFigure::CurrentCustomers;
    for (const storage::WeeklyRecord& r : records) {
        RecordTableModel::Row row;
        row.id = r.customerId;
        row.cells = {r.customerCode, r.customerName, DisplayDate::text(r.day),
                     completeness    ? locale.toString(r.amount * 100.0, 'f', 0) + QLatin1Char('%')
                     : r.amount != 0 ? locale.toString(r.amount, 'f', 2)
                                     : QString(),
                     r.detail};
        rows.push_back(std::move(row));
    }
    m_drillDownModel->setRows(std::move(rows));
    m_drillDown->setWindowTitle(tr("%1 — %2 — %3: %n record(s)", nullptr, static_cast<int>(records.size()))
                                    .arg(what, repName, m_model->report().period.label()));
    m_drillDown->show();
    m_drillDown->raise();
}

} // namespace carddesk::gui
