#include "gui/customer/CustomerCardWidget.h"
#include "gui/duplicates/DuplicatesDialog.h"
#include "services/DuplicateFinder.h"

#include "core/CustomerValidator.h"
#include "gui/analysis/ValueRiskPanel.h"
#include "gui/common/ErrorText.h"
#include "gui/common/FieldLabels.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/SetFieldCommand.h"
#include "gui/common/ValidationText.h"
#include "gui/customer/ConflictDialog.h"
#include "gui/customer/ContactDialog.h"
#include "gui/customer/DeleteCustomerDialog.h"
#include "gui/customer/EraseContactDialog.h"
#include "gui/customer/ReassignDialog.h"
#include "gui/lifecycle/StageHistoryPanel.h"
#include "services/CustomerHandover.h"
#include "storage/access/AuditRepository.h"
#include "storage/access/ContactErasure.h"
#include "storage/access/Session.h"
#include "storage/queries/ServiceHistory.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRemoval.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/ProductRepository.h"
#include "storage/repositories/ReceivableRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::gui {

using F = CustomerFields::Field;

namespace {
const QDate kNoDate(1900, 1, 1); // QDateEdit cannot be empty: its minimum stands for "not set"

void fillCombo(QComboBox* combo, const QStringList& codes, QString (*label)(const QString&))
{
    for (const QString& code : codes)
        combo->addItem(label(code), code);
}

QString ratingLabel(const QString& code)
{
    return Labels::creditRating(code);
}
} // namespace

CustomerCardWidget::CustomerCardWidget(storage::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    buildUi();
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] { updateModified(); });
}

CustomerCardWidget::~CustomerCardWidget()
{
    // Commands call back into this widget; drop them before the editors go.
    m_undoStack.clear();
}

QWidget* CustomerCardWidget::createEditor(F field)
{
    switch (field) {
    case F::Kind:
    case F::Status:
    case F::Source:
    case F::Size:
    case F::CreditRating:
    case F::LoyaltyClass: {
        auto* combo = new QComboBox(this);
        if (field == F::Kind)
            fillCombo(combo, core::CustomerValidator::kinds(), &Labels::kind);
        else if (field == F::Status)
            fillCombo(combo, core::CustomerValidator::statuses(), &Labels::status);
        else if (field == F::Source)
            fillCombo(combo, QStringList{QString()} + core::CustomerValidator::sources(), &Labels::source);
        else if (field == F::Size)
            fillCombo(combo, Labels::sizes(), &Labels::size);
        else if (field == F::CreditRating)
            fillCombo(combo, core::CustomerValidator::creditRatings(), &ratingLabel);
        else
            fillCombo(combo, core::CustomerValidator::loyaltyClasses(), &Labels::loyalty);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, field] {
            onEdited(field, combo->currentData().toString());
            endEditSession();
        });
        return combo;
    }
    case F::Established: {
        auto* edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("(not set)"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this,
                [this, field](const QDate& date) { onEdited(field, date == kNoDate ? QDate() : date); });
        connect(edit, &QDateEdit::editingFinished, this, &CustomerCardWidget::endEditSession);
        return edit;
    }
    case F::RegisteredCapital:
    case F::CreditLimit: {
        auto* spin = new QDoubleSpinBox(this);
        // Negative values can be typed so that the validator can say why they are wrong.
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(0);
        spin->setGroupSeparatorShown(true);
        spin->setSuffix(tr(" CNY"));
        spin->setAlignment(Qt::AlignRight);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field](double v) { onEdited(field, v); });
        connect(spin, &QDoubleSpinBox::editingFinished, this, &CustomerCardWidget::endEditSession);
        return spin;
    }
    case F::Satisfaction: {
        auto* spin = new QSpinBox(this);
        spin->setRange(0, 5);
        spin->setSpecialValueText(tr("(not set)"));
        spin->setSuffix(tr(" / 5"));
        connect(spin, &QSpinBox::valueChanged, this, [this, field](int v) { onEdited(field, v); });
        connect(spin, &QSpinBox::editingFinished, this, &CustomerCardWidget::endEditSession);
        return spin;
    }
    case F::IsKey: {
        auto* check = new QCheckBox(tr("Key customer"), this);
        connect(check, &QCheckBox::toggled, this, [this, field](bool on) {
            onEdited(field, on);
            endEditSession();
        });
        return check;
    }
    case F::KeyFigures:
    case F::Preferences:
    case F::PurchaseHabits:
    case F::Notes: {
        auto* text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
        connect(text, &QPlainTextEdit::textChanged, this,
                [this, text, field] { onEdited(field, text->toPlainText()); });
        return text;
    }
    default: {
        auto* line = new QLineEdit(this);
        line->setClearButtonEnabled(field != F::Name);
        if (field == F::Name)
            line->setPlaceholderText(tr("Required"));
        else if (field == F::Phone)
            line->setPlaceholderText(tr("e.g. 021-6234 5678"));
        else if (field == F::Email)
            line->setPlaceholderText(tr("name@example.com"));
        connect(line, &QLineEdit::textChanged, this, [this, field](const QString& text) { onEdited(field, text); });
        connect(line, &QLineEdit::editingFinished, this, &CustomerCardWidget::endEditSession);
        return line;
    }
    }
}

QWidget* CustomerCardWidget::fieldCell(F field)
{
    auto* cell = new QWidget(this);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QWidget* editor = createEditor(field);
    editor->setObjectName(QStringLiteral("field_") + CustomerFields::key(field));
    auto* error = new QLabel(cell);
    error->setObjectName(QStringLiteral("error_") + CustomerFields::key(field));
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(editor);
    layout->addWidget(error);
    m_editors[field] = editor;
    m_errors[field] = error;
    return cell;
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
    m_modifiedLabel = new QLabel(tr("Unsaved changes"), this);
    m_modifiedLabel->setStyleSheet(QStringLiteral(
        "background: #fff3cd; color: #7a5b00; border: 1px solid #e0c060; border-radius: 3px; padding: 2px 6px;"));
    m_modifiedLabel->hide();
    header->addWidget(m_modifiedLabel, 0, Qt::AlignTop);
    // Archive and delete: a manager's (their area) or the administrator's.
    m_archiveButton = new QPushButton(tr("Archive"), this);
    m_archiveButton->setObjectName(QStringLiteral("archiveButton"));
    m_deleteButton = new QPushButton(tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    const bool mayRemove = m_session.isManager() || m_session.isAdmin();
    m_archiveButton->setVisible(mayRemove);
    m_deleteButton->setVisible(mayRemove);
    connect(m_archiveButton, &QPushButton::clicked, this, &CustomerCardWidget::toggleArchived);
    connect(m_deleteButton, &QPushButton::clicked, this, &CustomerCardWidget::deleteCustomer);
    header->addWidget(m_archiveButton, 0, Qt::AlignTop);
    header->addWidget(m_deleteButton, 0, Qt::AlignTop);
    outer->addLayout(header);

    m_tabs = new QTabWidget(this);
    outer->addWidget(m_tabs, 1);

    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* grid = new QGridLayout(page);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto makeGroup = [this, page](const QString& title, std::initializer_list<F> fields) {
        auto* group = new QGroupBox(title, page);
        auto* box = new QVBoxLayout(group);
        auto* form = new QFormLayout;
        box->addLayout(form);
        box->addStretch(); // a short section keeps its rows together at the top
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        for (F field : fields) {
            if (field == F::IsKey)
                form->addRow(QString(), fieldCell(field));
            else
                form->addRow(CustomerFields::label(field) + QLatin1Char(':'), fieldCell(field));
        }
        return std::pair{group, form};
    };

    auto [basic, basicForm] =
        makeGroup(tr("Basic information"), {F::Name, F::Kind, F::Status, F::Industry, F::Region, F::Address, F::Phone,
                                            F::Email, F::Website, F::Source});
    Q_UNUSED(basicForm);
    auto [evaluation, evaluationForm] =
        makeGroup(tr("Evaluation"), {F::CreditRating, F::CreditLimit, F::Satisfaction, F::LoyaltyClass});
    Q_UNUSED(evaluationForm);
    auto [relationship, relationshipForm] = makeGroup(tr("Relationship"), {F::IsKey});
    auto* ownerRow = new QWidget(relationship);
    auto* ownerLayout = new QHBoxLayout(ownerRow);
    ownerLayout->setContentsMargins(0, 0, 0, 0);
    m_ownerLabel = new QLabel(ownerRow);
    m_ownerLabel->setObjectName(QStringLiteral("ownerLabel"));
    ownerLayout->addWidget(m_ownerLabel, 1);
    m_reassignButton = new QPushButton(tr("Reassign…"), ownerRow);
    m_reassignButton->setVisible(m_session.isManager() || m_session.isAdmin());
    connect(m_reassignButton, &QPushButton::clicked, this, &CustomerCardWidget::reassign);
    ownerLayout->addWidget(m_reassignButton);
    relationshipForm->insertRow(0, tr("Assigned rep:"), ownerRow);
    m_referredLabel = new QLabel(relationship);
    relationshipForm->addRow(tr("Referred by:"), m_referredLabel);
    relationshipForm->addRow(CustomerFields::label(F::Notes) + QLatin1Char(':'), fieldCell(F::Notes));
    auto [detail, detailForm] = makeGroup(
        tr("Detailed information"), {F::Size, F::Established, F::RegisteredCapital, F::KeyFigures, F::Preferences});
    Q_UNUSED(detailForm);
    auto [habits, habitsForm] = makeGroup(tr("Trade habits"), {F::PurchaseHabits, F::PreferredPayment});
    Q_UNUSED(habitsForm);

    // Value and risk first on the right: what a manager looks at before anything else.
    m_valueRisk = new ValueRiskPanel(m_session, page);
    grid->addWidget(basic, 0, 0, 3, 1);
    grid->addWidget(m_valueRisk, 0, 1);
    grid->addWidget(evaluation, 1, 1);
    grid->addWidget(relationship, 2, 1);
    grid->addWidget(detail, 3, 0);
    grid->addWidget(habits, 3, 1);
    grid->setRowStretch(4, 1);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, tr("Card"));

    setTabOrder(m_editors[F::Name], m_editors[F::Kind]);
    setEnabled(false);
}

void CustomerCardWidget::setEditorValue(F field, const QVariant& value)
{
    QWidget* editor = m_editors[field];
    const bool wasApplying = m_applying;
    m_applying = true;
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        if (line->text() != value.toString())
            line->setText(value.toString());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        int index = combo->findData(value.toString());
        if (index < 0) {
            // A value stored by an older version or an import: show it rather than lose it.
            combo->addItem(value.toString(), value.toString());
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : kNoDate);
    } else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(editor)) {
        dspin->setValue(value.toDouble());
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(value.toBool());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        if (text->toPlainText() != value.toString())
            text->setPlainText(value.toString());
    }
    m_applying = wasApplying;
}

void CustomerCardWidget::onEdited(F field, const QVariant& value)
{
    if (m_applying || !m_hasCustomer)
        return;
    const QVariant old = CustomerFields::value(m_current, field);
    if (old == value)
        return;
    m_undoStack.push(
        new SetFieldCommand([this](F f, const QVariant& v) { applyField(f, v); }, field, old, value, m_editSession));
}

void CustomerCardWidget::endEditSession()
{
    ++m_editSession;
}

void CustomerCardWidget::applyField(F field, const QVariant& value)
{
    CustomerFields::setValue(m_current, field, value);
    setEditorValue(field, value);
    validate();
    updateHeader();
    updateModified();
}

bool CustomerCardWidget::validate()
{
    std::array<QString, CustomerFields::FieldCount> messages{};
    for (const core::Error& error : core::CustomerValidator::validate(m_current)) {
        const int field = CustomerFields::fromKey(error.field);
        if (field >= 0 && messages[field].isEmpty())
            messages[field] = ValidationText::message(error);
    }
    bool ok = true;
    for (int f = 0; f < CustomerFields::FieldCount; ++f) {
        QLabel* label = m_errors[f];
        label->setText(messages[f]);
        label->setVisible(!messages[f].isEmpty());
        m_editors[f]->setProperty("invalid", !messages[f].isEmpty());
        m_editors[f]->setStyleSheet(messages[f].isEmpty() ? QString() : QStringLiteral("border: 1px solid #c0392b;"));
        ok = ok && messages[f].isEmpty();
    }
    return ok;
}

bool CustomerCardWidget::isModified() const
{
    if (!m_hasCustomer)
        return false;
    for (int f = 0; f < CustomerFields::FieldCount; ++f) {
        const auto field = static_cast<F>(f);
        if (CustomerFields::value(m_current, field) != CustomerFields::value(m_original, field))
            return true;
    }
    return false;
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
    if (!m_hasCustomer)
        return tr("Customer card");
    QString name = m_current.name.trimmed().isEmpty() ? tr("New customer") : m_current.name;
    return isModified() ? name + QLatin1Char('*') : name;
}

void CustomerCardWidget::updateHeader()
{
    m_titleLabel->setText(m_current.name.trimmed().isEmpty() ? tr("New customer") : m_current.name);
    QStringList parts;
    if (!m_current.code.isEmpty())
        parts << m_current.code;
    parts << Labels::kind(m_current.kind) << Labels::status(m_current.status);
    if (m_current.isKey)
        parts << QStringLiteral("★ ") + tr("Key customer");
    if (!m_current.region.isEmpty())
        parts << m_current.region;
    if (m_archivedAt.isValid())
        parts << tr("Archived on %1").arg(QLocale().toString(m_archivedAt.toLocalTime().date(), QLocale::ShortFormat));
    m_subtitleLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void CustomerCardWidget::setLoaded(const core::Customer& customer)
{
    m_original = customer;
    m_current = customer;
    m_hasCustomer = true;
    m_undoStack.clear();
    for (int f = 0; f < CustomerFields::FieldCount; ++f) {
        const auto field = static_cast<F>(f);
        setEditorValue(field, CustomerFields::value(customer, field));
    }
    QString owner = tr("(unassigned)");
    if (customer.ownerId > 0) {
        if (auto user = storage::UserRepository::findById(m_session.db(), customer.ownerId))
            owner = user->displayName.isEmpty() ? user->username : user->displayName;
    } else if (customer.id == 0) {
        owner = m_session.user().displayName;
    }
    m_ownerLabel->setText(owner);
    m_reassignButton->setEnabled(customer.id > 0);
    m_archivedAt = customer.id > 0 ? storage::CustomerRemoval(m_session).archivedAt(customer.id).value_or(QDateTime())
                                   : QDateTime();
    m_archiveButton->setText(m_archivedAt.isValid() ? tr("Unarchive") : tr("Archive"));
    m_archiveButton->setEnabled(customer.id > 0);
    m_deleteButton->setEnabled(customer.id > 0);
    QString referred = tr("—");
    if (customer.referredById > 0) {
        storage::CustomerRepository repository(m_session);
        if (auto ref = repository.get(customer.referredById, false))
            referred = ref->name;
    }
    m_referredLabel->setText(referred);
    setEnabled(true);
    validate();
    updateHeader();
    m_lastModified = false;
    m_modifiedLabel->hide();
    refreshSections();
    emit modifiedChanged(false);
    emit titleChanged(title());
}

bool CustomerCardWidget::loadCustomer(qint64 customerId)
{
    storage::CustomerRepository repository(m_session);
    auto customer = repository.get(customerId, true);
    if (!customer) {
        MessageBox::warning(this, tr("Customer card"),
                            tr("The card cannot be opened: %1").arg(ErrorText::sentence(customer.error())));
        return false;
    }
    setLoaded(*customer);
    return true;
}

void CustomerCardWidget::newCustomer()
{
    core::Customer customer;
    customer.areaId = m_session.user().areaId;
    setLoaded(customer);
    m_editors[F::Name]->setFocus();
}

void CustomerCardWidget::reload()
{
    if (m_current.id > 0)
        loadCustomer(m_current.id);
}

bool CustomerCardWidget::save()
{
    if (!m_hasCustomer)
        return false;
    endEditSession();
    if (!validate()) {
        for (int f = 0; f < CustomerFields::FieldCount; ++f) {
            if (m_errors[f]->isVisible()) {
                m_tabs->setCurrentIndex(0);
                m_editors[f]->setFocus();
                break;
            }
        }
        emit statusMessage(tr("The card was not saved: correct the marked fields."));
        return false;
    }
    const bool creating = m_current.id == 0;
    if (!creating && !isModified()) {
        emit statusMessage(tr("Nothing to save."));
        return true;
    }
    if ((creating || m_current.name != m_original.name || m_current.phone != m_original.phone) &&
        !confirmNotADuplicate())
        return false;
    storage::CustomerRepository repository(m_session);
    auto result = creating ? repository.create(m_current) : repository.update(m_current);
    if (!result) {
        const core::Error& error = result.error();
        if (error.code == core::ErrorCode::Conflict)
            return resolveConflict();
        const int field = CustomerFields::fromKey(error.field);
        if (error.code == core::ErrorCode::InvalidArgument && field >= 0) {
            m_errors[field]->setText(ValidationText::message(error));
            m_errors[field]->show();
            m_editors[field]->setFocus();
        } else {
            MessageBox::warning(this, tr("Save failed"),
                                tr("The card was not saved: %1").arg(ErrorText::sentence(error)));
        }
        return false;
    }
    setLoaded(*result);
    emit statusMessage(tr("Card saved."));
    emit saved(result->id);
    return true;
}

bool CustomerCardWidget::confirmNotADuplicate()
{
    // Two indexed look-ups (the name's beginning, the phone's digits in the search index), like the save itself.
    auto similar = services::DuplicateFinder::similarTo(m_session, m_current);
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
    storage::CustomerRepository repository(m_session);
    auto theirs = repository.get(m_current.id, false);
    if (!theirs) {
        MessageBox::warning(this, tr("Save failed"),
                            tr("The card was changed or removed elsewhere and cannot be read: %1")
                                .arg(ErrorText::sentence(theirs.error())));
        return false;
    }
    switch (ConflictDialog::ask(m_original, m_current, *theirs, this)) {
    case ConflictDialog::KeepMine: {
        // Three-way merge: their version, with the fields this user changed put on top.
        core::Customer merged = *theirs;
        for (int f = 0; f < CustomerFields::FieldCount; ++f) {
            const auto field = static_cast<F>(f);
            const QVariant mine = CustomerFields::value(m_current, field);
            if (mine != CustomerFields::value(m_original, field))
                CustomerFields::setValue(merged, field, mine);
        }
        m_original = *theirs;
        m_current = merged;
        m_undoStack.clear();
        for (int f = 0; f < CustomerFields::FieldCount; ++f)
            setEditorValue(static_cast<F>(f), CustomerFields::value(m_current, static_cast<F>(f)));
        return save();
    }
    case ConflictDialog::TakeTheirs:
        setLoaded(*theirs);
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
    if (m_current.id == 0)
        return;
    if (!maybeClose())
        return;
    ReassignDialog dialog(m_session, m_current.ownerId, this);
    if (!dialog.ask())
        return;
    const auto status = services::CustomerHandover::reassign(m_session, m_current.id, dialog.selectedUserId());
    if (!status) {
        MessageBox::warning(this, tr("Reassign"),
                            tr("The customer was not reassigned: %1").arg(ErrorText::sentence(status.error())));
        return;
    }
    emit statusMessage(tr("Customer reassigned."));
    // A reassign can take the card out of this user's scope; then it is simply closed by the shell.
    storage::CustomerRepository reader(m_session);
    if (auto card = reader.get(m_current.id, false))
        setLoaded(*card);
    emit saved(m_current.id);
}

namespace {
QTableView* makeTable(RecordTableModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

void fitColumns(QTableView* view)
{
    view->resizeColumnsToContents();
    const int limit = view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        view->setColumnWidth(c, std::min(view->columnWidth(c) + 16, limit));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("yyyy-MM-dd")) : QString();
}

QString dateTimeText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString money(double amount)
{
    return QLocale().toString(amount, 'f', 2);
}

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

QString CustomerCardWidget::timelineKind(const QString& kind)
{
    if (kind == QLatin1String("interaction"))
        return tr("Interaction");
    if (kind == QLatin1String("visit"))
        return tr("Visit");
    if (kind == QLatin1String("complaint"))
        return tr("Complaint");
    if (kind == QLatin1String("complaint_status"))
        return tr("Complaint status");
    if (kind == QLatin1String("order"))
        return tr("Order");
    if (kind == QLatin1String("card_change"))
        return tr("Card change");
    return kind;
}

QString CustomerCardWidget::changedField(const QString& table, const QString& field)
{
    return FieldLabels::field(table, field);
}

void CustomerCardWidget::refreshSections()
{
    // Child-record tabs are rebuilt for the loaded card; tab 0 is the card itself.
    const int currentTab = m_tabs->currentIndex();
    while (m_tabs->count() > 1) {
        QWidget* tab = m_tabs->widget(1);
        m_tabs->removeTab(1);
        tab->deleteLater();
    }
    m_contactsModel = nullptr;
    m_valueRisk->showCustomer(m_current.id);
    if (m_current.id <= 0)
        return;
    const qint64 id = m_current.id;

    // Contacts (联系人), editable here.
    {
        auto* tab = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(tab);
        m_contactsModel = new RecordTableModel({tr("Name"), tr("Role"), tr("Phone"), tr("Mobile"), tr("E-mail"),
                                                tr("Birthday"), tr("Do not contact"), tr("Notes")},
                                               tab);
        std::vector<RecordTableModel::Row> rows;
        storage::ContactRepository contacts(m_session);
        if (auto list = contacts.listForCustomer(id)) {
            m_contacts = *list;
            for (const core::Contact& c : *list)
                rows.push_back({c.id,
                                {c.name, c.title, c.phone, c.mobile, c.email, dateText(c.birthday),
                                 c.doNotContact ? tr("Do not contact") : QString(), c.notes},
                                QColor(),
                                c.isPrimary});
        }
        m_contactsModel->setRows(std::move(rows));
        auto* view = makeTable(m_contactsModel, tab);
        view->setObjectName(QStringLiteral("contactsTable"));
        fitColumns(view);
        auto* buttons = new QHBoxLayout;
        auto* add = new QPushButton(tr("Add contact…"), tab);
        auto* edit = new QPushButton(tr("Edit…"), tab);
        auto* remove = new QPushButton(tr("Remove"), tab);
        buttons->addWidget(add);
        buttons->addWidget(edit);
        buttons->addWidget(remove);
        if (m_session.isAdmin()) {
            // Erasing a person (PIPL) is the administrator's: it also blanks their values in the change history.
            auto* erase = new QPushButton(tr("Erase person…"), tab);
            erase->setObjectName(QStringLiteral("eraseContactButton"));
            buttons->addWidget(erase);
            connect(erase, &QPushButton::clicked, this, [this, view] { eraseContact(view->currentIndex().row()); });
        }
        buttons->addStretch();
        buttons->addWidget(noteLabel(tr("The primary contact is shown in bold."), tab));
        layout->addLayout(buttons);
        layout->addWidget(view, 1);
        connect(add, &QPushButton::clicked, this, [this] { editContact(-1); });
        connect(edit, &QPushButton::clicked, this, [this, view] { editContact(view->currentIndex().row()); });
        connect(view, &QTableView::activated, this, [this](const QModelIndex& index) { editContact(index.row()); });
        connect(remove, &QPushButton::clicked, this, [this, view] { removeContact(view->currentIndex().row()); });
        m_tabs->addTab(tab, tr("Contacts (%1)").arg(m_contacts.size()));
    }

    // Products held (持有产品) and the trade history.
    {
        auto* tab = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(tab);
        auto* held = new RecordTableModel({tr("Code"), tr("Product"), tr("Quantity"), tr("Since"), tr("Notes")}, tab);
        std::vector<RecordTableModel::Row> heldRows;
        storage::ProductRepository products(m_session);
        if (auto list = products.listHeld(id)) {
            for (const core::HeldProduct& p : *list)
                heldRows.push_back(
                    {p.productId,
                     {p.productCode, p.productName, QLocale().toString(p.quantity, 'f', 0) + QLatin1Char(' ') + p.unit,
                      dateText(p.since), p.notes},
                     QColor(),
                     false});
        }
        held->setRows(std::move(heldRows));
        auto* orders = new RecordTableModel(
            {tr("Date"), tr("Order no."), tr("Amount"), tr("Payment"), tr("Products"), tr("Entered by")}, tab);
        std::vector<RecordTableModel::Row> orderRows;
        double total = 0;
        storage::OrderRepository orderRepository(m_session);
        if (auto list = orderRepository.listForCustomer(id)) {
            for (const core::OrderDetail& o : *list) {
                QStringList names;
                for (const auto& line : o.lines)
                    names << line.productName;
                names.removeDuplicates();
                total += o.order.amount;
                orderRows.push_back({o.order.id,
                                     {dateText(o.order.orderDate), o.order.orderNo, money(o.order.amount),
                                      o.order.paymentMethod, names.join(QStringLiteral(", ")), o.createdByName},
                                     QColor(),
                                     false});
            }
        }
        const int orderCount = static_cast<int>(orderRows.size());
        orders->setRows(std::move(orderRows));
        layout->addWidget(noteLabel(tr("Products held"), tab));
        auto* heldView = makeTable(held, tab);
        fitColumns(heldView);
        layout->addWidget(heldView, 1);
        layout->addWidget(noteLabel(tr("Orders: %n, total %1", nullptr, orderCount).arg(money(total)), tab));
        auto* ordersView = makeTable(orders, tab);
        fitColumns(ordersView);
        layout->addWidget(ordersView, 2);
        m_tabs->addTab(tab, tr("Products && orders"));
    }

    // Receivables (应收账款), overdue in red.
    {
        auto* tab = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(tab);
        auto* model = new RecordTableModel(
            {tr("Invoice"), tr("Invoice date"), tr("Due date"), tr("Amount"), tr("Paid"), tr("Open"), tr("State")},
            tab);
        std::vector<RecordTableModel::Row> rows;
        double open = 0;
        double overdue = 0;
        const QDate today = QDate::currentDate();
        storage::ReceivableRepository receivables(m_session);
        if (auto list = receivables.listForCustomer(id)) {
            for (const core::Receivable& r : *list) {
                const double left = r.amount - r.paidAmount;
                const bool late = r.isOverdue(today);
                open += left > 0 ? left : 0;
                overdue += late ? left : 0;
                const QString state = late ? tr("Overdue %n day(s)", nullptr, static_cast<int>(r.dueDate.daysTo(today)))
                                      : left > 0.005 ? tr("Open")
                                                     : tr("Paid");
                rows.push_back({r.id,
                                {r.invoiceNo, dateText(r.invoiceDate), dateText(r.dueDate), money(r.amount),
                                 money(r.paidAmount), money(left), state},
                                late ? QColor(0xc0, 0x39, 0x2b) : QColor(),
                                late});
            }
        }
        model->setRows(std::move(rows));
        auto* summary = noteLabel(tr("Open: %1    Overdue: %2").arg(money(open), money(overdue)), tab);
        summary->setObjectName(QStringLiteral("receivablesSummary"));
        if (overdue > 0)
            summary->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
        layout->addWidget(summary);
        auto* view = makeTable(model, tab);
        fitColumns(view);
        layout->addWidget(view, 1);
        m_tabs->addTab(tab, overdue > 0 ? tr("Receivables (overdue)") : tr("Receivables"));
    }

    // Service history (服务历史): interactions, visits, complaints, orders and card changes on one timeline.
    {
        auto* tab = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(tab);
        auto* model = new RecordTableModel({tr("When"), tr("Kind"), tr("What"), tr("Detail"), tr("By")}, tab);
        model->setObjectName(QStringLiteral("timelineModel"));
        std::vector<RecordTableModel::Row> rows;
        storage::ServiceHistory history(m_session);
        if (auto list = history.timeline(id)) {
            for (const core::TimelineEntry& e : *list) {
                QString what = e.title;
                if (e.kind == QLatin1String("interaction"))
                    what = Labels::channel(e.title);
                else if (e.kind == QLatin1String("visit"))
                    what = Labels::visitStatus(e.title);
                else if (e.kind == QLatin1String("card_change"))
                    what = changedField(e.title.section(QLatin1Char('.'), 0, 0), e.title.section(QLatin1Char('.'), 1));
                rows.push_back({e.sourceId,
                                {dateTimeText(e.when), timelineKind(e.kind), what, e.detail, e.userName},
                                e.kind == QLatin1String("complaint") ? QColor(0xc0, 0x39, 0x2b) : QColor(),
                                e.kind == QLatin1String("interaction")});
            }
        }
        model->setRows(std::move(rows));
        auto* buttons = new QHBoxLayout;
        auto* log = new QPushButton(tr("Log interaction…"), tab);
        log->setToolTip(tr("Ctrl+L"));
        connect(log, &QPushButton::clicked, this, &CustomerCardWidget::logInteractionRequested);
        buttons->addWidget(log);
        auto* plan = new QPushButton(tr("Plan visit…"), tab);
        plan->setObjectName(QStringLiteral("planVisitButton"));
        connect(plan, &QPushButton::clicked, this, &CustomerCardWidget::planVisitRequested);
        buttons->addWidget(plan);
        buttons->addStretch();
        layout->addLayout(buttons);
        auto* view = makeTable(model, tab);
        fitColumns(view);
        layout->addWidget(view, 1);
        m_tabs->addTab(tab, tr("Service history"));
    }

    // Stage history (客户生命周期): lifecycle transitions and the stage a rep sets by hand.
    {
        auto* stages = new StageHistoryPanel(m_session, m_tabs);
        stages->setCustomer(id, m_current.name);
        connect(stages, &StageHistoryPanel::statusMessage, this, &CustomerCardWidget::statusMessage);
        // Setting the stage moves the card's row_version on: re-read it, or let unsaved edits meet the conflict.
        connect(stages, &StageHistoryPanel::stageSet, this, [this] {
            if (!isModified())
                reload();
            else
                emit statusMessage(
                    tr("Stage set. The card changed meanwhile: saving your edits will ask how to merge."));
        });
        m_tabs->addTab(stages, tr("Stage history"));
    }

    // Change history from the audit trail: only for those the storage lets read it.
    {
        storage::AuditRepository audit(m_session);
        auto changes = audit.changesForCustomer(id);
        if (changes) {
            auto* tab = new QWidget(m_tabs);
            auto* layout = new QVBoxLayout(tab);
            auto* model =
                new RecordTableModel({tr("When"), tr("By"), tr("Field"), tr("Old value"), tr("New value")}, tab);
            std::vector<RecordTableModel::Row> rows;
            for (const core::AuditEntry& e : *changes) {
                const QString oldValue = FieldLabels::value(e.tableName, e.field, e.oldValue);
                const QString newValue = FieldLabels::value(e.tableName, e.field, e.newValue);
                rows.push_back(
                    {e.id,
                     {dateTimeText(e.at), e.userName, changedField(e.tableName, e.field), oldValue, newValue},
                     QColor(),
                     false});
            }
            model->setRows(std::move(rows));
            auto* view = makeTable(model, tab);
            fitColumns(view);
            layout->addWidget(view, 1);
            m_tabs->addTab(tab, tr("Change history"));
        }
    }
    if (currentTab > 0 && currentTab < m_tabs->count())
        m_tabs->setCurrentIndex(currentTab);
}

void CustomerCardWidget::editContact(int row)
{
    core::Contact contact;
    contact.customerId = m_current.id;
    if (row >= 0) {
        if (row >= static_cast<int>(m_contacts.size()))
            return;
        contact = m_contacts[static_cast<size_t>(row)];
    }
    ContactDialog dialog(m_session, contact, this);
    if (dialog.exec() == QDialog::Accepted) {
        refreshSections();
        emit statusMessage(tr("Contact saved."));
    }
}

void CustomerCardWidget::removeContact(int row)
{
    if (row < 0 || row >= static_cast<int>(m_contacts.size()))
        return;
    const core::Contact& contact = m_contacts[static_cast<size_t>(row)];
    if (MessageBox::question(this, tr("Remove contact"), tr("Remove the contact %1?").arg(contact.name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    storage::ContactRepository repository(m_session);
    const auto status = repository.remove(contact.id);
    if (!status) {
        MessageBox::warning(this, tr("Remove contact"),
                            tr("The contact was not removed: %1").arg(ErrorText::sentence(status.error())));
        return;
    }
    refreshSections();
    emit statusMessage(tr("Contact removed."));
}

void CustomerCardWidget::toggleArchived()
{
    if (m_current.id <= 0 || !maybeClose())
        return;
    storage::CustomerRemoval removal(m_session);
    const bool archive = !m_archivedAt.isValid();
    if (archive &&
        MessageBox::question(this, tr("Archive customer"),
                             tr("Archive %1? The card leaves the customer list, the search and the rep's day; its "
                                "orders stay in the reports. \"Show archived\" in the list finds it again.")
                                 .arg(m_current.name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto status = archive ? removal.archive(m_current.id) : removal.unarchive(m_current.id);
    if (!status) {
        MessageBox::warning(this, tr("Archive customer"),
                            tr("Nothing was changed: %1").arg(ErrorText::sentence(status.error())));
        return;
    }
    reload();
    emit saved(m_current.id);
    emit statusMessage(archive ? tr("Customer archived.") : tr("Customer taken out of the archive."));
}

void CustomerCardWidget::deleteCustomer()
{
    if (m_current.id <= 0 || !maybeClose())
        return;
    storage::CustomerRemoval removal(m_session);
    auto attachments = removal.attachments(m_current.id);
    if (!attachments) {
        MessageBox::warning(this, tr("Delete customer"),
                            tr("Nothing was deleted: %1").arg(ErrorText::sentence(attachments.error())));
        return;
    }
    DeleteCustomerDialog dialog(*attachments, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_current.id;
    auto gone = removal.remove(id);
    if (!gone) {
        MessageBox::warning(this, tr("Delete customer"),
                            tr("Nothing was deleted: %1").arg(ErrorText::sentence(gone.error())));
        return;
    }
    m_hasCustomer = false;
    m_current = core::Customer();
    m_original = core::Customer();
    m_undoStack.clear();
    setEnabled(false);
    emit statusMessage(tr("Customer %1 deleted.").arg(gone->name));
    emit customerDeleted(id);
}

void CustomerCardWidget::eraseContact(int row)
{
    if (row < 0 || row >= static_cast<int>(m_contacts.size()))
        return;
    const core::Contact contact = m_contacts[static_cast<size_t>(row)];
    EraseContactDialog dialog(contact, m_current.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Off the GUI thread, on a connection of its own: the erasure also merges the search index (seconds on a large
    // office). The window keeps painting; the card waits.
    emit statusMessage(tr("Erasing the person's data…"));
    setEnabled(false);
    const QString path = m_session.db().path();
    const core::User user = m_session.user();
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
    refreshSections();
    if (!report->mentionsLeft.isEmpty())
        MessageBox::warning(this, tr("Erase a person's data"),
                            tr("The contact is erased. Texts of this customer still name them and were not changed "
                               "(edit them if they should not): %1")
                                .arg(report->mentionsLeft.join(QStringLiteral(", "))));
    emit statusMessage(tr("The person's data was erased."));
}

} // namespace carddesk::gui
