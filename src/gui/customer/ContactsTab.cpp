#include "gui/customer/ContactsTab.h"

#include "gui/common/CareLabels.h"
#include "gui/common/ErrorText.h"
#include "gui/common/MessageBox.h"
#include "gui/common/RecordTableModel.h"
#include "gui/customer/CardTables.h"
#include "gui/customer/ContactDialog.h"
#include "gui/customer/EraseContactDialog.h"
#include "gui/customer/PersonalDataExporter.h"
#include "storage/access/ContactErasure.h"
#include "storage/access/Session.h"
#include "storage/repositories/ContactRepository.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::gui {

using namespace CardTables;

ContactsTab::ContactsTab(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : CardTab(session, worker, parent),
      m_model(new RecordTableModel({tr("Name"), tr("Role"), tr("Phone"), tr("Mobile"), tr("E-mail"), tr("Birthday"),
                                    tr("Do not contact"), tr("Notes")},
                                   this)),
      m_view(makeTable(m_model, this))
{
    m_view->setObjectName(QStringLiteral("contactsTable"));
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add contact…"), this);
    auto* edit = new QPushButton(tr("Edit…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    if (session.isAdmin()) {
        // Erasing a person (PIPL) is the administrator's: it also blanks their values in the change history.
        auto* erase = new QPushButton(tr("Erase person…"), this);
        erase->setObjectName(QStringLiteral("eraseContactButton"));
        buttons->addWidget(erase);
        connect(erase, &QPushButton::clicked, this, [this] { eraseContact(m_view->currentIndex().row()); });
    }
    if (PersonalDataExporter::mayExport(session)) {
        // A person asks what the office holds about them (PIPL): everything, as a PDF to hand over or JSON.
        auto* exportData = new QPushButton(tr("Export person's data…"), this);
        exportData->setObjectName(QStringLiteral("exportContactDataButton"));
        buttons->addWidget(exportData);
        connect(exportData, &QPushButton::clicked, this, [this] { exportContactData(m_view->currentIndex().row()); });
    }
    buttons->addStretch();
    auto* note = noteLabel(tr("The primary contact is shown in bold."), this);
    note->setWordWrap(false); // one line beside the buttons, not a column of three
    buttons->addWidget(note);
    body()->addLayout(buttons);
    body()->addWidget(m_view, 1);
    connect(add, &QPushButton::clicked, this, [this] { editContact(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editContact(m_view->currentIndex().row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { editContact(index.row()); });
    connect(remove, &QPushButton::clicked, this, [this] { removeContact(m_view->currentIndex().row()); });
}

void ContactsTab::read(qint64 customerId)
{
    fetch<std::vector<core::Contact>>(
        [customerId](storage::Session& session) {
            return storage::ContactRepository(session).listForCustomer(customerId);
        },
        [this](core::Result<std::vector<core::Contact>> contacts) {
            if (!contacts) {
                emit statusMessage(tr("The contacts cannot be read: %1").arg(ErrorText::sentence(contacts.error())));
                return;
            }
            fill(std::move(*contacts));
        });
}

void ContactsTab::clear()
{
    fill({});
    emit titleChanged(tr("Contacts")); // no count until this customer's contacts are read
}

// A lunar birthday as it is kept (闰四月十五), with the Gregorian date of birth when known.
QString ContactsTab::birthdayText(const core::Contact& c)
{
    if (!c.birthdayLunar.isSet())
        return dateText(c.birthday);
    const QString lunar = tr("Lunar %1").arg(CareLabels::lunarDate(c.birthdayLunar));
    return c.birthday.isValid() ? QStringLiteral("%1 (%2)").arg(lunar, dateText(c.birthday)) : lunar;
}

void ContactsTab::fill(std::vector<core::Contact> contacts)
{
    m_contacts = std::move(contacts);
    std::vector<RecordTableModel::Row> rows;
    for (const core::Contact& c : m_contacts)
        rows.push_back({c.id,
                        {c.name, c.title, c.phone, c.mobile, c.email, birthdayText(c),
                         c.doNotContact ? tr("Do not contact") : QString(), c.notes},
                        QColor(),
                        c.isPrimary});
    m_model->setRows(std::move(rows));
    fitColumns(m_view);
    emit titleChanged(tr("Contacts (%1)").arg(m_contacts.size()));
}

void ContactsTab::editContact(int row)
{
    if (customerId() <= 0)
        return;
    core::Contact contact;
    contact.customerId = customerId();
    if (row >= 0) {
        if (row >= static_cast<int>(m_contacts.size()))
            return;
        contact = m_contacts[static_cast<size_t>(row)];
    }
    ContactDialog dialog(session(), contact, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit contactsChanged(dialog.contact().id);
        emit statusMessage(tr("Contact saved."));
    }
}

void ContactsTab::removeContact(int row)
{
    if (row < 0 || row >= static_cast<int>(m_contacts.size()))
        return;
    const core::Contact contact = m_contacts[static_cast<size_t>(row)];
    if (MessageBox::question(this, tr("Remove contact"), tr("Remove the contact %1?").arg(contact.name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto status = storage::ContactRepository(session()).remove(contact.id);
    if (!status) {
        MessageBox::warning(this, tr("Remove contact"),
                            tr("The contact was not removed: %1").arg(ErrorText::sentence(status.error())));
        return;
    }
    emit contactsChanged(contact.id);
    emit statusMessage(tr("Contact removed."));
}

void ContactsTab::eraseContact(int row)
{
    if (row < 0 || row >= static_cast<int>(m_contacts.size()))
        return;
    const core::Contact contact = m_contacts[static_cast<size_t>(row)];
    EraseContactDialog dialog(contact, m_customerName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Off the GUI thread, on a connection of its own: the erasure also merges the search index (seconds on a large
    // office). The window keeps painting; the tab waits.
    emit statusMessage(tr("Erasing the person's data…"));
    setEnabled(false);
    const QString path = session().db().path();
    const core::User user = session().user();
    const qint64 contactId = contact.id;
    QFutureWatcher<core::Result<storage::ErasureReport>> watcher;
    QEventLoop wait;
    connect(&watcher, &QFutureWatcher<core::Result<storage::ErasureReport>>::finished, &wait, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, user, contactId]() -> core::Result<storage::ErasureReport> {
        storage::Database::Options options;
        options.create = false;
        options.migrate = false;
        options.quickCheck = false;
        auto db = storage::Database::open(path, options);
        if (!db)
            return db.error();
        storage::Session session(**db, user);
        return storage::ContactErasure(session).erase(contactId);
    }));
    if (!watcher.isFinished())
        wait.exec();
    setEnabled(true);
    const core::Result<storage::ErasureReport> report = watcher.result();
    if (!report) {
        MessageBox::warning(this, tr("Erase a person's data"),
                            tr("Nothing was erased: %1").arg(ErrorText::sentence(report.error())));
        return;
    }
    emit contactsChanged(contactId);
    if (!report->mentionsLeft.isEmpty())
        MessageBox::warning(this, tr("Erase a person's data"),
                            tr("The contact is erased. Texts of this customer still name them and were not changed "
                               "(edit them if they should not): %1")
                                .arg(report->mentionsLeft.join(QStringLiteral(", "))));
    emit statusMessage(tr("The person's data was erased."));
}

bool ContactsTab::exportContactData(int row)
{
    if (row < 0 || row >= static_cast<int>(m_contacts.size()))
        return false;
    const core::Contact& contact = m_contacts[static_cast<size_t>(row)];
    return PersonalDataExporter::run(this, session(), report::PersonalDataExport::Subject::Contact, contact.id,
                                     contact.name);
}

} // namespace carddesk::gui
