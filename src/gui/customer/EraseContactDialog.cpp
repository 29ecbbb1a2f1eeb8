#include "gui/customer/EraseContactDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace carddesk::gui {

EraseContactDialog::EraseContactDialog(const core::Contact& contact, const QString& customerName, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Erase a person's data"));
    auto* layout = new QVBoxLayout(this);
    QStringList details;
    for (const QString& value : {contact.phone, contact.mobile, contact.email})
        if (!value.isEmpty())
            details << value.toHtmlEscaped();
    auto* question =
        new QLabel(tr("Erase <b>%1</b>, contact of %2, from this office?")
                           .arg(contact.name.toHtmlEscaped(), customerName.toHtmlEscaped()) +
                       (details.isEmpty() ? QString() : QStringLiteral("<br>") + details.join(QStringLiteral(" · "))),
                   this);
    question->setWordWrap(true);
    layout->addWidget(question);
    auto* what = new QLabel(
        tr("What goes:") + QStringLiteral("<ul><li>") + tr("the contact: name, role, phones, e-mail, birthday, notes") +
            QStringLiteral("</li><li>") + tr("their values in the change history (the rows stay, marked erased)") +
            QStringLiteral("</li><li>") + tr("their entries in the search index") + QStringLiteral("</li><li>") +
            tr("the links to them from interactions and complaints (the texts stay)") + QStringLiteral("</li></ul>") +
            tr("What stays: that an erasure happened, by whom and when. Backups made "
               "before today still hold the person; texts typed about them (an "
               "interaction's summary) are not searched out."),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_understood = new QCheckBox(tr("I understand that this cannot be undone"), this);
    layout->addWidget(m_understood);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("Erase"), QDialogButtonBox::DestructiveRole);
    m_erase->setEnabled(false);
    m_erase->setAutoDefault(false);
    connect(m_understood, &QCheckBox::toggled, m_erase, &QPushButton::setEnabled);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace carddesk::gui
