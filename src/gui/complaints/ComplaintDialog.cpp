#include "gui/complaints/ComplaintDialog.h"

#include "gui/common/ErrorText.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/Labels.h"
#include "gui/common/PageLoader.h"
#include "gui/complaints/ComplaintLabels.h"
#include "storage/access/Session.h"
#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/ComplaintDeadline.h"
#include "storage/repositories/ComplaintRepository.h"
#include "storage/repositories/ContactRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace carddesk::gui {

ComplaintDialog::ComplaintDialog(storage::Session& session, QWidget* parent, StorageWorker* worker)
    : QDialog(parent), m_session(session), m_search(new QLineEdit(this)), m_customer(new QComboBox(this)),
      m_contact(new QComboBox(this)), m_channel(new QComboBox(this)), m_category(new QComboBox(this)),
      m_level(new QComboBox(this)), m_received(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_deadline(new QLabel(this)), m_description(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    m_categoryLoader = new PageLoader(session, worker, this, m_category);
    m_customerLoader = new PageLoader(session, worker, this, m_customer);
    m_contactLoader = new PageLoader(session, worker, this, m_contact);
    setWindowTitle(tr("New complaint"));
    setObjectName(QStringLiteral("ComplaintDialog"));
    m_search->setPlaceholderText(tr("Search your customers by name, pinyin or phone"));
    m_search->setClearButtonEnabled(true);
    m_customer->setObjectName(QStringLiteral("customerCombo"));
    m_customer->setMinimumContentsLength(28);
    m_channel->addItem(tr("(not given)"), QString());
    for (const QString& channel : Labels::channels())
        m_channel->addItem(Labels::channel(channel), channel);
    m_channel->setCurrentIndex(m_channel->findData(QStringLiteral("phone")));
    m_category->addItem(tr("(no category)"), 0);
    m_categoryLoader->load<std::vector<core::ComplaintCategory>>(
        [](storage::Session& s) { return storage::ComplaintRepository(s).categories(); },
        [this](core::Result<std::vector<core::ComplaintCategory>> categories) {
            if (!categories)
                return;
            for (const core::ComplaintCategory& category : *categories)
                m_category->addItem(ComplaintLabels::category(category.name), category.id);
        });
    for (int level = 1; level <= 4; ++level)
        m_level->addItem(ComplaintLabels::level(level), level);
    m_received->setCalendarPopup(true);
    m_received->setMaximumDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_description->setPlaceholderText(tr("What the customer complains about, in their words"));
    m_description->setMinimumHeight(90);
    m_error->setStyleSheet(QStringLiteral("color: #b01e14"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout(this);
    form->addRow(tr("Find customer:"), m_search);
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Received:"), m_received);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(tr("Description:"), m_description);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ComplaintDialog::search);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &ComplaintDialog::loadContacts);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ComplaintDialog::updateDeadline);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &ComplaintDialog::updateDeadline);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
    updateDeadline();
    resize(560, sizeHint().height());
}

void ComplaintDialog::search()
{
    storage::CustomerQuery query;
    query.search = m_search->text().trimmed();
    query.limit = 100;
    // Typing searches on: only the newest answer fills the list (PageLoader drops the others).
    m_customerLoader->load<std::vector<storage::CustomerListRow>>(
        [query](storage::Session& s) { return storage::CustomerListQueries(s).list(query); },
        [this](core::Result<std::vector<storage::CustomerListRow>> rows) {
            const QSignalBlocker blocker(m_customer);
            m_customer->clear();
            if (rows) {
                for (const storage::CustomerListRow& row : *rows)
                    m_customer->addItem(QStringLiteral("%1  %2").arg(row.name, row.code), row.id);
            }
            if (m_wantedCustomer > 0) {
                const int index = m_customer->findData(m_wantedCustomer);
                if (index >= 0)
                    m_customer->setCurrentIndex(index);
                m_wantedCustomer = 0;
            }
            loadContacts();
        });
}

bool ComplaintDialog::setCustomer(qint64 customerId, const QString& searchText)
{
    m_wantedCustomer = customerId;
    m_search->setText(searchText); // searches (at once without a worker)
    if (m_customerLoader->isLoading())
        return true; // picked when the answer comes
    m_wantedCustomer = 0;
    const int index = m_customer->findData(customerId);
    if (index < 0)
        return false;
    m_customer->setCurrentIndex(index);
    return true;
}

bool ComplaintDialog::isLoading() const
{
    return m_categoryLoader->isLoading() || m_customerLoader->isLoading() || m_contactLoader->isLoading();
}

void ComplaintDialog::loadContacts()
{
    m_contact->clear();
    m_contact->addItem(tr("(no particular contact)"), 0);
    const qint64 customerId = m_customer->currentData().toLongLong();
    if (customerId <= 0)
        return;
    m_contactLoader->load<std::vector<core::Contact>>(
        [customerId](storage::Session& s) { return storage::ContactRepository(s).listForCustomer(customerId); },
        [this, customerId](core::Result<std::vector<core::Contact>> list) {
            if (!list || m_customer->currentData().toLongLong() != customerId)
                return;
            for (const core::Contact& contact : *list)
                m_contact->addItem(contact.title.isEmpty() ? contact.name
                                                           : QStringLiteral("%1 (%2)").arg(contact.name, contact.title),
                                   contact.id);
        });
}

void ComplaintDialog::setCategory(const QString& name)
{
    const int index = m_category->findText(ComplaintLabels::category(name));
    if (index >= 0)
        m_category->setCurrentIndex(index);
}

void ComplaintDialog::setLevel(int level)
{
    const int index = m_level->findData(level);
    if (index >= 0)
        m_level->setCurrentIndex(index);
}

void ComplaintDialog::setChannel(const QString& channel)
{
    const int index = m_channel->findData(channel);
    if (index >= 0)
        m_channel->setCurrentIndex(index);
}

void ComplaintDialog::setDescription(const QString& text)
{
    m_description->setPlainText(text);
}

QDateTime ComplaintDialog::deadline() const
{
    return storage::ComplaintDeadline::deadlineFor(m_session.db(), m_received->dateTime().toUTC(),
                                                   m_level->currentData().toInt());
}

QString ComplaintDialog::deadlineText() const
{
    return m_deadline->text();
}

void ComplaintDialog::updateDeadline()
{
    const int level = m_level->currentData().toInt();
    const int days = storage::ComplaintDeadline::daysForLevel(m_session.db(), level);
    m_deadline->setText(
        tr("%1 (%n day(s) for this level)", nullptr, days).arg(DisplayDate::text(deadline().toLocalTime())));
}

QString ComplaintDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ComplaintDialog::submit()
{
    core::Complaint complaint;
    complaint.customerId = m_customer->currentData().toLongLong();
    complaint.contactId = m_contact->currentData().toLongLong();
    complaint.channel = m_channel->currentData().toString();
    complaint.categoryId = m_category->currentData().toLongLong();
    complaint.level = m_level->currentData().toInt();
    complaint.description = m_description->toPlainText().trimmed();
    complaint.receivedAt = m_received->dateTime().toUTC();
    if (complaint.customerId <= 0) {
        m_error->setText(tr("Choose the customer who complains."));
        m_error->show();
        return false;
    }
    if (complaint.description.isEmpty()) {
        m_error->setText(tr("Describe the complaint."));
        m_error->show();
        m_description->setFocus();
        return false;
    }
    storage::ComplaintRepository repository(m_session);
    auto created = repository.create(complaint);
    if (!created) {
        m_error->setText(tr("The complaint could not be saved: %1").arg(ErrorText::sentence(created.error())));
        m_error->show();
        return false;
    }
    m_saved = *created;
    accept();
    return true;
}

} // namespace carddesk::gui
