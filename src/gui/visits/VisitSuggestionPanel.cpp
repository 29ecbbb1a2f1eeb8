#include "gui/visits/VisitSuggestionPanel.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/ErrorText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace carddesk::gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kRegionRole = Qt::UserRole + 2;

enum Column
{
    CustomerColumn,
    ReasonColumn,
    ColumnCount
};

} // namespace

VisitSuggestionPanel::VisitSuggestionPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(tr("Suggested this week"), this)), m_days(new QSpinBox(this)),
      m_tree(new QTreeWidget(this)), m_note(new QLabel(this)),
      m_planSelected(new QPushButton(tr("Plan selected…"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_days->setObjectName(QStringLiteral("suggestionDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(services::VisitSuggestions::kDefaultDays);
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("An A customer is suggested when not visited for this many days"));
    m_tree->setObjectName(QStringLiteral("suggestionTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Customer"), tr("Why")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(CustomerColumn, m_tree->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_planSelected->setObjectName(QStringLiteral("planSelectedButton"));
    m_planSelected->setEnabled(false);

    auto* rule = new QHBoxLayout;
    auto* daysLabel = new QLabel(tr("A customers not visited for"), this);
    daysLabel->setBuddy(m_days);
    rule->addWidget(daysLabel);
    rule->addWidget(m_days);
    rule->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(rule);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_note);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_planSelected);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_planSelected->setEnabled(!m_tree->selectedItems().isEmpty()); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(CustomerColumn, kIdRole).toLongLong(); id > 0)
            emit openCustomer(id);
    });
    connect(m_planSelected, &QPushButton::clicked, this, [this] {
        if (auto customers = selectedCustomers(); !customers.empty())
            emit planRequested(customers);
    });
    // Typing 45 passes through 4: read once the number has settled.
    auto* settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(400);
    connect(m_days, &QSpinBox::valueChanged, settle, qOverload<>(&QTimer::start));
    connect(settle, &QTimer::timeout, this, [this] { emit daysChanged(m_days->value()); });
}

int VisitSuggestionPanel::days() const
{
    return m_days->value();
}

QString VisitSuggestionPanel::reasonText(const storage::VisitSuggestionRow& row)
{
    const QLocale locale;
    QStringList parts;
    if (row.reasons & storage::SuggestNotVisited)
        parts << (row.lastVisit.isValid() ? tr("A customer, last visit %1").arg(DisplayDate::text(row.lastVisit))
                                          : tr("A customer, never visited"));
    if (row.reasons & storage::SuggestOverdueReceivable)
        parts << tr("%1 overdue since %2")
                     .arg(locale.toString(row.overdueAmount, 'f', 2), DisplayDate::text(row.oldestDue));
    if (row.reasons & storage::SuggestDecline)
        parts << tr("in decline");
    if (row.reasons & storage::SuggestOpenComplaint)
        parts << tr("open complaints: %1").arg(row.openComplaints);
    return parts.join(tr("; ", "between the reasons of one suggestion"));
}

void VisitSuggestionPanel::setSuggestions(const core::Result<services::VisitSuggestionList>& list)
{
    m_tree->clear();
    if (!list) {
        m_note->setText(tr("The suggestions cannot be read: %1").arg(ErrorText::sentence(list.error())));
        return;
    }
    const QLocale locale;
    m_title->setText(tr("Suggested for week %1").arg(services::VisitSuggestions::weekLabel(list->monday)));
    QTreeWidgetItem* group = nullptr;
    QString region;
    int shown = 0;
    for (const storage::VisitSuggestionRow& row : list->rows) {
        if (shown == kShownAtMost)
            break;
        if (!group || row.region != region) {
            region = row.region;
            group = new QTreeWidgetItem(m_tree);
            group->setData(CustomerColumn, kRegionRole, region);
            QFont font = group->font(CustomerColumn);
            font.setBold(true);
            group->setFont(CustomerColumn, font);
            group->setExpanded(true);
            auto* plan = new QPushButton(tr("Plan"), m_tree);
            plan->setObjectName(QStringLiteral("planRegionButton"));
            plan->setToolTip(tr("Plan visits to every customer of this region on one day"));
            plan->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
            auto* host = new QWidget(m_tree);
            auto* hostLayout = new QHBoxLayout(host);
            hostLayout->setContentsMargins(0, 0, 4, 0);
            hostLayout->addStretch(1);
            hostLayout->addWidget(plan);
            m_tree->setItemWidget(group, ReasonColumn, host);
            connect(plan, &QPushButton::clicked, this,
                    [this, group] { emit planRequested(regionCustomers(m_tree->indexOfTopLevelItem(group))); });
        }
        auto* item = new QTreeWidgetItem(group);
        item->setText(CustomerColumn, row.name);
        item->setData(CustomerColumn, kIdRole, row.customerId);
        item->setToolTip(CustomerColumn, QStringLiteral("%1\n%2").arg(row.code, row.address));
        item->setText(ReasonColumn, reasonText(row));
        item->setToolTip(ReasonColumn, item->text(ReasonColumn));
        ++shown;
    }
    // The group's title counts its customers once they are all in.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* g = m_tree->topLevelItem(i);
        const QString name = g->data(CustomerColumn, kRegionRole).toString();
        g->setText(CustomerColumn, tr("%1 (%2)").arg(name.isEmpty() ? tr("No region") : name).arg(g->childCount()));
    }
    const int total = int(list->rows.size());
    if (total == 0)
        m_note->setText(
            tr("Nobody to suggest this week: no customer of this user meets a rule, or each one that does has a visit "
               "planned."));
    else if (total > shown)
        m_note->setText(tr("Customers: %1 · regions: %2; the first %3 are shown.")
                            .arg(locale.toString(total))
                            .arg(m_tree->topLevelItemCount())
                            .arg(locale.toString(shown)));
    else
        m_note->setText(tr("Customers: %1 · regions: %2").arg(total).arg(m_tree->topLevelItemCount()));
    m_planSelected->setEnabled(false);
}

std::vector<std::pair<qint64, QString>> VisitSuggestionPanel::regionCustomers(int regionRow) const
{
    std::vector<std::pair<qint64, QString>> customers;
    if (QTreeWidgetItem* group = m_tree->topLevelItem(regionRow)) {
        for (int i = 0; i < group->childCount(); ++i)
            customers.emplace_back(group->child(i)->data(CustomerColumn, kIdRole).toLongLong(),
                                   group->child(i)->text(CustomerColumn));
    }
    return customers;
}

std::vector<std::pair<qint64, QString>> VisitSuggestionPanel::selectedCustomers() const
{
    std::vector<std::pair<qint64, QString>> customers;
    std::set<qint64> seen;
    const auto add = [&](QTreeWidgetItem* item) {
        const qint64 id = item->data(CustomerColumn, kIdRole).toLongLong();
        if (id > 0 && seen.insert(id).second)
            customers.emplace_back(id, item->text(CustomerColumn));
    };
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->isSelected() || group->child(i)->isSelected())
                add(group->child(i));
    }
    return customers;
}

} // namespace carddesk::gui
