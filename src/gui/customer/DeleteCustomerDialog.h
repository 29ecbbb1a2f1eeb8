#pragma once

#include "storage/repositories/CustomerRemoval.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace carddesk::gui {

// The confirmation of deleting a customer: names the card and counts, per kind, what goes with it (contacts,
// interactions, orders …); says that archiving keeps it for the reports instead. Accepted only by the Delete
// button, which is not the default (Enter cancels).
class DeleteCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteCustomerDialog(const storage::CustomerAttachments& attachments, QWidget* parent = nullptr);

    // The per-kind lines as shown (tests).
    QStringList lines() const { return m_lines; }
    QPushButton* deleteButton() const { return m_delete; }

    // A kind of attached record (CustomerAttachments::counts) with its count, in the user's language.
    static QString countText(const QString& kind, int count);

private:
    QStringList m_lines;
    QPushButton* m_delete = nullptr;
};

} // namespace carddesk::gui
