#include "gui/common/FrozenColumnTableView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace carddesk::gui {

FrozenColumnTableView::FrozenColumnTableView(QWidget* parent) : QTableView(parent), m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setEditTriggers(NoEditTriggers);
    // A line on its right edge marks where the scrolling columns slide under it.
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; border-right: 1px solid palette(mid); }"));
    viewport()->stackUnder(m_frozen);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column == 0) {
            m_frozen->setColumnWidth(0, size);
            updateFrozenGeometry();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(m_frozen, &QTableView::doubleClicked, this, &QTableView::doubleClicked);
    connect(horizontalHeader(), &QHeaderView::geometriesChanged, this, &FrozenColumnTableView::updateFrozenGeometry);
}

void FrozenColumnTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTableView::showOnlyTheFirstColumn);
        connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenColumnTableView::showOnlyTheFirstColumn);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FrozenColumnTableView::showOnlyTheFirstColumn);
    }
    showOnlyTheFirstColumn();
}

void FrozenColumnTableView::showOnlyTheFirstColumn()
{
    if (!model())
        return;
    for (int column = 1; column < model()->columnCount(); ++column)
        m_frozen->setColumnHidden(column, true);
    m_frozen->setColumnWidth(0, columnWidth(0));
    for (int row = 0; row < model()->rowCount(); ++row)
        m_frozen->setRowHeight(row, rowHeight(row));
    updateFrozenGeometry();
}

void FrozenColumnTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

QModelIndex FrozenColumnTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // Moving left onto a column under the frozen one scrolls it out from under it.
    const QModelIndex current = QTableView::moveCursor(action, modifiers);
    if (action == MoveLeft && current.column() > 0 && visualRect(current).topLeft().x() < m_frozen->columnWidth(0))
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + visualRect(current).topLeft().x() -
                                        m_frozen->columnWidth(0));
    return current;
}

void FrozenColumnTableView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    if (index.column() > 0)
        QTableView::scrollTo(index, hint);
}

void FrozenColumnTableView::updateFrozenGeometry()
{
    // The same header height, so that the rows line up (the figures' headers wrap onto two lines).
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setGeometry(verticalHeader()->isVisible() ? verticalHeader()->width() + frameWidth() : frameWidth(),
                          frameWidth(), columnWidth(0), viewport()->height() + horizontalHeader()->height());
}

} // namespace carddesk::gui
