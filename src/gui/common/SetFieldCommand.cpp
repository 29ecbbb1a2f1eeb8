#include "gui/common/SetFieldCommand.h"

namespace carddesk::gui {

SetFieldCommand::SetFieldCommand(Apply apply, CustomerFields::Field field, QVariant oldValue, QVariant newValue,
                                 int editSession)
    : m_apply(std::move(apply)), m_field(field), m_old(std::move(oldValue)), m_new(std::move(newValue)),
      m_session(editSession)
{
    setText(QCoreApplication::translate("SetFieldCommand", "Edit %1").arg(CustomerFields::label(field)));
}

void SetFieldCommand::undo()
{
    m_apply(m_field, m_old);
}

void SetFieldCommand::redo()
{
    m_apply(m_field, m_new);
}

bool SetFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetFieldCommand*>(other);
    if (next->m_field != m_field || next->m_session != m_session)
        return false;
    m_new = next->m_new;
    // Typing back to the saved value leaves nothing to undo.
    if (m_new == m_old)
        setObsolete(true);
    return true;
}

} // namespace carddesk::gui
