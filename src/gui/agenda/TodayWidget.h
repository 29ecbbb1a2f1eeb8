#pragma once

#include "core/AgendaItem.h"
#include "core/User.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class StorageWorker;
class VisitSheetOutput;

// "Today" (issue 14): the rep's first page — follow-ups, visits, complaints, receivables and slipping customers,
// each kind a section with its count. Read on the window's storage worker, never on the GUI thread. A line opens
// its card (double-click, Enter) or is acted on in place: log a call, complete or cancel a visit, plan a visit.
// Managers and the administrator see their own day and may pick a user they can see. The visit sheet prints or
// saves the cards of that user's visits of the day or the week.
class TodayWidget : public QWidget
{
    Q_OBJECT

public:
    TodayWidget(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    // Reads the day again (off the GUI thread); the rows stay until the answer is in.
    void reload();
    bool isLoading() const { return m_pending > 0; }
    const std::vector<core::AgendaItem>& items() const { return m_items; }
    int overdueCount() const;
    QTreeWidget* tree() const { return m_tree; }
    QComboBox* userPicker() const { return m_user; }
    // Selects the line of `kind` about `recordId` (tests, and the page after an action).
    bool selectItem(const QString& kind, qint64 recordId);

    // The actions on the selected line; false when it does not apply or the user cancelled.
    bool logCall();
    bool completeVisit();
    bool cancelVisit();
    bool planVisit();
    // The visit sheet of the picked user's visits, today or today and the 6 days after (a week): printed through a
    // preview or saved as a PDF (VisitSheetOutput).
    void printVisitSheet(bool week);
    void saveVisitSheet(bool week);
    VisitSheetOutput* visitSheet() const { return m_sheet; }
    QPushButton* visitSheetButton() const { return m_sheetButton; }

    // A section's title in the user's language, by the agenda's kind code.
    static QString sectionTitle(const QString& kind);

signals:
    void openCustomer(qint64 customerId);
    void statusMessage(const QString& message);
    // The day was read: `total` lines, `overdue` of them late (the navigation shows them).
    void loaded(int total, int overdue);
    // Something was written from the page (a call, a visit): other pages may show it.
    void dataChanged();

private:
    void fill(std::vector<core::AgendaItem> items);
    void loadUsers();
    void updateButtons();
    const core::AgendaItem* selected() const;
    void afterWrite(const QString& message);

    storage::Session& m_session;
    StorageWorker* m_worker;
    QLabel* m_title;
    QComboBox* m_user;
    QLabel* m_note;
    QTreeWidget* m_tree;
    QPushButton* m_open;
    QPushButton* m_call;
    QPushButton* m_complete;
    QPushButton* m_cancel;
    QPushButton* m_plan;
    QPushButton* m_sheetButton;
    VisitSheetOutput* m_sheet;
    std::vector<core::AgendaItem> m_items;
    qint64 m_userId = 0;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace carddesk::gui
