#pragma once

#include "core/VisitPlanEntry.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace carddesk::gui {

// The Visits page's list mode: the week's visits and the overdue ones before it as a table, filtered by status
// (overdue is a planned visit of a day before today).
class VisitListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        StatusColumn,
        CustomerColumn,
        CodeColumn,
        AddressColumn,
        PurposeColumn,
        ResultColumn,
        ColumnCount
    };
    enum class Filter
    {
        All,
        Planned,
        Overdue,
        Done,
        Cancelled
    };

    explicit VisitListModel(QObject* parent = nullptr);

    void setVisits(std::vector<core::VisitPlanEntry> visits, const QDate& today);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // The visit of a shown row, or nullptr.
    const core::VisitPlanEntry* rowAt(int row) const;
    int rowOf(qint64 visitId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool overdue(const core::VisitPlanEntry& entry) const;
    bool passes(const core::VisitPlanEntry& entry) const;
    void refilter();

    std::vector<core::VisitPlanEntry> m_all;
    std::vector<size_t> m_shown;
    QDate m_today;
    Filter m_filter = Filter::All;
};

} // namespace carddesk::gui
