#pragma once

#include <QString>

namespace carddesk::gui {

// spdlog to a rotating file under the app data folder and to stderr; Qt's own messages are forwarded to it.
// Lines at info level carry no personal data (no names, phones).
class Logging
{
public:
    static void init(const QString& directory);
    static QString logFilePath(const QString& directory);
};

} // namespace carddesk::gui
