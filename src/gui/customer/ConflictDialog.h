#pragma once

#include "core/Customer.h"

#include <QDialog>

namespace carddesk::gui {

// Shown when a save meets a newer version of the card saved elsewhere: both versions side by side, and the
// user chooses. Tests answer it in advance with setNextChoice().
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        Cancel,
        KeepMine,
        TakeTheirs
    };

    ConflictDialog(const core::Customer& original, const core::Customer& mine, const core::Customer& theirs,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

    static Choice ask(const core::Customer& original, const core::Customer& mine, const core::Customer& theirs,
                      QWidget* parent);
    static void setNextChoice(Choice choice);
    // How many fields the last dialog listed (asked or answered in advance), for tests.
    static int lastDifferenceCount();

private:
    Choice m_choice = Cancel;
};

} // namespace carddesk::gui
