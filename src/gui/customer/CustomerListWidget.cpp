#include "gui/customer/CustomerListWidget.h"

#include "gui/common/BusyNote.h"

#include "core/PinyinText.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "gui/common/StorageWorker.h"
#include "gui/customer/CustomerListModel.h"
#include "storage/access/Session.h"
#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace carddesk::gui {

CustomerListWidget::CustomerListWidget(storage::Session& session, QWidget* parent, StorageWorker* worker)
    : QWidget(parent), m_session(session), m_queries(std::make_unique<storage::CustomerListQueries>(session)),
      m_model(worker ? new CustomerListModel(*worker, this) : new CustomerListModel(*m_queries, this)),
      m_search(new QLineEdit(this)), m_status(new QComboBox(this)), m_area(new QComboBox(this)),
      m_owner(new QComboBox(this)), m_keyOnly(new QCheckBox(tr("Key customers only"), this)),
      m_archived(new QCheckBox(tr("Show archived"), this)), m_abc(new QComboBox(this)), m_risk(new QComboBox(this)),
      m_stage(new QComboBox(this)), m_view(new QTableView(this)), m_count(new QLabel(this)),
      m_busy(new BusyNote(m_view,
                          [this](const QSize& view, const QSize& note) {
                              // Below the header, over the first rows.
                              return QPoint((view.width() - note.width()) / 2,
                                            m_view->horizontalHeader()->height() + 8);
                          })),
      m_searchTimer(new QTimer(this))
{
    // First: setting up the view's sorting below already starts a load.
    connect(m_model, &CustomerListModel::loadingChanged, this, &CustomerListWidget::showBusy);
    connect(m_model, &CustomerListModel::loaded, this, &CustomerListWidget::afterLoad);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);

    auto* filters = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search name, pinyin, contact, phone or e-mail (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(300);
    filters->addWidget(m_search, 3);

    m_status->addItem(tr("All statuses"), QString());
    for (const char* code : {"potential", "current", "lost"})
        m_status->addItem(Labels::status(QString::fromLatin1(code)), QString::fromLatin1(code));
    filters->addWidget(m_status);

    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->addItem(tr("All areas"), 0);
    m_area->hide(); // shown when the choices are in and there is a choice
    filters->addWidget(m_area);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->addItem(tr("All reps"), 0);
    m_owner->addItem(tr("(no rep)"), storage::CustomerQuery::kNoOwner);
    m_owner->hide();
    filters->addWidget(m_owner);
    layout->addLayout(filters);
    // The flags and the score filters on a second row: in one row the page needed 1,413 px (English), wider than a
    // 1280-pixel laptop screen.
    auto* moreFilters = new QHBoxLayout;
    moreFilters->addWidget(m_keyOnly);
    // Archived cards are out of the list; this shows them alone (to open, unarchive or delete one).
    m_archived->setObjectName(QStringLiteral("archivedFilter"));
    moreFilters->addWidget(m_archived);

    // Score filters: empty until the first scoring run, but harmless then (nothing matches).
    m_abc->setObjectName(QStringLiteral("abcFilter"));
    m_abc->addItem(tr("All ABC classes"), QString());
    for (const char* code : {"A", "B", "C"})
        m_abc->addItem(Labels::abc(QString::fromLatin1(code)), QString::fromLatin1(code));
    m_risk->setObjectName(QStringLiteral("riskFilter"));
    m_risk->addItem(tr("All risks"), QString());
    for (const char* code : {"high", "medium", "low"})
        m_risk->addItem(Labels::churnRisk(QString::fromLatin1(code)), QString::fromLatin1(code));
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->addItem(tr("All stages"), QString());
    for (const QString& code : Labels::stages())
        m_stage->addItem(Labels::stage(code), code);
    moreFilters->addWidget(m_abc);
    moreFilters->addWidget(m_risk);
    moreFilters->addWidget(m_stage);
    moreFilters->addStretch(1);
    layout->addLayout(moreFilters);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("customerTable"));
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once (Ctrl/Shift-click) for planning visits to all of them; opening acts on the current row.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!m_view->indexAt(at).isValid())
            return;
        QMenu menu(this);
        const int count = int(selectedCustomers().size());
        menu.addAction(count > 1 ? tr("Plan visits to %1 customers…").arg(count) : tr("Plan visit…"), this,
                       &CustomerListWidget::planVisitRequested);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[CustomerListModel::ColumnCount] = {18, 7, 7, 5, 5, 6, 3, 7, 7, 5, 7, 3, 6, 8, 6};
    // At least the header's own text: column titles differ in length between languages.
    const QFontMetrics header(m_view->horizontalHeader()->font());
    // Dates are shown whole: a clipped "2026-08-…" hides the day a rep scans for.
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 20;
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c) {
        int width = std::max(widths[c] * unit,
                             header.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24);
        if (c == CustomerListModel::LastOrder)
            width = std::max(width, dateWidth);
        // An overdue follow-up carries its mark after the date.
        if (c == CustomerListModel::NextFollowUp)
            width = std::max(width, fontMetrics().horizontalAdvance(
                                        CustomerListModel::tr("%1 overdue").arg(QStringLiteral("0000-00-00"))) +
                                        20);
        m_view->setColumnWidth(c, width);
    }
    layout->addWidget(m_view, 1);

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    if (worker)
        connect(worker, &StorageWorker::databaseChanged, this, &CustomerListWidget::refresh);

    m_count->setObjectName(QStringLiteral("countLabel"));
    connect(m_count, &QLabel::linkActivated, m_model, &CustomerListModel::countAll);
    layout->addWidget(m_count);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerListWidget::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_focusFirstOnLoad = true;
        m_reselect = 0;
        applyFilters();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &CustomerListWidget::applyFilters);
    connect(m_area, &QComboBox::currentIndexChanged, this, &CustomerListWidget::applyFilters);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &CustomerListWidget::applyFilters);
    connect(m_keyOnly, &QCheckBox::toggled, this, &CustomerListWidget::applyFilters);
    connect(m_archived, &QCheckBox::toggled, this, &CustomerListWidget::applyFilters);
    connect(m_abc, &QComboBox::currentIndexChanged, this, &CustomerListWidget::applyFilters);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &CustomerListWidget::applyFilters);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CustomerListWidget::applyFilters);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->customerId(index.row()))
            emit openCustomer(id);
    });
    connect(m_model, &CustomerListModel::totalCountChanged, this, &CustomerListWidget::updateCount);
    connect(m_model, &CustomerListModel::rowsInserted, this, &CustomerListWidget::updateCount);
    connect(m_model, &CustomerListModel::errorOccurred, this,
            [this](const QString& message) { emit statusMessage(tr("The list cannot be read: %1").arg(message)); });
    m_choices = new PageLoader(session, worker, this, m_owner);
    applyFilters();
    loadFilterChoices(); // after the rows: jobs run in the order posted, and the rows matter first
    // A search of 汉字 looks up their pinyin; the first lookup in a thread builds ICU's Han-Latin transliterator
    // (about 80 ms). Built here, it is part of the log-in instead of the first 汉字 typed.
    core::pinyinKeys(QStringLiteral("汉"));
}

CustomerListWidget::~CustomerListWidget()
{
    // The model reads through the repository: it goes first.
    delete m_model;
}

void CustomerListWidget::applyFilters()
{
    m_searchTimer->stop();
    storage::CustomerQuery query = m_model->query();
    query.search = m_search->text().trimmed();
    query.status = m_status->currentData().toString();
    query.areaId = m_area->currentData().toLongLong();
    query.ownerId = m_owner->currentData().toLongLong();
    query.keyOnly = m_keyOnly->isChecked();
    query.archived =
        m_archived->isChecked() ? storage::CustomerQuery::Archived::Only : storage::CustomerQuery::Archived::Hidden;
    query.abc = m_abc->currentData().toString();
    query.churnRisk = m_risk->currentData().toString();
    query.stage = m_stage->currentData().toString();
    m_model->setQuery(query);
}

void CustomerListWidget::refresh()
{
    m_reselect = currentCustomerId();
    m_model->reload();
    loadFilterChoices(); // a rep or area added or renamed meanwhile
}

namespace {

struct FilterChoices
{
    std::vector<core::Area> areas;
    std::vector<core::User> reps;
};

// Fills a filter box again, keeping the chosen item when it is still there; true when the choice had to change.
// `fixed`: the first items, which stay ("All …", "(no rep)").
template <typename T, typename Label>
bool refill(QComboBox* box, const std::vector<T>& items, Label label, int fixed = 1)
{
    const QVariant chosen = box->currentData();
    const QSignalBlocker blocker(box);
    while (box->count() > fixed)
        box->removeItem(fixed);
    for (const T& item : items)
        box->addItem(label(item), item.id);
    const int index = box->findData(chosen);
    box->setCurrentIndex(std::max(index, 0));
    return index < 0;
}

} // namespace

void CustomerListWidget::loadFilterChoices()
{
    m_choices->load<FilterChoices>(
        [](storage::Session& session) -> core::Result<FilterChoices> {
            FilterChoices choices;
            auto areas = storage::UserRepository::areas(session);
            if (!areas)
                return areas.error();
            choices.areas = std::move(*areas);
            auto users = storage::UserRepository::list(session);
            if (!users)
                return users.error();
            for (core::User& user : *users) {
                if (user.role == core::Role::Rep)
                    choices.reps.push_back(std::move(user));
            }
            return choices;
        },
        [this](core::Result<FilterChoices> choices) {
            if (!choices)
                return; // the boxes keep what they offered
            bool changed = refill(m_area, choices->areas, [](const core::Area& area) { return area.name; });
            changed |= refill(
                m_owner, choices->reps,
                [](const core::User& user) { return user.displayName.isEmpty() ? user.username : user.displayName; },
                2);
            m_area->setVisible(m_area->count() > 2);
            // A rep sees only their own customers: a rep filter would offer nothing.
            m_owner->setVisible(m_session.user().role != core::Role::Rep && m_owner->count() > 2);
            if (changed)
                applyFilters();
        });
}

void CustomerListWidget::afterLoad()
{
    if (m_focusFirstOnLoad) {
        m_focusFirstOnLoad = false;
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
        return;
    }
    if (m_reselect) {
        const int row = m_model->rowOfCustomer(m_reselect);
        m_reselect = 0;
        if (row >= 0)
            m_view->selectRow(row);
    }
}

void CustomerListWidget::showBusy(bool loading)
{
    if (loading)
        m_busy->started();
    else
        m_busy->finished();
}

void CustomerListWidget::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

qint64 CustomerListWidget::currentCustomerId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->customerId(index.row()) : 0;
}

std::vector<std::pair<qint64, QString>> CustomerListWidget::selectedCustomers() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(CustomerListModel::Name);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<std::pair<qint64, QString>> customers;
    for (const QModelIndex& index : rows)
        if (const qint64 id = m_model->customerId(index.row()); id > 0)
            customers.emplace_back(id, index.data().toString());
    return customers;
}

void CustomerListWidget::updateCount()
{
    const QLocale locale;
    if (!m_model->totalIsExact()) {
        // Beyond CustomerListModel::CountCap the count is a lower bound; the exact one on request only.
        m_count->setTextFormat(Qt::RichText);
        m_count->setText(tr("More than %1 customers (%2 loaded) &ndash; <a href=\"count\">count all</a>")
                             .arg(locale.toString(CustomerListModel::CountCap), locale.toString(m_model->rowCount())));
        return;
    }
    m_count->setTextFormat(Qt::PlainText); // the search text is the user's, never markup
    if (m_model->totalCount() == 0 && !m_search->text().trimmed().isEmpty())
        m_count->setText(tr("No customer matches \"%1\".").arg(m_search->text().trimmed()));
    else
        m_count->setText(tr("%1 customers (%2 loaded)")
                             .arg(locale.toString(m_model->totalCount()), locale.toString(m_model->rowCount())));
}

QByteArray CustomerListWidget::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void CustomerListWidget::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace carddesk::gui
