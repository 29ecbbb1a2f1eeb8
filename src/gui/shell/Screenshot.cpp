#include "gui/shell/Screenshot.h"

#include "gui/common/PageLoader.h"
#include "gui/customer/CustomerListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
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

} // namespace carddesk::gui
