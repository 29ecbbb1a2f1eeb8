#include "gui/customer/InteractionDialog.h"

#include "gui/common/ErrorText.h"

#include "gui/common/Labels.h"
#include "gui/common/PageLoader.h"
#include "storage/access/Session.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/InteractionRepository.h"
#include "ui_InteractionDialog.h"

#include <QPushButton>

namespace carddesk::gui {

InteractionDialog::InteractionDialog(storage::Session& session, qint64 customerId, const QString& customerName,
                                     QWidget* parent, StorageWorker* worker)
    : QDialog(parent), m_ui(std::make_unique<Ui::InteractionDialog>()), m_session(session), m_customerId(customerId)
{
    m_ui->setupUi(this);
    m_contacts = new PageLoader(session, worker, this, m_ui->contactCombo);
    m_ui->customerLabel->setText(customerName);
    for (const QString& channel : Labels::channels())
        m_ui->channelCombo->addItem(Labels::channel(channel), channel);
    m_ui->whenEdit->setDateTime(QDateTime::currentDateTime());
    m_ui->contactCombo->addItem(tr("(no particular contact)"), 0);
    m_contacts->load<std::vector<core::Contact>>(
        [customerId](storage::Session& s) { return storage::ContactRepository(s).listForCustomer(customerId); },
        [this](core::Result<std::vector<core::Contact>> list) {
            if (!list)
                return; // no particular contact, then
            for (const core::Contact& contact : *list) {
                const QString text =
                    contact.title.isEmpty() ? contact.name : QStringLiteral("%1 (%2)").arg(contact.name, contact.title);
                m_ui->contactCombo->addItem(text, contact.id);
            }
        });
    m_ui->followUpEdit->setDate(QDate::currentDate().addDays(7));
    m_ui->followUpEdit->setEnabled(false);
    m_ui->errorLabel->hide();
    m_ui->summaryEdit->setPlaceholderText(tr("What was discussed, what was agreed"));
    connect(m_ui->followUpCheck, &QCheckBox::toggled, m_ui->followUpEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InteractionDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The summary is what the user types most: start there, the channel defaults to a phone call.
    m_ui->summaryEdit->setFocus();
}

InteractionDialog::~InteractionDialog() = default;

bool InteractionDialog::isLoading() const
{
    return m_contacts->isLoading();
}

void InteractionDialog::setChannel(const QString& channel)
{
    const int index = m_ui->channelCombo->findData(channel);
    if (index >= 0)
        m_ui->channelCombo->setCurrentIndex(index);
}

void InteractionDialog::setSummary(const QString& summary)
{
    m_ui->summaryEdit->setPlainText(summary);
}

void InteractionDialog::setFollowUp(const QDate& date)
{
    m_ui->followUpCheck->setChecked(date.isValid());
    if (date.isValid())
        m_ui->followUpEdit->setDate(date);
}

void InteractionDialog::setOccurredAt(const QDateTime& when)
{
    m_ui->whenEdit->setDateTime(when);
}

QString InteractionDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool InteractionDialog::submit()
{
    core::Interaction interaction;
    interaction.customerId = m_customerId;
    interaction.contactId = m_ui->contactCombo->currentData().toLongLong();
    interaction.channel = m_ui->channelCombo->currentData().toString();
    interaction.occurredAt = m_ui->whenEdit->dateTime();
    interaction.summary = m_ui->summaryEdit->toPlainText().trimmed();
    if (m_ui->followUpCheck->isChecked())
        interaction.nextFollowUp = m_ui->followUpEdit->date();
    if (interaction.summary.isEmpty()) {
        m_ui->errorLabel->setText(tr("Write a short summary of the interaction."));
        m_ui->errorLabel->show();
        m_ui->summaryEdit->setFocus();
        return false;
    }
    auto saved = m_saver ? m_saver(interaction) : storage::InteractionRepository(m_session).create(interaction);
    if (!saved) {
        m_ui->errorLabel->setText(tr("The interaction was not saved: %1").arg(ErrorText::sentence(saved.error())));
        m_ui->errorLabel->show();
        return false;
    }
    m_saved = *saved;
    accept();
    return true;
}

} // namespace carddesk::gui
