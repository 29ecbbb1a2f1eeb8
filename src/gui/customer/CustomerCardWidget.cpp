#include "gui/customer/CustomerCardWidget.h"

#include "gui/common/PageLoader.h"

#include "gui/agenda/VisitSheetOutput.h"
#include "gui/analysis/CrossSellTab.h"
#include "gui/analysis/ValueRiskPanel.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/ErrorText.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StorageWorker.h"
#include "gui/common/ValidationText.h"
#include "gui/customer/ChangeHistoryTab.h"
#include "gui/customer/ConflictDialog.h"
#include "gui/customer/ContactsTab.h"
#include "gui/customer/CustomerCardForm.h"
#include "gui/customer/DeleteCustomerDialog.h"
#include "gui/customer/OrdersTab.h"
#include "gui/customer/ReassignDialog.h"
#include "gui/customer/ReceivablesTab.h"
#include "gui/customer/ServiceHistoryTab.h"
#include "gui/customer/SurveysTab.h"
#include "gui/duplicates/DuplicatesDialog.h"
#include "gui/lifecycle/StageHistoryPanel.h"
#include "services/CustomerHandover.h"
#include "services/DuplicateFinder.h"
#include "storage/access/Session.h"
#include "storage/repositories/CustomerRemoval.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace carddesk::gui {

using F = CustomerFields::Field;

CustomerCardWidget::CustomerCardWidget(storage::Session& session, QWidget* parent, StorageWorker* worker,
                                       DataChanges* changes)
    : QWidget(parent), m_session(session), m_worker(worker), m_changes(changes)
{
    buildUi();
    connect(m_form->undoStack(), &QUndoStack::indexChanged, this, [this] { updateModified(); });
    connect(m_form, &CustomerCardForm::edited, this, [this] {
        updateHeader();
        updateModified();
    });
    connect(m_form, &CustomerCardForm::reassignRequested, this, &CustomerCardWidget::reassign);
    if (m_changes)
        connect(m_changes, &DataChanges::changed, this, &CustomerCardWidget::onDataChanged);
}

CustomerCardWidget::~CustomerCardWidget()
{
    // The form outlives this part of the card (its children go in ~QWidget): it must not call back into it.
    disconnect(m_form->undoStack(), nullptr, this, nullptr);
    disconnect(m_form, nullptr, this, nullptr);
}

void CustomerCardWidget::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);

    // Header: who the customer is at a glance.
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_titleLabel = new QLabel(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel = new QLabel(this);
    m_subtitleLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_subtitleLabel);
    header->addLayout(titles, 1);
    m_busyLabel = new QLabel(tr("Loading the card…"), this);
    m_busyLabel->setObjectName(QStringLiteral("cardBusy"));
    m_busyLabel->setStyleSheet(QStringLiteral(
        "background: #e8f0fb; color: #1f4e8c; border: 1px solid #9db8de; border-radius: 3px; padding: 2px 6px;"));
    m_busyLabel->hide();
    header->addWidget(m_busyLabel, 0, Qt::AlignTop);
    m_modifiedLabel = new QLabel(tr("Unsaved changes"), this);
    m_modifiedLabel->setStyleSheet(QStringLiteral(
        "background: #fff3cd; color: #7a5b00; border: 1px solid #e0c060; border-radius: 3px; padding: 2px 6px;"));
    m_modifiedLabel->hide();
    header->addWidget(m_modifiedLabel, 0, Qt::AlignTop);
    // Archive and delete: a manager's (their area) or the administrator's.
    const bool mayManage = m_session.isManager() || m_session.isAdmin();
    m_archiveButton = new QPushButton(tr("Archive"), this);
    m_archiveButton->setObjectName(QStringLiteral("archiveButton"));
    m_deleteButton = new QPushButton(tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_archiveButton->setVisible(mayManage);
    m_deleteButton->setVisible(mayManage);
    m_archiveButton->setEnabled(false);
    m_deleteButton->setEnabled(false);
    connect(m_archiveButton, &QPushButton::clicked, this, &CustomerCardWidget::toggleArchived);
    connect(m_deleteButton, &QPushButton::clicked, this, &CustomerCardWidget::deleteCustomer);
    // The card to take along or file: everyone who may open it may print it (logged like an export).
    m_cardOutput = new VisitSheetOutput(m_session, m_worker, this);
    connect(m_cardOutput, &VisitSheetOutput::finished, this,
            [this](bool, const QString& message) { emit statusMessage(message); });
    m_printButton = new QPushButton(tr("Print"), this);
    m_printButton->setObjectName(QStringLiteral("printCardButton"));
    auto* printMenu = new QMenu(m_printButton);
    printMenu->addAction(tr("Print card…"), this, &CustomerCardWidget::printCard);
    printMenu->addAction(tr("Card as PDF…"), this, &CustomerCardWidget::saveCardPdf);
    m_printButton->setMenu(printMenu);
    m_printButton->setEnabled(false);
    header->addWidget(m_printButton, 0, Qt::AlignTop);
    header->addWidget(m_archiveButton, 0, Qt::AlignTop);
    header->addWidget(m_deleteButton, 0, Qt::AlignTop);
    outer->addLayout(header);

    m_tabs = new QTabWidget(this);
    outer->addWidget(m_tabs, 1);
    m_valueRisk = new ValueRiskPanel(m_session, nullptr, m_worker);
    m_form = new CustomerCardForm(m_valueRisk, mayManage, m_tabs);
    m_tabs->addTab(m_form, tr("Card"));

    m_contacts = new ContactsTab(m_session, m_worker, m_tabs);
    addTab(m_contacts, tr("Contacts"));
    connect(m_contacts, &ContactsTab::contactsChanged, this, [this](qint64 contactId) {
        announce(Entity::Contacts, contactId > 0 ? QList<qint64>{contactId} : QList<qint64>{});
    });
    m_orders = new OrdersTab(m_session, m_worker, m_tabs);
    addTab(m_orders, tr("Products && orders"));
    m_receivables = new ReceivablesTab(m_session, m_worker, m_tabs);
    addTab(m_receivables, tr("Receivables"));
    // An order brings its invoice, a payment moves what is open: the tabs, Today and the collections plan follow.
    connect(m_orders, &OrdersTab::ordersChanged, this, [this] { announce(Entity::Receivables, {}); });
    connect(m_receivables, &ReceivablesTab::receivablesChanged, this,
            [this](const QList<qint64>& ids) { announce(Entity::Receivables, ids); });
    m_serviceHistory = new ServiceHistoryTab(m_session, m_worker, m_tabs);
    addTab(m_serviceHistory, tr("Service history"));
    connect(m_serviceHistory, &ServiceHistoryTab::logInteractionRequested, this,
            &CustomerCardWidget::logInteractionRequested);
    connect(m_serviceHistory, &ServiceHistoryTab::planVisitRequested, this, &CustomerCardWidget::planVisitRequested);
    m_surveys = new SurveysTab(m_session, m_worker, m_tabs);
    addTab(m_surveys, tr("Satisfaction"));
    connect(m_surveys, &SurveysTab::surveysChanged, this,
            [this](qint64 customerId) { announce(Entity::Surveys, {customerId}); });

    // Stage history (客户生命周期): lifecycle transitions and the stage a rep sets by hand.
    m_stages = new StageHistoryPanel(m_session, m_tabs, m_worker);
    connect(m_stages, &StageHistoryPanel::statusMessage, this, &CustomerCardWidget::statusMessage);
    for (PageLoader* loader : {m_valueRisk->loader(), m_stages->loader()})
        connect(loader, &PageLoader::loadingChanged, this, &CustomerCardWidget::updateLoading);
    // Setting the stage moves the card's row_version on: re-read it, or let unsaved edits meet the conflict.
    connect(m_stages, &StageHistoryPanel::stageSet, this, [this](qint64 customerId) {
        if (!isModified())
            reload();
        else
            emit statusMessage(tr("Stage set. The card changed meanwhile: saving your edits will ask how to merge."));
        announce(Entity::Stages, {customerId});
    });
    m_tabs->addTab(m_stages, tr("Stage history"));
    // A status corrected from the card's story moves the card's row_version on, like setting the stage.
    connect(m_valueRisk, &ValueRiskPanel::statusMessage, this, &CustomerCardWidget::statusMessage);
    connect(m_valueRisk, &ValueRiskPanel::statusCorrected, this, [this](qint64 customerId) {
        if (!isModified())
            reload();
        else
            emit statusMessage(
                tr("Status corrected. The card changed meanwhile: saving your edits will ask how to merge."));
        announce(Entity::Customers, {customerId});
    });

    // Change history from the audit trail: only for those the storage lets read it.
    m_changeHistory = new ChangeHistoryTab(m_session, m_worker, m_tabs);
    addTab(m_changeHistory, tr("Changes"));
    // Suggested products (推荐产品): what goes with what this customer holds, from the office's association rules.
    m_crossSell = new CrossSellTab(m_session, m_worker, m_tabs);
    addTab(m_crossSell, tr("Suggestions"));
    connect(m_crossSell, &CrossSellTab::openCustomer, this, &CustomerCardWidget::openCustomerRequested);
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabVisible(i, false);
}

void CustomerCardWidget::addTab(CardTab* tab, const QString& title)
{
    m_tabs->addTab(tab, title);
    m_cardTabs.push_back(tab);
    connect(tab, &CardTab::titleChanged, this,
            [this, tab](const QString& text) { m_tabs->setTabText(m_tabs->indexOf(tab), text); });
    connect(tab, &CardTab::availableChanged, this, [this, tab](bool available) {
        m_tabs->setTabVisible(m_tabs->indexOf(tab), available && customerId() > 0);
    });
    connect(tab, &CardTab::statusMessage, this, &CustomerCardWidget::statusMessage);
    connect(tab, &CardTab::loadingChanged, this, &CustomerCardWidget::updateLoading);
}

QWidget* CustomerCardWidget::editor(F field) const
{
    return m_form->editor(field);
}

QLabel* CustomerCardWidget::errorLabel(F field) const
{
    return m_form->errorLabel(field);
}

void CustomerCardWidget::applyField(F field, const QVariant& value)
{
    m_form->applyField(field, value);
}

QUndoStack* CustomerCardWidget::undoStack()
{
    return m_form->undoStack();
}

bool CustomerCardWidget::isModified() const
{
    return m_form->isModified();
}

bool CustomerCardWidget::hasCustomer() const
{
    return m_form->hasCustomer() || m_loadingId > 0;
}

qint64 CustomerCardWidget::customerId() const
{
    return m_form->current().id;
}

const core::Customer& CustomerCardWidget::customer() const
{
    return m_form->current();
}

bool CustomerCardWidget::isLoading() const
{
    if (m_pending > 0)
        return true;
    for (const CardTab* tab : m_cardTabs) {
        if (tab->isLoading())
            return true;
    }
    return m_valueRisk->loader()->isLoading() || m_stages->loader()->isLoading();
}

void CustomerCardWidget::setBusy(int delta)
{
    m_pending += delta;
    m_busyLabel->setVisible(m_loadingId > 0);
    updateLoading();
}

void CustomerCardWidget::updateLoading()
{
    const bool loading = isLoading();
    if (loading != m_wasLoading) {
        m_wasLoading = loading;
        emit loadingChanged(loading);
    }
}

void CustomerCardWidget::updateModified()
{
    const bool modified = isModified();
    m_modifiedLabel->setVisible(modified);
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
        emit titleChanged(title());
    }
}

QString CustomerCardWidget::title() const
{
    if (!m_form->hasCustomer())
        return tr("Customer card");
    const core::Customer& current = m_form->current();
    QString name = current.name.trimmed().isEmpty() ? tr("New customer") : current.name;
    return isModified() ? name + QLatin1Char('*') : name;
}

void CustomerCardWidget::updateHeader()
{
    const core::Customer& current = m_form->current();
    m_titleLabel->setText(current.name.trimmed().isEmpty() ? tr("New customer") : current.name);
    QStringList parts;
    if (!current.code.isEmpty())
        parts << current.code;
    parts << Labels::kind(current.kind) << Labels::status(current.status);
    if (current.isKey)
        parts << QStringLiteral("★ ") + tr("Key customer");
    if (!current.region.isEmpty())
        parts << current.region;
    if (m_shown.archivedAt.isValid())
        parts << tr("Archived on %1").arg(DisplayDate::text(m_shown.archivedAt.toLocalTime().date()));
    m_subtitleLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

bool CustomerCardWidget::printCard()
{
    if (!hasCustomer() || isOpening() || customerId() <= 0)
        return false;
    m_cardOutput->printCard(customerId());
    return true;
}

bool CustomerCardWidget::saveCardPdf()
{
    if (!hasCustomer() || isOpening() || customerId() <= 0)
        return false;
    m_cardOutput->saveCard(customerId(), customer().code);
    return true;
}

core::Result<CustomerCardWidget::Snapshot> CustomerCardWidget::readSnapshot(storage::Session& session,
                                                                            qint64 customerId, bool logAccess)
{
    storage::CustomerRepository repository(session);
    auto customer = repository.get(customerId, logAccess);
    if (!customer)
        return customer.error();
    Snapshot snapshot;
    snapshot.customer = *customer;
    if (customer->ownerId > 0) {
        if (auto user = storage::UserRepository::findById(session.db(), customer->ownerId))
            snapshot.ownerName = user->displayName.isEmpty() ? user->username : user->displayName;
    }
    snapshot.archivedAt = storage::CustomerRemoval(session).archivedAt(customerId).value_or(QDateTime());
    if (customer->referredById > 0) {
        if (auto referred = repository.get(customer->referredById, false))
            snapshot.referredName = referred->name;
    }
    return snapshot;
}

void CustomerCardWidget::setLoaded(const Snapshot& snapshot, bool readTabs)
{
    m_shown = snapshot;
    const core::Customer& customer = snapshot.customer;
    m_form->setCustomer(customer);
    QString owner = snapshot.ownerName;
    if (customer.id == 0)
        owner = m_session.user().displayName;
    m_form->setOwnerName(owner.isEmpty() ? tr("(unassigned)") : owner);
    m_form->setReferredName(snapshot.referredName.isEmpty() ? tr("—") : snapshot.referredName);
    m_archiveButton->setText(snapshot.archivedAt.isValid() ? tr("Unarchive") : tr("Archive"));
    m_archiveButton->setEnabled(customer.id > 0);
    m_printButton->setEnabled(customer.id > 0);
    m_deleteButton->setEnabled(customer.id > 0);
    updateHeader();
    m_lastModified = false;
    m_modifiedLabel->hide();
    m_contacts->setCustomerName(customer.name);
    m_orders->setCustomerName(customer.name);
    m_receivables->setCustomerName(customer.name);
    for (int i = 1; i < m_tabs->count(); ++i) {
        // The change history shows itself once the storage has said this user may read it.
        if (m_tabs->widget(i) != m_changeHistory || customer.id <= 0)
            m_tabs->setTabVisible(i, customer.id > 0);
    }
    if (readTabs) {
        m_valueRisk->showCustomer(customer.id);
        if (customer.id > 0)
            m_stages->setCustomer(customer.id, customer.name);
        for (CardTab* tab : m_cardTabs)
            tab->showCustomer(customer.id);
    }
    emit modifiedChanged(false);
    emit titleChanged(title());
}

bool CustomerCardWidget::loadCustomer(qint64 customerId)
{
    const int generation = ++m_loadGeneration;
    m_loadingId = customerId;
    // Until the card comes, what the form shows is not this customer's: nothing may be edited or saved.
    m_form->setEnabled(false);
    m_archiveButton->setEnabled(false);
    m_printButton->setEnabled(false);
    m_deleteButton->setEnabled(false);
    if (customerId != m_form->current().id) {
        for (int i = 1; i < m_tabs->count(); ++i)
            m_tabs->setTabVisible(i, false);
    }
    setBusy(+1);
    if (!m_worker) {
        const bool loaded = finishLoad(generation, readSnapshot(m_session, customerId, true));
        setBusy(-1);
        return loaded;
    }
    m_worker->run<Snapshot>(
        this, [customerId](storage::Session& session) { return readSnapshot(session, customerId, true); },
        [this, generation](core::Result<Snapshot> snapshot) {
            finishLoad(generation, std::move(snapshot)); // first: its tabs start reading before the card says done
            setBusy(-1);
        });
    return true;
}

bool CustomerCardWidget::finishLoad(int generation, core::Result<Snapshot> snapshot)
{
    if (generation != m_loadGeneration)
        return false; // a newer card was asked for (or a new one started): its answer counts
    const qint64 asked = m_loadingId;
    m_loadingId = 0;
    m_busyLabel->hide();
    if (!snapshot) {
        if (m_form->hasCustomer()) {
            // The card shown before stays, usable again (it had no unsaved edits: the shell asked first).
            setLoaded(m_shown); // its tabs too: they were hidden for the card asked for
        }
        MessageBox::warning(this, tr("Customer card"),
                            tr("The card cannot be opened: %1").arg(ErrorText::sentence(snapshot.error())));
        emit loadFailed(asked);
        emit titleChanged(title());
        return false;
    }
    setLoaded(*snapshot);
    return true;
}

void CustomerCardWidget::newCustomer()
{
    ++m_loadGeneration; // a card still being read is no longer wanted
    m_loadingId = 0;
    m_busyLabel->hide();
    Snapshot snapshot;
    snapshot.customer.areaId = m_session.user().areaId;
    setLoaded(snapshot);
    m_form->editor(F::Name)->setFocus();
}

void CustomerCardWidget::reload()
{
    if (customerId() > 0)
        loadCustomer(customerId());
}

void CustomerCardWidget::refreshSections()
{
    const qint64 id = customerId();
    if (id <= 0)
        return;
    m_valueRisk->showCustomer(id);
    m_stages->reload();
    for (CardTab* tab : m_cardTabs)
        tab->reload();
}

void CustomerCardWidget::refreshCard()
{
    const qint64 id = customerId();
    if (id <= 0 || m_loadingId > 0)
        return;
    const int generation = ++m_refreshGeneration;
    auto apply = [this, generation, id](core::Result<Snapshot> snapshot) {
        if (generation != m_refreshGeneration || id != customerId() || m_loadingId > 0 || !snapshot)
            return;
        // Unsaved edits stay: saving them meets the newer version in the conflict dialog.
        if (isModified())
            return;
        if (snapshot->customer.rowVersion == m_form->original().rowVersion &&
            snapshot->archivedAt == m_shown.archivedAt && snapshot->ownerName == m_shown.ownerName &&
            snapshot->referredName == m_shown.referredName)
            return;
        setLoaded(*snapshot, false); // the tabs are being read already
    };
    if (!m_worker) {
        apply(readSnapshot(m_session, id, false));
        return;
    }
    m_worker->run<Snapshot>(
        this, [id](storage::Session& session) { return readSnapshot(session, id, false); }, std::move(apply));
}

void CustomerCardWidget::announce(Entity entity, const QList<qint64>& ids)
{
    if (m_changes)
        m_changes->announce(entity, ids); // the card hears it too, like every page
    else
        onDataChanged(entity, ids);
}

void CustomerCardWidget::onDataChanged(Entity entity, const QList<qint64>& ids)
{
    const qint64 id = customerId();
    if (id <= 0 || m_loadingId > 0)
        return;
    switch (entity) {
    case Entity::Areas:
    case Entity::Settings:
    case Entity::Targets:
    case Entity::ReviewNotes:
        return; // nothing the card shows
    case Entity::Customers:
        if (!ids.isEmpty() && !ids.contains(id))
            return;
        break;
    default:
        break; // child records: their ids are not customers', and one customer's rows are quick to read
    }
    if (!isVisible()) {
        m_stale = true; // read when the card is shown again
        return;
    }
    if (entity == Entity::Customers || entity == Entity::Everything || entity == Entity::Stages ||
        entity == Entity::Users)
        refreshCard();
    refreshSections();
}

void CustomerCardWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refreshCard();
        refreshSections();
    }
}

bool CustomerCardWidget::save()
{
    if (!m_form->hasCustomer() || m_loadingId > 0)
        return false;
    m_form->endEditSession();
    if (!m_form->validate()) {
        m_tabs->setCurrentIndex(0);
        m_form->focusFirstError();
        emit statusMessage(tr("The card was not saved: correct the marked fields."));
        return false;
    }
    const core::Customer& current = m_form->current();
    const core::Customer& original = m_form->original();
    const bool creating = current.id == 0;
    if (!creating && !isModified()) {
        emit statusMessage(tr("Nothing to save."));
        return true;
    }
    if ((creating || current.name != original.name || current.phone != original.phone) && !confirmNotADuplicate())
        return false;
    storage::CustomerRepository repository(m_session);
    auto result = creating ? repository.create(current) : repository.update(current);
    if (!result) {
        const core::Error& error = result.error();
        if (error.code == core::ErrorCode::Conflict)
            return resolveConflict();
        const int field = CustomerFields::fromKey(error.field);
        if (error.code == core::ErrorCode::InvalidArgument && field >= 0) {
            m_form->showFieldError(static_cast<F>(field), ValidationText::message(error));
        } else {
            MessageBox::warning(this, tr("Save failed"),
                                tr("The card was not saved: %1").arg(ErrorText::sentence(error)));
        }
        return false;
    }
    Snapshot snapshot = m_shown;
    snapshot.customer = *result;
    if (creating)
        snapshot.ownerName = m_session.user().displayName;
    setLoaded(snapshot, creating); // a saved card's tabs are read again by the announcement below
    emit statusMessage(tr("Card saved."));
    announce(Entity::Customers, {result->id});
    emit saved(result->id);
    return true;
}
bool CustomerCardWidget::confirmNotADuplicate()
{
    // Two indexed look-ups (the name's beginning, the phone's digits in the search index), like the save itself.
    auto similar = services::DuplicateFinder::similarTo(m_session, m_form->current());
    if (!similar || similar->empty())
        return true;
    QStringList lines;
    for (const auto& pair : *similar) {
        if (lines.size() == 5)
            break;
        lines << tr("%1 (%2): %3").arg(pair.second.name, pair.second.code, DuplicatesDialog::reasonText(pair.reasons));
    }
    const auto answer = MessageBox::question(
        this, tr("Possible duplicate"),
        tr("This card looks like a customer already on file:\n\n%1\n\nSave it anyway? (Managers can merge "
           "duplicates later under Tools → Find duplicates…)")
            .arg(lines.join(QLatin1Char('\n'))),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return true;
    emit statusMessage(tr("The card was not saved."));
    return false;
}

bool CustomerCardWidget::resolveConflict()
{
    // Read on the session, as the save that met the conflict: the dialog needs their version before it opens.
    storage::CustomerRepository repository(m_session);
    auto theirs = repository.get(customerId(), false);
    if (!theirs) {
        MessageBox::warning(this, tr("Save failed"),
                            tr("The card was changed or removed elsewhere and cannot be read: %1")
                                .arg(ErrorText::sentence(theirs.error())));
        return false;
    }
    switch (ConflictDialog::ask(m_form->original(), m_form->current(), *theirs, this)) {
    case ConflictDialog::KeepMine: {
        // Three-way merge: their version, with the fields this user changed put on top.
        core::Customer merged = *theirs;
        for (int f = 0; f < CustomerFields::FieldCount; ++f) {
            const auto field = static_cast<F>(f);
            const QVariant mine = CustomerFields::value(m_form->current(), field);
            if (mine != CustomerFields::value(m_form->original(), field))
                CustomerFields::setValue(merged, field, mine);
        }
        m_form->rebase(*theirs, merged);
        return save();
    }
    case ConflictDialog::TakeTheirs: {
        Snapshot snapshot = m_shown;
        snapshot.customer = *theirs;
        setLoaded(snapshot);
    }
        emit statusMessage(tr("Your changes were discarded; the card shows the newer version."));
        return true;
    case ConflictDialog::Cancel:
        break;
    }
    emit statusMessage(tr("The card was not saved."));
    return false;
}

bool CustomerCardWidget::maybeClose()
{
    if (!isModified())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("The card of %1 has unsaved changes. Save them?").arg(title().chopped(1)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void CustomerCardWidget::reassign()
{
    if (customerId() == 0)
        return;
    if (!maybeClose())
        return;
    ReassignDialog dialog(m_session, customer().ownerId, this, m_worker);
    if (!dialog.ask())
        return;
    const auto status = services::CustomerHandover::reassign(m_session, customerId(), dialog.selectedUserId());
    if (!status) {
        MessageBox::warning(this, tr("Reassign"),
                            tr("The customer was not reassigned: %1").arg(ErrorText::sentence(status.error())));
        return;
    }
    emit statusMessage(tr("Customer reassigned."));
    // A reassign can take the card out of this user's scope; then it is simply closed by the shell.
    const qint64 id = customerId();
    reload();
    announce(Entity::Customers, {id});
    emit saved(id);
}

void CustomerCardWidget::toggleArchived()
{
    if (customerId() <= 0 || !maybeClose())
        return;
    storage::CustomerRemoval removal(m_session);
    const bool archive = !m_shown.archivedAt.isValid();
    if (archive &&
        MessageBox::question(this, tr("Archive customer"),
                             tr("Archive %1? The card leaves the customer list, the search and the rep's day; its "
                                "orders stay in the reports. \"Show archived\" in the list finds it again.")
                                 .arg(customer().name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto status = archive ? removal.archive(customerId()) : removal.unarchive(customerId());
    if (!status) {
        MessageBox::warning(this, tr("Archive customer"),
                            tr("Nothing was changed: %1").arg(ErrorText::sentence(status.error())));
        return;
    }
    const qint64 id = customerId();
    reload();
    announce(Entity::Customers, {id});
    emit saved(id);
    emit statusMessage(archive ? tr("Customer archived.") : tr("Customer taken out of the archive."));
}

void CustomerCardWidget::deleteCustomer()
{
    if (customerId() <= 0 || !maybeClose())
        return;
    // What would go with the card is counted on the worker (one count per kind of row); the question follows.
    const qint64 id = customerId();
    auto count = [id](storage::Session& session) { return storage::CustomerRemoval(session).attachments(id); };
    auto ask = [this, id](core::Result<storage::CustomerAttachments> attachments) {
        if (customerId() != id || isOpening())
            return; // another card was opened meanwhile: the question would be about the wrong customer
        confirmDelete(id, std::move(attachments));
    };
    if (!m_worker) {
        ask(count(m_session));
        return;
    }
    m_deleteButton->setEnabled(false);
    m_worker->run<storage::CustomerAttachments>(this, count, [this, ask](auto attachments) {
        m_deleteButton->setEnabled(customerId() > 0 && !isOpening());
        ask(std::move(attachments));
    });
}

void CustomerCardWidget::confirmDelete(qint64 id, core::Result<storage::CustomerAttachments> attachments)
{
    if (!attachments) {
        MessageBox::warning(this, tr("Delete customer"),
                            tr("Nothing was deleted: %1").arg(ErrorText::sentence(attachments.error())));
        return;
    }
    DeleteCustomerDialog dialog(*attachments, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    storage::CustomerRemoval removal(m_session);
    auto gone = removal.remove(id);
    if (!gone) {
        MessageBox::warning(this, tr("Delete customer"),
                            tr("Nothing was deleted: %1").arg(ErrorText::sentence(gone.error())));
        return;
    }
    m_form->clearCustomer();
    m_shown = Snapshot();
    m_archiveButton->setEnabled(false);
    m_printButton->setEnabled(false);
    m_deleteButton->setEnabled(false);
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabVisible(i, false);
    announce(Entity::Customers, {id});
    emit statusMessage(tr("Customer %1 deleted.").arg(gone->name));
    emit customerDeleted(id);
}

} // namespace carddesk::gui
