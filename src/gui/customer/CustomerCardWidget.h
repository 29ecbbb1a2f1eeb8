#pragma once

#include "core/Customer.h"
#include "core/Result.h"
#include "gui/common/DataChanges.h"
#include "gui/customer/CustomerFields.h"

#include <QDateTime>
#include <QUndoStack>
#include <QWidget>

#include <vector>

class QLabel;
class QTabWidget;
class QPushButton;

namespace carddesk::storage {
class Session;
struct CustomerAttachments;
} // namespace carddesk::storage

namespace carddesk::gui {

class CardTab;
class ChangeHistoryTab;
class CrossSellTab;
class ContactsTab;
class CustomerCardForm;
class OrdersTab;
class ReceivablesTab;
class ServiceHistoryTab;
class SurveysTab;
class StageHistoryPanel;
class StorageWorker;
class VisitSheetOutput;
class ValueRiskPanel;

// The customer archive card (客户资料卡): a header (name, code, state; archive and delete) over the
// CustomerCardForm and one tab per kind of child record (contacts, products and orders, receivables, service
// history, stage history, change history), each reading its own rows. The card and its tabs are read through the
// window's StorageWorker, never on the GUI thread; the form stays disabled until the card arrives. Saving goes
// through CustomerRepository on the session; a stale row_version opens the ConflictDialog. What the card writes
// is announced on DataChanges, and a change that touches the shown customer re-reads the tabs (and the form,
// unless it holds unsaved edits).
class CustomerCardWidget : public QWidget
{
    Q_OBJECT

public:
    // What the card shows above and beside the fields, read in one go.
    struct Snapshot
    {
        core::Customer customer;
        QString ownerName;    // empty: unassigned
        QString referredName; // empty: nobody
        QDateTime archivedAt; // invalid: not archived
    };

    // Without a worker (tests of the card alone) the card reads on the session at once.
    explicit CustomerCardWidget(storage::Session& session, QWidget* parent = nullptr, StorageWorker* worker = nullptr,
                                DataChanges* changes = nullptr);
    ~CustomerCardWidget() override;

    // Starts reading the card (the opening is written to the access log); the form is disabled until it comes.
    // A card that cannot be read says why (loadFailed()). Without a worker the answer is the read's own.
    bool loadCustomer(qint64 customerId);
    // An empty card for the session's user; saved with create().
    void newCustomer();
    bool save();
    // Asks to save or discard unsaved changes; false when the user cancels.
    bool maybeClose();
    // Re-reads the card from the database, dropping unsaved changes (after a reassign, for instance).
    void reload();
    // Re-reads the child-record tabs and the score.
    void refreshSections();

    bool isModified() const;
    // True from the moment a card is asked for: the shell shows the card page while it loads.
    bool hasCustomer() const;
    // The card or one of its tabs is still being read.
    bool isLoading() const;
    qint64 customerId() const;
    // A customer is being read: until it arrives, customerId() and customer() are still the previous card's.
    bool isOpening() const { return m_loadingId > 0; }
    const core::Customer& customer() const;
    QString title() const;
    QUndoStack* undoStack();
    QTabWidget* tabs() const { return m_tabs; }
    ValueRiskPanel* valueRisk() const { return m_valueRisk; }
    CustomerCardForm* form() const { return m_form; }
    ContactsTab* contactsTab() const { return m_contacts; }
    ServiceHistoryTab* serviceHistoryTab() const { return m_serviceHistory; }
    CrossSellTab* crossSellTab() const { return m_crossSell; }
    SurveysTab* surveysTab() const { return m_surveys; }
    QLabel* busyLabel() const { return m_busyLabel; }

    // Widgets by field, for the shell's focus handling and for tests.
    QWidget* editor(CustomerFields::Field field) const;
    QLabel* errorLabel(CustomerFields::Field field) const;
    // Used by SetFieldCommand: sets the value in the card and in its editor.
    void applyField(CustomerFields::Field field, const QVariant& value);

    // The card on paper or as a PDF (VisitSheetOutput: read on the worker, logged); false when no card is ready.
    bool printCard();
    bool saveCardPdf();
    VisitSheetOutput* cardOutput() const { return m_cardOutput; }
    QPushButton* printButton() const { return m_printButton; }

    // Reads what the card shows of one customer (on the worker's session); logAccess writes the opening.
    static core::Result<Snapshot> readSnapshot(storage::Session& session, qint64 customerId, bool logAccess);

signals:
    void saved(qint64 customerId);
    void modifiedChanged(bool modified);
    void titleChanged(const QString& title);
    void statusMessage(const QString& message);
    void logInteractionRequested();
    void planVisitRequested();
    void customerDeleted(qint64 customerId);
    void loadingChanged(bool loading);
    void loadFailed(qint64 customerId);
    // Another customer's card asked for (from the cross-sell list).
    void openCustomerRequested(qint64 customerId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void addTab(CardTab* tab, const QString& title);
    void setLoaded(const Snapshot& snapshot, bool readTabs = true);
    void updateLoading();
    bool finishLoad(int generation, core::Result<Snapshot> snapshot);
    // Re-reads the header and form in the background; shown only when it changed and nothing is being edited.
    void refreshCard();
    void onDataChanged(Entity entity, const QList<qint64>& ids);
    void announce(Entity entity, const QList<qint64>& ids);
    void setBusy(int delta);
    bool resolveConflict();
    // Asks before saving a card whose name or phone matches another customer's; true to go on.
    bool confirmNotADuplicate();
    void updateHeader();
    void updateModified();
    void reassign();
    void toggleArchived();
    void deleteCustomer();
    void confirmDelete(qint64 id, core::Result<storage::CustomerAttachments> attachments);

    storage::Session& m_session;
    StorageWorker* m_worker;
    DataChanges* m_changes;
    CustomerCardForm* m_form = nullptr;
    bool m_lastModified = false;
    qint64 m_loadingId = 0; // > 0: a card was asked for and has not come yet
    int m_loadGeneration = 0;
    int m_refreshGeneration = 0;
    int m_pending = 0; // card reads out (the tabs count their own)
    Snapshot m_shown;  // the header as last read (its customer is the form's original)
    bool m_wasLoading = false;
    bool m_stale = false; // a change came while the card was hidden: read again when shown
    QLabel* m_titleLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    QLabel* m_busyLabel = nullptr;
    QLabel* m_modifiedLabel = nullptr;
    QPushButton* m_archiveButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_printButton = nullptr;
    VisitSheetOutput* m_cardOutput = nullptr;
    QTabWidget* m_tabs = nullptr;
    ValueRiskPanel* m_valueRisk = nullptr;
    ContactsTab* m_contacts = nullptr;
    OrdersTab* m_orders = nullptr;
    ReceivablesTab* m_receivables = nullptr;
    ServiceHistoryTab* m_serviceHistory = nullptr;
    SurveysTab* m_surveys = nullptr;
    StageHistoryPanel* m_stages = nullptr;
    ChangeHistoryTab* m_changeHistory = nullptr;
    CrossSellTab* m_crossSell = nullptr;
    std::vector<CardTab*> m_cardTabs;
};

} // namespace carddesk::gui
