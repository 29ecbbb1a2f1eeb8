#pragma once

#include "core/Result.h"
#include "storage/queries/CustomerQuery.h"

#include <QAbstractTableModel>

#include <vector>

namespace carddesk::storage {
class CustomerListQueries;
}

namespace carddesk::gui {

class StorageWorker;

// The customer list over a million rows: rows arrive in pages through canFetchMore/fetchMore, sorting and
// filtering are the storage's SQL (ORDER BY / WHERE), never a proxy over everything. The score columns (ABC,
// churn risk, stage, CLV) come from the latest scoring run and are empty for a customer never scored.
// Built on a StorageWorker (the window's case) every page, count and re-sort runs on the worker thread: the model
// keeps showing its rows while isLoading(), a newer request makes the answer of an older one stale (dropped), and
// the reset happens when the answer arrives. Built on list queries it queries on the caller's thread (the tests
// of paging and counting, the CLI-like bench).
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Code,
        Kind,
        Region,
        Owner,
        Status,
        Key,
        LastOrder,
        Revenue12m,
        OpenComplaints,
        NextFollowUp,
        Abc,
        ChurnRisk,
        Stage,
        Clv,
        ColumnCount
    };
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1,
        OwnerIdRole
    };
    static constexpr int PageSize = 200;
    // Each reload counts the matches only up to this many: beyond it the list says "more than" and counts all on
    // demand (countAll), because an exact count visits every match, hundreds of thousands for a broad search.
    static constexpr qint64 CountCap = 1000;

    explicit CustomerListModel(storage::CustomerListQueries& queries, QObject* parent = nullptr);
    explicit CustomerListModel(StorageWorker& worker, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Filters and search; the page window of `query` is ignored. Reloads from the first page.
    void setQuery(const storage::CustomerQuery& query);
    const storage::CustomerQuery& query() const { return m_query; }
    void reload();

    // Rows matching the query in the database (not only the ones fetched so far) when totalIsExact(); otherwise a
    // lower bound (more than CountCap, or the rows fetched so far if more).
    qint64 totalCount() const;
    bool totalIsExact() const { return m_atEnd || m_totalExact; }
    // Counts every match of the query (slow for a broad one) and makes totalCount() exact.
    void countAll();
    qint64 customerId(int row) const;
    int rowOfCustomer(qint64 customerId) const;

    static storage::CustomerQuery::SortColumn sortColumnFor(int column);
    // The row's open follow-up was due before today.
    static bool isOverdue(const storage::CustomerListRow& row);

    // A load, page or count is under way on the worker (always false without one).
    bool isLoading() const { return m_pending > 0; }

signals:
    void errorOccurred(const QString& message);
    void totalCountChanged(qint64 total);
    void loadingChanged(bool loading);
    // A reload's answer is in (rows replaced), also when it failed.
    void loaded();

private:
    struct LoadAnswer;
    static LoadAnswer computeLoad(storage::CustomerListQueries& queries, const storage::CustomerQuery& query,
                                  bool count);
    void applyLoad(LoadAnswer answer);
    void appendPage(core::Result<std::vector<storage::CustomerListRow>> rows);
    void applyCount(core::Result<qint64> total);
    void beginRequest();
    void endRequest();
    bool fetchPage();
    // Reloads from the first page; the count is kept when only the order changed.
    void load(bool recount);

    storage::CustomerListQueries* m_queries = nullptr;
    StorageWorker* m_worker = nullptr;
    quint64 m_generation = 0; // bumped by every reload: answers of an older one are stale
    int m_pending = 0;        // requests on the worker whose answers are not in yet
    bool m_fetching = false;  // a page is on its way (no second fetchMore meanwhile)
    storage::CustomerQuery m_query;
    std::vector<storage::CustomerListRow> m_rows;
    qint64 m_total = 0;       // matches counted, capped at CountCap + 1 unless m_totalExact
    bool m_totalExact = true; // m_total is the exact count
    bool m_atEnd = true;      // every matching row is in m_rows
    bool m_counted = false;   // m_total belongs to the current filters (a sort keeps it)
};

} // namespace carddesk::gui
