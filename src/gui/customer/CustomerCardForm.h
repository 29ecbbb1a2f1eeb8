#pragma once

#include "core/Customer.h"
#include "gui/customer/CustomerFields.h"

#include <QUndoStack>
#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace carddesk::gui {

// The card's own fields (客户资料卡): basic, detailed, evaluation and relationship sections edited in place, each
// edit a command on one undo stack, validated as the user types with the message beside the field. It holds the
// customer as read and as edited; reading and saving are the CustomerCardWidget's.
class CustomerCardForm : public QWidget
{
    Q_OBJECT

public:
    // sidePanel (the value and risk panel) goes top right, beside the basic information.
    CustomerCardForm(QWidget* sidePanel, bool mayReassign, QWidget* parent = nullptr);
    ~CustomerCardForm() override;

    // Shows this customer as read: no edits, an empty undo stack.
    void setCustomer(const core::Customer& customer);
    // No customer: nothing to edit.
    void clearCustomer();
    // After a conflict: theirs becomes what was read, merged what is edited (the undo history goes).
    void rebase(const core::Customer& theirs, const core::Customer& merged);
    void setOwnerName(const QString& name);
    void setReferredName(const QString& name);

    bool hasCustomer() const { return m_hasCustomer; }
    const core::Customer& original() const { return m_original; }
    const core::Customer& current() const { return m_current; }
    bool isModified() const;
    // Shows the validator's messages beside the fields; true when there are none.
    bool validate();
    // Puts the focus on the first field with a message; false when there is none.
    bool focusFirstError();
    // A message from the storage for one field.
    void showFieldError(CustomerFields::Field field, const QString& message);
    // Ends the current typing run: the next keystroke starts a new undo command.
    void endEditSession();

    QUndoStack* undoStack() { return &m_undoStack; }
    QWidget* editor(CustomerFields::Field field) const { return m_editors[field]; }
    QLabel* errorLabel(CustomerFields::Field field) const { return m_errors[field]; }
    // Used by SetFieldCommand: sets the value in the card and in its editor.
    void applyField(CustomerFields::Field field, const QVariant& value);

signals:
    // A field's value changed (an edit, an undo): the header and the modified mark follow.
    void edited();
    void reassignRequested();

private:
    void buildUi(QWidget* sidePanel, bool mayReassign);
    QWidget* createEditor(CustomerFields::Field field);
    QWidget* fieldCell(CustomerFields::Field field);
    void setEditorValue(CustomerFields::Field field, const QVariant& value);
    void showValues();
    void onEdited(CustomerFields::Field field, const QVariant& value);

    core::Customer m_original;
    core::Customer m_current;
    bool m_hasCustomer = false;
    bool m_applying = false;
    int m_editSession = 0;
    QUndoStack m_undoStack;
    std::array<QWidget*, CustomerFields::FieldCount> m_editors{};
    std::array<QLabel*, CustomerFields::FieldCount> m_errors{};
    QLabel* m_ownerLabel = nullptr;
    QLabel* m_referredLabel = nullptr;
    QPushButton* m_reassignButton = nullptr;
};

} // namespace carddesk::gui
