#pragma once

#include <QString>

namespace carddesk::gui {

// Loads the compiled translation (resource :/i18n/carddesk_zh_CN.qm) and Qt's own for the chosen language:
// `language` from --lang or the settings, else the system locale. Returns the language in use ("zh_CN", "en").
class Translations
{
public:
    static QString install(const QString& language);
    static void uninstall();
};

} // namespace carddesk::gui
