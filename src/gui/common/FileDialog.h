#pragma once

#include <QString>

class QWidget;

namespace carddesk::gui {

// Every "Save as" and "Open" question of the GUI goes through here, so tests can answer it in advance (KeePassXC's
// FileDialog::setNextFileName): the next call returns that name without showing anything.
class FileDialog
{
public:
    // The chosen file name, or empty when the user cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);

    // The file chosen to open, or empty when the user cancelled; setNextFileName answers it too.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter);

    static void setNextFileName(const QString& path); // an empty path answers "cancelled"
};

} // namespace carddesk::gui
