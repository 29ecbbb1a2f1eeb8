#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStringList>

#include <vector>

namespace carddesk::gui {

// A read-only table of already formatted rows for the card's child sections (contacts, orders, receivables,
// timeline, changes). The sections are small (one customer's rows), so they are loaded whole.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        qint64 id = 0;
        QStringList cells;
        QColor foreground; // invalid: default (overdue receivables are red)
        bool bold = false;
    };
    enum Role
    {
        RowIdRole = Qt::UserRole + 1
    };

    explicit RecordTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    // Columns of amounts and counts: right-aligned, as on the Today page and in the customer list.
    void setNumberColumns(QList<int> columns);
    qint64 rowId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
    QList<int> m_numberColumns;
};

} // namespace carddesk::gui
