#pragma once

#include "gui/common/FrozenColumnTableView.h"
#include "report/WeeklyReportExport.h"
#include "services/ReviewPeriod.h"
#include "storage/queries/WeeklyReviewQueries.h"

#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::services {
struct WeeklyReport;
}

namespace carddesk::gui {

class RecordTableModel;
class StorageWorker;
class WeeklyReviewChartsPanel;
class WeeklyReviewModel;
class WeeklyReviewRunner;

// The area manager's week (issue 13): a period picker (ISO week, month or quarter; default the last full week),
// one row per rep with the period's figures against the previous period, the reps not yet reviewed, "Mark
// reviewed…" with a comment, and a double-click on a number listing the records behind it. Managers see their
// area, the administrator the office or one area, a rep their own row (and the manager's comment). The report is
// read off the GUI thread (WeeklyReviewRunner); the page shows the error inline when it cannot be read. The loaded
// report can be saved as PDF or Excel (rendered off the GUI thread) and printed. A Charts tab beside the table
// draws the same report (WeeklyReviewChartsPanel); the trend follows the rep selected in the table.
class WeeklyReviewWidget : public QWidget
{
    Q_OBJECT

public:
    // loadNow = false leaves the page empty until reload() (the main window loads pages when first shown).
    // Given the window's StorageWorker, the administrator's area choices are read there (without: at once, tests).
    explicit WeeklyReviewWidget(storage::Session& session, QWidget* parent = nullptr, bool loadNow = true,
                                StorageWorker* worker = nullptr);

    void reload();
    void setPeriod(const services::ReviewPeriod& period);
    services::ReviewPeriod period() const;
    // Asks for the comment and stores the review of the selected rep's period off the GUI thread; true when asked.
    bool markReviewed();
    // Asks for a file name and saves the loaded report there off the GUI thread; false when cancelled or nothing
    // is loaded. An error shows inline.
    bool exportReport(report::WeeklyReportExport::Format format);
    // The print preview (QPrintPreviewDialog) of the loaded report; a print is recorded in the access log.
    void printReport();
    // Opens the records behind a cell (rep rows, figure columns); false when the cell has none.
    bool drillDown(int row, int column);
    // Opens the records behind one rep's figure (a chart's bar).
    void drillDown(storage::WeeklyFigure figure, qint64 repId);
    // Shows the Charts tab (true) or the table's (false).
    void showCharts(bool shown = true);
    WeeklyReviewChartsPanel* charts() const { return m_charts; }

    WeeklyReviewModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    WeeklyReviewRunner* runner() const { return m_runner; }
    QDialog* lastDrillDown() const { return m_drillDown; }
    RecordTableModel* drillDownModel() const { return m_drillDownModel; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* titleLabel() const { return m_title; }
    QComboBox* periodList() const { return m_periods; }
    QLabel* equityLabel() const { return m_equity; }
    QPushButton* exportPdfButton() const { return m_exportPdf; }
    QPushButton* exportXlsxButton() const { return m_exportXlsx; }
    // Routes…: the route review of the chosen period in a dialog, read off the GUI thread. Returns the dialog.
    QDialog* showRoutes();
    // Shows or hides a column group (WeeklyReviewModel::columnGroups) and remembers the choice.
    void showColumnGroup(const QString& key, bool shown);

signals:
    void statusMessage(const QString& message);
    // A record of a drill-down was double-clicked: its customer's card.
    void openCustomer(qint64 customerId);

private:
    void fillPeriods();
    void showReport(const services::WeeklyReport& report);
    void showRecords(storage::WeeklyFigure figure, qint64 repId, const std::vector<storage::WeeklyRecord>& records);
    void updateReviewLine();

    storage::Session& m_session;
    WeeklyReviewRunner* m_runner;
    WeeklyReviewModel* m_model;
    QComboBox* m_kind;
    QComboBox* m_periods;
    // The day the office's week begins on, as the last report said (the setting is read off the GUI thread).
    int m_firstDay = Qt::Monday;
    int m_defaultPeriod = 0; // the list's default: the last full week below the week going on, or the current month
    QComboBox* m_area = nullptr;
    QPushButton* m_refresh;
    QPushButton* m_mark = nullptr;
    bool m_reportShown = false;
    QLabel* m_title;
    QLabel* m_message;
    QPushButton* m_exportPdf;
    QPushButton* m_print;
    QPushButton* m_exportXlsx;
    QLabel* m_reviewLine;
    QLabel* m_equity = nullptr; // the area summary's customer equity and its change
    FrozenColumnTableView* m_table;
    QTabWidget* m_tabs;
    WeeklyReviewChartsPanel* m_charts;
    QLabel* m_hint;
    QDialog* m_drillDown = nullptr;
    RecordTableModel* m_drillDownModel = nullptr;
    int m_drillColumn = -1;
    QString m_pendingReviewName;
};

} // namespace carddesk::gui
