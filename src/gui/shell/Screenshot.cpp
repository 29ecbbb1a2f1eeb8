#include "gui/shell/Screenshot.h"

#include "gui/common/PageLoader.h"
#include "gui/customer/CustomerListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QWidget>

#include <algorithm>

namespace carddesk::gui {

bool Screenshot::save(QWidget* widget, const QString& path)
{
    widget->show();
    // A few rounds of events: polish, layouts, the first page of the list.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    // Then the lists and pages that load on the storage worker, so the picture shows their rows, not "Loading…".
    const auto loading = [widget] {
        const auto models = widget->findChildren<CustomerListModel*>();
        const auto pages = widget->findChildren<PageLoader*>();
        return std::any_of(models.begin(), models.end(), [](const CustomerListModel* m) { return m->isLoading(); }) ||
               std::any_of(pages.begin(), pages.end(), [](const PageLoader* p) { return p->isLoading(); });
    };
    while (loading() && timer.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    QApplication::processEvents(QEventLoop::AllEvents, 50);
    return widget->grab().save(path, "PNG");
}

bool Screenshot::saveWithMenu(QWidget* widget, QPushButton* button, const QString& path)
{
    if (!save(widget, path) || !button->menu())
        return false;
    QMenu* menu = button->menu();
    menu->ensurePolished();
    menu->adjustSize();
    QPixmap picture(path);
    const QPixmap popup = menu->grab();
    // Below the button, right-aligned with it, or above it when there is no room below, as Qt opens it.
    QPoint at = button->mapTo(widget, QPoint(button->width() - popup.width(), button->height()));
    if (at.y() + popup.height() > picture.height())
        at.setY(button->mapTo(widget, QPoint(0, 0)).y() - popup.height());
    at.setX(std::max(0, at.x()));
    QPainter painter(&picture);
    painter.drawPixmap(at, popup);
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.drawRect(QRect(at, popup.size()).adjusted(0, 0, -1, -1));
    painter.end();
    return picture.save(path, "PNG");
}

} // namespace carddesk::gui
