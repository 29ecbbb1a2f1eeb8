#include "gui/shell/Screenshot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QWidget>

namespace carddesk::gui {

bool Screenshot::save(QWidget* widget, const QString& path)
{
    widget->show();
    // A few rounds of events: polish, layouts, the first page of the list.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return widget->grab().save(path, "PNG");
}

} // namespace carddesk::gui
