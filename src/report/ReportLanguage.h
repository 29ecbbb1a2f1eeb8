#pragma once

#include <QString>

namespace carddesk::report {

// The language of the report's texts for the command line: English, or Chinese from CardDesk's own translation
// (compiled into this library as :/i18n/carddesk_zh_CN.qm). The window chooses its language itself (Translations).
class ReportLanguage
{
public:
    // "zh_CN" or "en"; empty: the system locale's. Sets the default QLocale (digits, dates) to match and returns
    // the language chosen; an unknown name gives English.
    static QString install(const QString& language);
};

} // namespace carddesk::report
