#include "gui/customer/CardTables.h"

#include "gui/common/RecordTableModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>

#include <algorithm>

namespace carddesk::gui::CardTables {

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

} // namespace carddesk::gui::CardTables
