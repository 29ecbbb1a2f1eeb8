#include "gui/duplicates/MergeDialog.h"

#include "core/CustomerColumns.h"
#include "gui/common/ErrorText.h"
#include "gui/common/FieldLabels.h"
#include "gui/common/WorkerConnection.h"
#include "services/CustomerMerge.h"
#include "storage/access/Session.h"
#include "storage/repositories/CustomerRepository.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::gui {

namespace {

struct Cards
{
    core::Customer kept;
    core::Customer other;
    QString error;
};

struct MergeOutcome
{
    qint64 mergeId = 0;
    QString error;
};

QString shown(const core::CustomerColumn& column, const core::Customer& card)
{
    const QString text = FieldLabels::value(QStringLiteral("customers"), column.columnName(), column.auditText(card));
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

MergeDialog::MergeDialog(QString officePath, core::User user, qint64 keptId, qint64 otherId, QWidget* parent)
    : QDialog(parent), m_officePath(std::move(officePath)), m_user(std::move(user)), m_keptId(keptId),
      m_otherId(otherId), m_fields(new QWidget(this)), m_grid(new QGridLayout(m_fields)), m_status(new QLabel(this)),
      m_swap(new QPushButton(tr("&Keep the other card instead"), this)),
      m_mergeButton(new QPushButton(tr("&Merge"), this))
{
    setWindowTitle(tr("Merge two cards"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_fields);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_status->setWordWrap(true);

    auto* note = new QLabel(tr("The card on the left is kept. Where the two cards differ, choose the value the kept "
                               "card ends with. Contacts, orders, receivables, payments, interactions, visits, "
                               "complaints, satisfaction surveys and the lifecycle history of the other card move to "
                               "the kept card; the other card is removed. A merge can be undone as long as the kept "
                               "card is not changed afterwards."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_swap, QDialogButtonBox::ActionRole);
    buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mergeButton, &QPushButton::clicked, this, &MergeDialog::runMerge);
    connect(m_swap, &QPushButton::clicked, this, &MergeDialog::swapCards);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 560);
    load();
}

void MergeDialog::setBusy(bool busy, const QString& text)
{
    m_status->setText(text);
    m_mergeButton->setEnabled(!busy);
    m_swap->setEnabled(!busy);
    m_fields->setEnabled(!busy);
}

void MergeDialog::load()
{
    setBusy(true, tr("Reading both cards…"));
    auto* watcher = new QFutureWatcher<Cards>(this);
    connect(watcher, &QFutureWatcher<Cards>::finished, this, [this, watcher] {
        const Cards cards = watcher->result();
        watcher->deleteLater();
        if (!cards.error.isEmpty()) {
            setBusy(true, cards.error);
            m_swap->setEnabled(false);
        } else {
            showCards(cards.kept, cards.other);
            setBusy(false, QString());
        }
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run([path = m_officePath, user = m_user, kept = m_keptId, other = m_otherId] {
        Cards cards;
        auto db = openWorkerConnection(path);
        if (!db) {
            cards.error = ErrorText::sentence(db.error());
            return cards;
        }
        storage::Session session(**db, user);
        storage::CustomerRepository repository(session);
        auto a = repository.get(kept);
        auto b = repository.get(other);
        if (!a || !b)
            cards.error = ErrorText::sentence(!a ? a.error() : b.error());
        else {
            cards.kept = *a;
            cards.other = *b;
        }
        return cards;
    }));
}

void MergeDialog::showCards(const core::Customer& kept, const core::Customer& other)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (auto& choice : m_choices)
        delete choice.second;
    m_choices.clear();
    auto header = [this](const QString& text, int column) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), m_fields);
        label->setWordWrap(true);
        m_grid->addWidget(label, 0, column);
    };
    header(tr("Field"), 0);
    header(tr("Kept: %1 (%2)").arg(kept.name, kept.code), 1);
    header(tr("Merged into it: %1 (%2)").arg(other.name, other.code), 2);
    int row = 1;
    QStringList same;
    for (const core::CustomerColumn& column : core::CustomerColumns::all()) {
        if (!column.editable)
            continue;
        const QString label = FieldLabels::customer(column.field);
        if (column.auditText(kept) == column.auditText(other)) {
            same << label;
            continue;
        }
        m_grid->addWidget(new QLabel(label, m_fields), row, 0);
        auto* group = new QButtonGroup(this);
        auto* mine = new QRadioButton(shown(column, kept), m_fields);
        auto* theirs = new QRadioButton(shown(column, other), m_fields);
        mine->setChecked(true);
        // An empty field on the kept card takes the other card's value unless the user says otherwise.
        if (column.auditText(kept).isEmpty() || column.auditText(kept) == QLatin1String("0.00"))
            theirs->setChecked(true);
        group->addButton(mine, 0);
        group->addButton(theirs, 1);
        m_grid->addWidget(mine, row, 1);
        m_grid->addWidget(theirs, row, 2);
        m_choices.emplace_back(column.columnName(), group);
        ++row;
    }
    if (!same.isEmpty()) {
        auto* equal = new QLabel(tr("The same on both cards: %1").arg(same.join(tr(", "))), m_fields);
        equal->setWordWrap(true);
        m_grid->addWidget(equal, row++, 0, 1, 3);
    }
    m_grid->setRowStretch(row, 1);
    m_keptId = kept.id;
    m_otherId = other.id;
}

QStringList MergeDialog::takenFields() const
{
    QStringList fields;
    for (const auto& [column, group] : m_choices) {
        if (group->checkedId() == 1)
            fields << column;
    }
    return fields;
}

void MergeDialog::takeFromOther(const QString& column)
{
    for (const auto& [name, group] : m_choices) {
        if (name == column)
            group->button(1)->setChecked(true);
    }
}

void MergeDialog::swapCards()
{
    std::swap(m_keptId, m_otherId);
    load();
}

void MergeDialog::runMerge()
{
    setBusy(true, tr("Merging…"));
    auto* watcher = new QFutureWatcher<MergeOutcome>(this);
    connect(watcher, &QFutureWatcher<MergeOutcome>::finished, this, [this, watcher] {
        const MergeOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.error.isEmpty()) {
            setBusy(false, outcome.error);
            emit mergeDone(false);
            return;
        }
        m_mergeId = outcome.mergeId;
        emit mergeDone(true);
        accept();
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_officePath, user = m_user, kept = m_keptId, other = m_otherId, take = takenFields()] {
            MergeOutcome outcome;
            auto db = openWorkerConnection(path);
            if (!db) {
                outcome.error = ErrorText::sentence(db.error());
                return outcome;
            }
            storage::Session session(**db, user);
            auto merged = services::CustomerMerge::merge(session, kept, other, take);
            if (merged)
                outcome.mergeId = *merged;
            else
                outcome.error = ErrorText::sentence(merged.error());
            return outcome;
        }));
}

} // namespace carddesk::gui
