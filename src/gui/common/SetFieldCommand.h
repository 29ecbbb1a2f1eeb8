#pragma once

#include "gui/customer/CustomerFields.h"

#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace carddesk::gui {

// One field change of a card before it is saved. Keystrokes in the same field merge into one command while the
// user stays in that field (same edit session), so undo takes back a word typed, not a letter.
class SetFieldCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(CustomerFields::Field, const QVariant&)>;

    SetFieldCommand(Apply apply, CustomerFields::Field field, QVariant oldValue, QVariant newValue, int editSession);

    void undo() override;
    void redo() override;
    int id() const override { return 0x43440001; }
    bool mergeWith(const QUndoCommand* other) override;

    CustomerFields::Field field() const { return m_field; }

private:
    Apply m_apply;
    CustomerFields::Field m_field;
    QVariant m_old;
    QVariant m_new;
    int m_session;
};

} // namespace carddesk::gui
