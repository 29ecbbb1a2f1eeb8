#pragma once

#include "core/Contact.h"
#include "core/Customer.h"
#include "gui/customer/CustomerFields.h"

#include <QUndoStack>
#include <QWidget>

#include <array>
#include <vector>

class QLabel;
class QTabWidget;
class QPushButton;
class QGridLayout;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class RecordTableModel;
class ValueRiskPanel;

// The customer archive card (客户资料卡): basic, detailed, evaluation and relationship sections edited in place,
// each edit a command on one undo stack, validated as the user types with the message beside the field. Saving
// goes through CustomerRepository; a stale row_version opens the ConflictDialog. Child records (contacts,
// orders, receivables, history) sit in tabs below and are saved by their own dialogs.
class CustomerCardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerCardWidget(storage::Session& session, QWidget* parent = nullptr);
    ~CustomerCardWidget() override;

    // Reads the card (the opening is written to the access log). False and a message when it cannot be read.
    bool loadCustomer(qint64 customerId);
    // An empty card for the session's user; saved with create().
    void newCustomer();
    bool save();
    // Asks to save or discard unsaved changes; false when the user cancels.
    bool maybeClose();
    // Re-reads the card from the database, dropping unsaved changes (after a reassign, for instance).
    void reload();

    bool isModified() const;
    bool hasCustomer() const { return m_hasCustomer; }
    qint64 customerId() const { return m_current.id; }
    const core::Customer& customer() const { return m_current; }
    QString title() const;
    QUndoStack* undoStack() { return &m_undoStack; }
    QTabWidget* tabs() const { return m_tabs; }
    ValueRiskPanel* valueRisk() const { return m_valueRisk; }

    // Widgets by field, for the shell's focus handling and for tests.
    QWidget* editor(CustomerFields::Field field) const { return m_editors[field]; }
    QLabel* errorLabel(CustomerFields::Field field) const { return m_errors[field]; }

    // Used by SetFieldCommand: sets the value in the card and in its editor.
    void applyField(CustomerFields::Field field, const QVariant& value);

    // Rebuilds the child-record tabs and re-reads the score (after an interaction was logged elsewhere, or a
    // rescoring run, for instance).
    void refreshSections();

signals:
    void saved(qint64 customerId);
    void modifiedChanged(bool modified);
    void titleChanged(const QString& title);
    void statusMessage(const QString& message);
    void logInteractionRequested();
    void planVisitRequested();
    void customerDeleted(qint64 customerId);

private:
    void buildUi();
    QWidget* createEditor(CustomerFields::Field field);
    QWidget* fieldCell(CustomerFields::Field field);
    void setEditorValue(CustomerFields::Field field, const QVariant& value);
    void onEdited(CustomerFields::Field field, const QVariant& value);
    void endEditSession();
    bool validate();
    void setLoaded(const core::Customer& customer);
    bool resolveConflict();
    // Asks before saving a card whose name or phone matches another customer's; true to go on.
    bool confirmNotADuplicate();
    void updateHeader();
    void updateModified();
    void reassign();
    void editContact(int row); // -1: a new contact
    void removeContact(int row);
    void eraseContact(int row);
    void toggleArchived();
    void deleteCustomer();
    static QString timelineKind(const QString& kind);
    static QString changedField(const QString& table, const QString& field);

    storage::Session& m_session;
    core::Customer m_original;
    core::Customer m_current;
    bool m_hasCustomer = false;
    bool m_applying = false;
    bool m_lastModified = false;
    int m_editSession = 0;
    QUndoStack m_undoStack;
    std::array<QWidget*, CustomerFields::FieldCount> m_editors{};
    std::array<QLabel*, CustomerFields::FieldCount> m_errors{};
    QLabel* m_titleLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    QLabel* m_ownerLabel = nullptr;
    QLabel* m_referredLabel = nullptr;
    QLabel* m_modifiedLabel = nullptr;
    QPushButton* m_reassignButton = nullptr;
    QPushButton* m_archiveButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QDateTime m_archivedAt; // invalid: not archived
    QTabWidget* m_tabs = nullptr;
    ValueRiskPanel* m_valueRisk = nullptr;
    RecordTableModel* m_contactsModel = nullptr;
    std::vector<core::Contact> m_contacts;
};

} // namespace carddesk::gui
