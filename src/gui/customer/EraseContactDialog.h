#pragma once

#include "core/Contact.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace carddesk::gui {

// The confirmation of erasing a person (PIPL, administrator only): names the person and the customer, says what
// goes (the contact, their values in the change history, the search index, the links from interactions and
// complaints) and what stays (that an erasure happened; free text that mentions them; backups made before). The
// Erase button is enabled only once "I understand" is ticked.
class EraseContactDialog : public QDialog
{
    Q_OBJECT

public:
    EraseContactDialog(const core::Contact& contact, const QString& customerName, QWidget* parent = nullptr);

    QCheckBox* understood() const { return m_understood; }
    QPushButton* eraseButton() const { return m_erase; }

private:
    QCheckBox* m_understood = nullptr;
    QPushButton* m_erase = nullptr;
};

} // namespace carddesk::gui
