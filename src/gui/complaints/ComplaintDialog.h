#pragma once

#include "core/Complaint.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class StorageWorker;

// Records a new complaint (客户投诉): customer (searched within the user's scope), contact, channel, category,
// level, description, received time; shows the deadline the level gives before saving.
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    // Given the window's StorageWorker, the dialog's reads (categories, the customer search, contacts) run on it.
    explicit ComplaintDialog(storage::Session& session, QWidget* parent = nullptr, StorageWorker* worker = nullptr);

    // Picks the customer (searching for it the way the user would); false when it is not in the user's scope.
    // With a worker the search answers later: the customer is picked when it arrives (true until then).
    bool setCustomer(qint64 customerId, const QString& searchText);
    bool isLoading() const;
    void setCategory(const QString& name);
    void setLevel(int level);
    void setChannel(const QString& channel);
    void setDescription(const QString& text);
    QDateTime deadline() const;
    QString deadlineText() const;
    QString errorText() const;
    QComboBox* customerCombo() const { return m_customer; }

    // Stores the complaint; on success the dialog is accepted and complaint() is the stored row.
    bool submit();
    const core::Complaint& complaint() const { return m_saved; }

private:
    void search();
    void loadContacts();
    void updateDeadline();

    storage::Session& m_session;
    QLineEdit* m_search;
    PageLoader* m_categoryLoader;
    PageLoader* m_customerLoader;
    PageLoader* m_contactLoader;
    qint64 m_wantedCustomer = 0; // setCustomer's pick, waiting for the search's answer
    QComboBox* m_customer;
    QComboBox* m_contact;
    QComboBox* m_channel;
    QComboBox* m_category;
    QComboBox* m_level;
    QDateTimeEdit* m_received;
    QLabel* m_deadline;
    QPlainTextEdit* m_description;
    QLabel* m_error;
    core::Complaint m_saved;
};

} // namespace carddesk::gui
