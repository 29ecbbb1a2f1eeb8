#include "gui/complaints/SatisfactionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace carddesk::gui {

SatisfactionDialog::SatisfactionDialog(QWidget* parent)
    : QDialog(parent), m_score(new QSpinBox(this)), m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("Customer satisfaction"));
    m_score->setRange(1, 5);
    m_score->setValue(4);
    m_score->setSuffix(tr(" of 5"));
    m_comment->setPlaceholderText(tr("What the customer said about the resolution"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Satisfaction:"), m_score);
    form->addRow(tr("Comment:"), m_comment);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

int SatisfactionDialog::score() const
{
    return m_score->value();
}

QString SatisfactionDialog::comment() const
{
    return m_comment->text().trimmed();
}

} // namespace carddesk::gui
