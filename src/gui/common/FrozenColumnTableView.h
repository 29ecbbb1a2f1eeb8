#pragma once

#include <QTableView>

namespace carddesk::gui {

// A table whose first column stays in place while the others scroll sideways (Qt's "Frozen Column" example): a
// second view over the same model and selection, showing only column 0, laid over the left edge. For wide tables
// of figures by name (the weekly review's reps), where scrolling to the thirtieth figure would hide whose it is.
class FrozenColumnTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QTableView* frozenView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

private:
    void showOnlyTheFirstColumn();
    void updateFrozenGeometry();

    QTableView* m_frozen;
};

} // namespace carddesk::gui
