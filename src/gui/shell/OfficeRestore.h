#pragma once

#include <QString>

class QWidget;

namespace carddesk::gui {

// The step between the window closing with a restore request and the office opening again: replaces the office
// with the chosen backup (every connection of this process to it is closed by now) and tells the user how it went
// in their language. The current office is untouched unless the restored one passed its check.
class OfficeRestore
{
public:
    // `administrator`: the user name of the administrator who asked (BackupService::restore).
    static bool run(const QString& officePath, const QString& backupFile, const QString& administrator,
                    const QString& passphrase = QString(), QWidget* parent = nullptr);
};

} // namespace carddesk::gui
