#include "gui/customer/CustomerListModel.h"

#include "gui/common/ErrorText.h"

#include "gui/common/Labels.h"
#include "gui/common/StorageWorker.h"
#include "storage/queries/CustomerListQueries.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace carddesk::gui {

using storage::CustomerQuery;

CustomerListModel::CustomerListModel(storage::CustomerListQueries& queries, QObject* parent)
    : QAbstractTableModel(parent), m_queries(&queries)
{
}

CustomerListModel::CustomerListModel(StorageWorker& worker, QObject* parent)
    : QAbstractTableModel(parent), m_worker(&worker)
{
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CustomerQuery::SortColumn CustomerListModel::sortColumnFor(int column)
{
    using S = CustomerQuery::SortColumn;
    switch (column) {
    case Code:
        return S::Code;
    case Kind:
        return S::Kind;
    case Region:
        return S::Region;
    case Owner:
        return S::Owner;
    case Status:
        return S::Status;
    case Key:
        return S::Key;
    case LastOrder:
        return S::LastOrder;
    case Revenue12m:
        return S::Revenue12m;
    case OpenComplaints:
        return S::OpenComplaints;
    case NextFollowUp:
        return S::NextFollowUp;
    case Abc:
        return S::Abc;
    case ChurnRisk:
        return S::ChurnRisk;
    case Stage:
        return S::Stage;
    case Clv:
        return S::Clv;
    default:
        return S::Name;
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case Code:
            return tr("Code");
        case Kind:
            return tr("Kind");
        case Region:
            return tr("Region");
        case Owner:
            return tr("Rep");
        case Status:
            return tr("Status");
        case Key:
            return tr("Key");
        case LastOrder:
            return tr("Last order");
        case Revenue12m:
            return tr("Revenue 12 m");
        case OpenComplaints:
            return tr("Complaints");
        case NextFollowUp:
            return tr("Next follow-up");
        case Abc:
            return tr("ABC");
        case ChurnRisk:
            return tr("Risk");
        case Stage:
            return tr("Stage");
        case Clv:
            return tr("CLV 12 m");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Key:
            return tr("Key customer");
        case Revenue12m:
            return tr("Revenue in the last 12 months");
        case OpenComplaints:
            return tr("Open complaints");
        case Abc:
            return tr("ABC class by revenue: A brings the first 80%, B the next 15%, C the rest");
        case ChurnRisk:
            return tr("Churn risk from the latest scoring");
        case Stage:
            return tr("Lifecycle stage");
        case Clv:
            return tr("Expected customer value over the next 12 months");
        default:
            break;
        }
    }
    return {};
}

bool CustomerListModel::isOverdue(const storage::CustomerListRow& row)
{
    return row.nextFollowUp.isValid() && row.nextFollowUp < QDate::currentDate();
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::CustomerListRow& row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    if (role == CustomerIdRole)
        return row.id;
    if (role == OwnerIdRole)
        return row.ownerId;
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (column) {
        case Name:
            return row.name;
        case Code:
            return row.code;
        case Kind:
            return Labels::kind(row.kind);
        case Region:
            return row.region.isEmpty() ? row.areaName : row.region;
        case Owner:
            return row.ownerName;
        case Status:
            return Labels::status(row.status);
        case Key:
            return row.isKey ? QStringLiteral("★") : QString();
        case LastOrder:
            return row.lastOrderDate.isValid() ? row.lastOrderDate.toString(Qt::ISODate) : QString();
        case Revenue12m:
            return row.revenue12m > 0 ? locale.toString(row.revenue12m, 'f', 0) : QString();
        case OpenComplaints:
            return row.openComplaints > 0 ? QString::number(row.openComplaints) : QString();
        case NextFollowUp:
            if (!row.nextFollowUp.isValid())
                return QString();
            // Overdue ones carry a mark as well as a colour: a printed or colour-blind reading still sees them.
            return isOverdue(row) ? tr("%1 overdue").arg(row.nextFollowUp.toString(Qt::ISODate))
                                  : row.nextFollowUp.toString(Qt::ISODate);
        case Abc:
            return row.abc;
        case ChurnRisk:
            return Labels::churnRisk(row.churnRisk);
        case Stage:
            return Labels::stage(row.stage);
        case Clv:
            return row.clv > 0 ? locale.toString(row.clv, 'f', 0) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == Revenue12m || column == OpenComplaints || column == Clv)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Key || column == Abc)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && column == Name && row.isKey) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole) {
        if (column == Key)
            return QBrush(QColor(0xd9, 0x8e, 0x04));
        if (column == NextFollowUp && isOverdue(row))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (column == OpenComplaints && row.openComplaints > 0)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (column == Status && row.status == QLatin1String("lost"))
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (column == Status && row.status == QLatin1String("potential"))
            return QBrush(QColor(0x1f, 0x6f, 0xb5));
        if (column == ChurnRisk && row.churnRisk == QLatin1String("high"))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (column == ChurnRisk && row.churnRisk == QLatin1String("medium"))
            return QBrush(QColor(0xb3, 0x6b, 0x00));
    }
    if (role == Qt::ToolTipRole && column == NextFollowUp && isOverdue(row))
        return tr("Follow-up overdue: it was due on %1 and nobody has been in touch since")
            .arg(QLocale().toString(row.nextFollowUp, QLocale::LongFormat));
    if (role == Qt::ToolTipRole && column == Name)
        return row.code.isEmpty() ? row.name : row.name + QStringLiteral(" (") + row.code + QLatin1Char(')');
    return {};
}

struct CustomerListModel::LoadAnswer
{
    std::vector<storage::CustomerListRow> rows;
    bool atEnd = false;
    bool counted = false; // total/totalExact below hold a count of this query
    qint64 total = 0;
    bool totalExact = true;
    QString error;
};

CustomerListModel::LoadAnswer CustomerListModel::computeLoad(storage::CustomerListQueries& queries,
                                                             const CustomerQuery& query, bool count)
{
    // The page comes first: when it is short it is the whole answer, and no count is needed at all.
    LoadAnswer answer;
    CustomerQuery page = query;
    page.offset = 0;
    page.limit = PageSize;
    auto rows = queries.list(page);
    if (rows) {
        answer.rows = std::move(*rows);
    } else {
        answer.error = ErrorText::sentence(rows.error());
        answer.atEnd = true;
    }
    if (static_cast<int>(answer.rows.size()) < PageSize) {
        answer.atEnd = true;
    } else if (count) {
        auto total = queries.count(query, CountCap + 1);
        if (total) {
            answer.counted = true;
            answer.total = *total;
            answer.totalExact = answer.total <= CountCap;
        } else {
            answer.error = ErrorText::sentence(total.error());
            answer.atEnd = true;
        }
    }
    return answer;
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && !(m_worker && isLoading());
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    fetchPage();
}

void CustomerListModel::beginRequest()
{
    if (m_pending++ == 0)
        emit loadingChanged(true);
}

void CustomerListModel::endRequest()
{
    if (--m_pending == 0)
        emit loadingChanged(false);
}

bool CustomerListModel::fetchPage()
{
    CustomerQuery page = m_query;
    page.offset = static_cast<int>(m_rows.size());
    page.limit = PageSize;
    if (!m_worker) {
        auto rows = m_queries->list(page);
        const bool ok = rows.ok();
        appendPage(std::move(rows));
        return ok;
    }
    m_fetching = true;
    beginRequest();
    const quint64 generation = m_generation;
    m_worker->run<std::vector<storage::CustomerListRow>>(
        this,
        [page](storage::Session& session) {
            storage::CustomerListQueries queries(session);
            return queries.list(page);
        },
        [this, generation](core::Result<std::vector<storage::CustomerListRow>> rows) {
            if (generation == m_generation) {
                // Still "fetching" while the rows go in: a view asking for more meanwhile would get them twice.
                appendPage(std::move(rows));
                m_fetching = false;
            } // else a reload came meanwhile: this page belongs to the old order or filters
            endRequest();
        });
    return true;
}

void CustomerListModel::appendPage(core::Result<std::vector<storage::CustomerListRow>> rows)
{
    if (!rows) {
        m_atEnd = true; // stop asking for more after an error
        emit errorOccurred(ErrorText::sentence(rows.error()));
        return;
    }
    // A short page is the end, whatever a count said a moment earlier.
    const bool shortPage = static_cast<int>(rows->size()) < PageSize;
    if (!rows->empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows->size()) - 1);
        for (auto& row : *rows)
            m_rows.push_back(std::move(row));
        endInsertRows();
    }
    if (shortPage || (m_totalExact && static_cast<qint64>(m_rows.size()) >= m_total)) {
        m_atEnd = true;
        m_total = static_cast<qint64>(m_rows.size());
        m_totalExact = true;
        emit totalCountChanged(totalCount());
    }
}

qint64 CustomerListModel::totalCount() const
{
    if (m_atEnd)
        return static_cast<qint64>(m_rows.size());
    return std::max(m_total, static_cast<qint64>(m_rows.size()));
}

void CustomerListModel::countAll()
{
    if (totalIsExact())
        return;
    if (!m_worker) {
        applyCount(m_queries->count(m_query));
        return;
    }
    beginRequest();
    const quint64 generation = m_generation;
    m_worker->run<qint64>(
        this,
        [query = m_query](storage::Session& session) {
            storage::CustomerListQueries queries(session);
            return queries.count(query);
        },
        [this, generation](core::Result<qint64> total) {
            endRequest();
            if (generation == m_generation)
                applyCount(std::move(total));
        });
}

void CustomerListModel::applyCount(core::Result<qint64> total)
{
    if (!total) {
        emit errorOccurred(ErrorText::sentence(total.error()));
        return;
    }
    m_total = *total;
    m_totalExact = true;
    emit totalCountChanged(totalCount());
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sortColumn = sortColumnFor(column);
    const bool ascending = order == Qt::AscendingOrder;
    if (sortColumn == m_query.sort && ascending == m_query.ascending)
        return;
    m_query.sort = sortColumn;
    m_query.ascending = ascending;
    load(false); // the same rows in another order: the count stands
}

void CustomerListModel::setQuery(const CustomerQuery& query)
{
    m_query = query;
    load(true);
}

void CustomerListModel::reload()
{
    load(true);
}

void CustomerListModel::load(bool recount)
{
    const bool count = recount || !m_counted;
    ++m_generation;
    m_fetching = false;
    if (!m_worker) {
        applyLoad(computeLoad(*m_queries, m_query, count));
        return;
    }
    // The rows on screen stay until the answer arrives; any older answer still on its way is stale from here on.
    beginRequest();
    const quint64 generation = m_generation;
    auto answer = std::make_shared<LoadAnswer>();
    m_worker->run<bool>(
        this,
        [query = m_query, count, answer](storage::Session& session) -> core::Result<bool> {
            storage::CustomerListQueries queries(session);
            *answer = computeLoad(queries, query, count);
            return true;
        },
        [this, generation, answer](core::Result<bool> ran) {
            if (!ran)
                answer->error = ErrorText::sentence(ran.error()); // the worker could not open the file
            if (generation == m_generation)
                applyLoad(std::move(*answer));
            endRequest();
        });
}

void CustomerListModel::applyLoad(LoadAnswer answer)
{
    // Rows and count change inside one reset, so views and testers never see a half-loaded model.
    beginResetModel();
    m_rows = std::move(answer.rows);
    m_atEnd = answer.atEnd || !answer.error.isEmpty();
    if (answer.counted) {
        m_total = answer.total;
        m_totalExact = answer.totalExact;
    }
    if (m_totalExact && !m_atEnd && static_cast<qint64>(m_rows.size()) >= m_total)
        m_atEnd = true;
    if (m_atEnd) {
        m_total = static_cast<qint64>(m_rows.size());
        m_totalExact = true;
    }
    // A lower bound stays one in another order; a count that failed is retried on the next load.
    m_counted = answer.error.isEmpty();
    endResetModel();
    if (!answer.error.isEmpty())
        emit errorOccurred(answer.error);
    emit totalCountChanged(totalCount());
    emit loaded();
}

qint64 CustomerListModel::customerId(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return 0;
    return m_rows[static_cast<size_t>(row)].id;
}

int CustomerListModel::rowOfCustomer(qint64 customerId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == customerId)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace carddesk::gui
