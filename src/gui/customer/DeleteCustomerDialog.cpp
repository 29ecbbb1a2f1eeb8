#include "gui/customer/DeleteCustomerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace carddesk::gui {

QString DeleteCustomerDialog::countText(const QString& kind, int count)
{
    if (kind == QLatin1String("contacts"))
        return tr("%n contact(s)", nullptr, count);
    if (kind == QLatin1String("interactions"))
        return tr("%n interaction(s)", nullptr, count);
    if (kind == QLatin1String("visits"))
        return tr("%n visit(s)", nullptr, count);
    if (kind == QLatin1String("complaints"))
        return tr("%n complaint(s) and their history", nullptr, count);
    if (kind == QLatin1String("satisfaction_surveys"))
        return tr("%n satisfaction survey(s)", nullptr, count);
    if (kind == QLatin1String("orders"))
        return tr("%n order(s)", nullptr, count);
    if (kind == QLatin1String("receivables"))
        return tr("%n receivable(s)", nullptr, count);
    if (kind == QLatin1String("payments"))
        return tr("%n payment(s)", nullptr, count);
    if (kind == QLatin1String("lifecycle_history"))
        return tr("%n lifecycle change(s)", nullptr, count);
    if (kind == QLatin1String("customer_relations"))
        return tr("%n link(s) to other customers", nullptr, count);
    if (kind == QLatin1String("customer_products"))
        return tr("%n product(s) held", nullptr, count);
    if (kind == QLatin1String("scores"))
        return tr("the scores (%n)", nullptr, count);
    return QStringLiteral("%1 %2").arg(kind).arg(count);
}

DeleteCustomerDialog::DeleteCustomerDialog(const storage::CustomerAttachments& attachments, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Delete customer"));
    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(tr("Delete <b>%1</b> (%2) and everything attached to it? This cannot be undone.")
                                    .arg(attachments.name.toHtmlEscaped(), attachments.code.toHtmlEscaped()),
                                this);
    question->setWordWrap(true);
    layout->addWidget(question);
    for (const auto& [kind, count] : attachments.counts())
        if (count > 0)
            m_lines << countText(kind, count);
    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("deleteCounts"));
    what->setText(m_lines.isEmpty() ? tr("Nothing else is attached to the card.")
                                    : tr("These go with it:") + QStringLiteral("<ul><li>") +
                                          m_lines.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>"));
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* hint = new QLabel(tr("To take the customer out of the lists but keep it in the reports, archive it instead. "
                               "The change history keeps the card's code and name and these counts."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace carddesk::gui
