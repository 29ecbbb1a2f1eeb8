#pragma once

#include <QDialog>

class QComboBox;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class StorageWorker;

// Picks the rep a customer is assigned to (managers: reps of their area; admins: everyone).
// Tests answer it in advance with setNextUserId().
class ReassignDialog : public QDialog
{
    Q_OBJECT

public:
    // Given the window's StorageWorker, the users are read on it; OK waits for them.
    ReassignDialog(storage::Session& session, qint64 currentOwnerId, QWidget* parent = nullptr,
                   StorageWorker* worker = nullptr);
    bool isLoading() const;

    // Shows the dialog (or takes the answer given in advance); true when a rep was chosen.
    bool ask();
    qint64 selectedUserId() const { return m_selected; }

    static void setNextUserId(qint64 userId);

private:
    QComboBox* m_users;
    PageLoader* m_loader;
    qint64 m_selected = 0;
};

} // namespace carddesk::gui
