#pragma once

#include <QString>

class QWidget;

namespace carddesk::gui {

// Renders a widget (offscreen in --screenshot mode) into a PNG, after letting layouts and fetches settle.
class Screenshot
{
public:
    static bool save(QWidget* widget, const QString& path);
};

} // namespace carddesk::gui
