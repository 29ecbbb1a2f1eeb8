#pragma once

#include <QString>

class QDate;
class QDateTime;
class QLabel;
class QTableView;
class QWidget;

namespace carddesk::gui {

class RecordTableModel;

// What the card's tabs share: one look for their tables and one way to write dates and money.
namespace CardTables {
QTableView* makeTable(RecordTableModel* model, QWidget* parent);
// Columns as wide as their contents, up to 24 em: one long note does not push the others out of sight.
void fitColumns(QTableView* view);
QString dateText(const QDate& date);
QString dateTimeText(const QDateTime& when);
QString money(double amount);
QLabel* noteLabel(const QString& text, QWidget* parent);
} // namespace CardTables

} // namespace carddesk::gui
