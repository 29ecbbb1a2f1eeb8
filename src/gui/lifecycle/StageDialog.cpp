#include "gui/lifecycle/StageDialog.h"

#include "gui/common/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace carddesk::gui {

StageDialog::StageDialog(const QString& customerName, const QString& currentStage, QWidget* parent)
    : QDialog(parent), m_stage(new QComboBox(this)), m_reason(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Set stage"));
    for (const QString& stage : Labels::stages())
        m_stage->addItem(Labels::stage(stage), stage);
    setStage(currentStage);
    m_reason->setPlaceholderText(tr("Why the scoring's stage is not right for this customer"));
    m_reason->setMaximumHeight(100);
    m_error->setStyleSheet(QStringLiteral("color: #b01e14"));
    m_error->hide();
    auto* form = new QFormLayout(this);
    form->addRow(tr("Customer:"), new QLabel(customerName, this));
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StageDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, sizeHint().height());
}

QString StageDialog::stage() const
{
    return m_stage->currentData().toString();
}

QString StageDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void StageDialog::setStage(const QString& stage)
{
    const int index = m_stage->findData(stage);
    if (index >= 0)
        m_stage->setCurrentIndex(index);
}

void StageDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

void StageDialog::check()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("Give the reason for setting the stage by hand."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    accept();
}

} // namespace carddesk::gui
