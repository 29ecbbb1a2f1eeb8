#pragma once

#include <QString>

class QPushButton;
class QWidget;

namespace carddesk::gui {

// Renders a widget (offscreen in --screenshot mode) into a PNG, after letting layouts and fetches settle.
class Screenshot
{
public:
    static bool save(QWidget* widget, const QString& path);
    // The same with the menu of `button` (a QPushButton's) drawn open below it, as a click shows it: a popup is a
    // window of its own, which grabbing the widget would leave out.
    static bool saveWithMenu(QWidget* widget, QPushButton* button, const QString& path);
};

} // namespace carddesk::gui
