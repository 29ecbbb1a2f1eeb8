#include "gui/customer/CustomerCardForm.h"

#include "core/CustomerValidator.h"
#include "gui/common/Labels.h"
#include "gui/common/SetFieldCommand.h"
#include "gui/common/ValidationText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

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

CustomerCardForm::CustomerCardForm(QWidget* sidePanel, bool mayReassign, QWidget* parent) : QWidget(parent)
{
    buildUi(sidePanel, mayReassign);
}

CustomerCardForm::~CustomerCardForm()
{
    // Commands call back into this form; drop them before the editors go.
    m_undoStack.clear();
}

QWidget* CustomerCardForm::createEditor(F field)
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
        connect(edit, &QDateEdit::editingFinished, this, &CustomerCardForm::endEditSession);
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
        connect(spin, &QDoubleSpinBox::editingFinished, this, &CustomerCardForm::endEditSession);
        return spin;
    }
    case F::Satisfaction: {
        auto* spin = new QSpinBox(this);
        spin->setRange(0, 5);
        spin->setSpecialValueText(tr("(not set)"));
        spin->setSuffix(tr(" / 5"));
        connect(spin, &QSpinBox::valueChanged, this, [this, field](int v) { onEdited(field, v); });
        connect(spin, &QSpinBox::editingFinished, this, &CustomerCardForm::endEditSession);
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
        connect(line, &QLineEdit::editingFinished, this, &CustomerCardForm::endEditSession);
        return line;
    }
    }
}

QWidget* CustomerCardForm::fieldCell(F field)
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

void CustomerCardForm::setEditorValue(F field, const QVariant& value)
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

void CustomerCardForm::onEdited(F field, const QVariant& value)
{
    if (m_applying || !m_hasCustomer)
        return;
    const QVariant old = CustomerFields::value(m_current, field);
    if (old == value)
        return;
    m_undoStack.push(
        new SetFieldCommand([this](F f, const QVariant& v) { applyField(f, v); }, field, old, value, m_editSession));
}

void CustomerCardForm::endEditSession()
{
    ++m_editSession;
}

void CustomerCardForm::applyField(F field, const QVariant& value)
{
    CustomerFields::setValue(m_current, field, value);
    setEditorValue(field, value);
    validate();
    emit edited();
}

bool CustomerCardForm::validate()
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

bool CustomerCardForm::isModified() const
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

void CustomerCardForm::buildUi(QWidget* sidePanel, bool mayReassign)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
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

    auto basic = makeGroup(tr("Basic information"), {F::Name, F::Kind, F::Status, F::Industry, F::Region, F::Address,
                                                     F::Phone, F::Email, F::Website, F::Source})
                     .first;
    auto evaluation =
        makeGroup(tr("Evaluation"), {F::CreditRating, F::CreditLimit, F::Satisfaction, F::LoyaltyClass}).first;
    auto [relationship, relationshipForm] = makeGroup(tr("Relationship"), {F::IsKey});
    auto* ownerRow = new QWidget(relationship);
    auto* ownerLayout = new QHBoxLayout(ownerRow);
    ownerLayout->setContentsMargins(0, 0, 0, 0);
    m_ownerLabel = new QLabel(ownerRow);
    m_ownerLabel->setObjectName(QStringLiteral("ownerLabel"));
    ownerLayout->addWidget(m_ownerLabel, 1);
    m_reassignButton = new QPushButton(tr("Reassign…"), ownerRow);
    m_reassignButton->setVisible(mayReassign);
    connect(m_reassignButton, &QPushButton::clicked, this, &CustomerCardForm::reassignRequested);
    ownerLayout->addWidget(m_reassignButton);
    relationshipForm->insertRow(0, tr("Assigned rep:"), ownerRow);
    m_referredLabel = new QLabel(relationship);
    relationshipForm->addRow(tr("Referred by:"), m_referredLabel);
    relationshipForm->addRow(CustomerFields::label(F::Notes) + QLatin1Char(':'), fieldCell(F::Notes));
    auto detail = makeGroup(tr("Detailed information"),
                            {F::Size, F::Established, F::RegisteredCapital, F::KeyFigures, F::Preferences})
                      .first;
    auto habits = makeGroup(tr("Trade habits"), {F::PurchaseHabits, F::PreferredPayment}).first;

    // Value and risk first on the right: what a manager looks at before anything else.
    sidePanel->setParent(page);
    grid->addWidget(basic, 0, 0, 3, 1);
    grid->addWidget(sidePanel, 0, 1);
    grid->addWidget(evaluation, 1, 1);
    grid->addWidget(relationship, 2, 1);
    grid->addWidget(detail, 3, 0);
    grid->addWidget(habits, 3, 1);
    grid->setRowStretch(4, 1);
    scroll->setWidget(page);

    setTabOrder(m_editors[F::Name], m_editors[F::Kind]);
    setEnabled(false);
}

void CustomerCardForm::showValues()
{
    for (int f = 0; f < CustomerFields::FieldCount; ++f)
        setEditorValue(static_cast<F>(f), CustomerFields::value(m_current, static_cast<F>(f)));
}

void CustomerCardForm::setCustomer(const core::Customer& customer)
{
    m_original = customer;
    m_current = customer;
    m_hasCustomer = true;
    m_undoStack.clear();
    showValues();
    m_reassignButton->setEnabled(customer.id > 0);
    validate();
    setEnabled(true);
}

void CustomerCardForm::clearCustomer()
{
    m_hasCustomer = false;
    m_current = core::Customer();
    m_original = core::Customer();
    m_undoStack.clear();
    setEnabled(false);
}

void CustomerCardForm::rebase(const core::Customer& theirs, const core::Customer& merged)
{
    m_original = theirs;
    m_current = merged;
    m_undoStack.clear();
    showValues();
}

void CustomerCardForm::setOwnerName(const QString& name)
{
    m_ownerLabel->setText(name);
}

void CustomerCardForm::setReferredName(const QString& name)
{
    m_referredLabel->setText(name);
}

bool CustomerCardForm::focusFirstError()
{
    for (int f = 0; f < CustomerFields::FieldCount; ++f) {
        if (!m_errors[f]->isHidden()) {
            m_editors[f]->setFocus();
            return true;
        }
    }
    return false;
}

void CustomerCardForm::showFieldError(F field, const QString& message)
{
    m_errors[field]->setText(message);
    m_errors[field]->show();
    m_editors[field]->setFocus();
}

} // namespace carddesk::gui
