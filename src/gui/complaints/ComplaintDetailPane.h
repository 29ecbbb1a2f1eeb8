#pragma once

#include "core/ComplaintHistoryEntry.h"
#include "storage/queries/ComplaintQueries.h"

#include <QWidget>

#include <vector>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class StorageWorker;

// One complaint: its fields, the history timeline (who moved it when, with the note) and one button for each
// move the workflow allows from its status, plus "Record satisfaction…" once it is resolved. Writes go through
// ComplaintRepository; errors are shown, never swallowed. Emits changed() after every successful write. Given the
// window's StorageWorker, the complaint, its contact and its history are read there (without: at once, in tests).
class ComplaintDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintDetailPane(storage::Session& session, QWidget* parent = nullptr, StorageWorker* worker = nullptr);

    // Shows `row` (re-read from the database for the latest status); clear() for none.
    void showComplaint(const storage::ComplaintListRow& row);
    void clear();
    qint64 complaintId() const { return m_row.complaint.id; }
    const core::Complaint& complaint() const { return m_row.complaint; }

    // The statuses the action buttons currently offer, in workflow order; for tests and the shell.
    QStringList offeredTransitions() const;
    QPushButton* actionButton(const QString& status) const;
    QPushButton* satisfactionButton() const { return m_satisfactionButton; }
    QTreeWidget* timeline() const { return m_timeline; }
    PageLoader* loader() const { return m_loader; }

    // Asks for a note (TextPrompt) and moves the complaint; closing without satisfaction asks for the reason
    // instead. False when cancelled or refused (the message says why).
    bool transitionTo(const QString& status);
    bool recordSatisfaction(int score, const QString& comment);

signals:
    void changed(qint64 complaintId);
    void statusMessage(const QString& message);

private:
    void reload();
    void fill(const QString& contact, const std::vector<core::ComplaintHistoryEntry>& history);
    void askSatisfaction();
    void showError(const QString& title, const QString& message);

    storage::Session& m_session;
    PageLoader* m_loader;
    storage::ComplaintListRow m_row;
    QLabel* m_title;
    QLabel* m_fields;
    QLabel* m_description;
    QTreeWidget* m_timeline;
    QHBoxLayout* m_actions;
    QPushButton* m_satisfactionButton;
    std::vector<QPushButton*> m_actionButtons;
};

} // namespace carddesk::gui
