#include "gui/customer/ConflictDialog.h"

#include "gui/customer/CustomerFields.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace carddesk::gui {

namespace {
std::optional<ConflictDialog::Choice> g_nextChoice;
int g_lastDifferences = 0;

std::vector<CustomerFields::Field> differingFields(const core::Customer& a, const core::Customer& b)
{
    std::vector<CustomerFields::Field> fields;
    for (int f = 0; f < CustomerFields::FieldCount; ++f) {
        const auto field = static_cast<CustomerFields::Field>(f);
        if (CustomerFields::value(a, field) != CustomerFields::value(b, field))
            fields.push_back(field);
    }
    return fields;
}
} // namespace

ConflictDialog::ConflictDialog(const core::Customer& original, const core::Customer& mine, const core::Customer& theirs,
                               QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The card was changed by someone else"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("While you were editing, another user saved a newer version of this card. "
                                "Compare the two versions and choose which to keep. Fields you did not change "
                                "keep the newer values either way."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const auto fields = differingFields(mine, theirs);
    g_lastDifferences = static_cast<int>(fields.size());
    auto* table = new QTableWidget(static_cast<int>(fields.size()), 3, this);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Their version")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    int row = 0;
    for (const auto field : fields) {
        auto* label = new QTableWidgetItem(CustomerFields::label(field));
        auto* mineItem = new QTableWidgetItem(CustomerFields::displayText(mine, field));
        auto* theirsItem = new QTableWidgetItem(CustomerFields::displayText(theirs, field));
        // Bold where each side actually changed the field, so the user sees who did what.
        QFont bold = mineItem->font();
        bold.setBold(true);
        if (CustomerFields::value(mine, field) != CustomerFields::value(original, field))
            mineItem->setFont(bold);
        if (CustomerFields::value(theirs, field) != CustomerFields::value(original, field))
            theirsItem->setFont(bold);
        table->setItem(row, 0, label);
        table->setItem(row, 1, mineItem);
        table->setItem(row, 2, theirsItem);
        ++row;
    }
    layout->addWidget(table);

    auto* buttons = new QDialogButtonBox(this);
    auto* keepMine = buttons->addButton(tr("Keep my changes"), QDialogButtonBox::AcceptRole);
    auto* takeTheirs = buttons->addButton(tr("Take their version"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = KeepMine;
        accept();
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this] {
        m_choice = TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 360);
}

ConflictDialog::Choice ConflictDialog::ask(const core::Customer& original, const core::Customer& mine,
                                           const core::Customer& theirs, QWidget* parent)
{
    if (g_nextChoice) {
        g_lastDifferences = static_cast<int>(differingFields(mine, theirs).size());
        const Choice choice = *g_nextChoice;
        g_nextChoice.reset();
        return choice;
    }
    ConflictDialog dialog(original, mine, theirs, parent);
    dialog.exec();
    return dialog.choice();
}

void ConflictDialog::setNextChoice(Choice choice)
{
    g_nextChoice = choice;
}

int ConflictDialog::lastDifferenceCount()
{
    return g_lastDifferences;
}

} // namespace carddesk::gui
