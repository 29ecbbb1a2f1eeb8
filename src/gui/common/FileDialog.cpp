#include "gui/common/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace carddesk::gui {

namespace {
std::optional<QString> g_nextFileName;
} // namespace

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    if (g_nextFileName) {
        const QString answer = *g_nextFileName;
        g_nextFileName.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    if (g_nextFileName) {
        const QString answer = *g_nextFileName;
        g_nextFileName.reset();
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void FileDialog::setNextFileName(const QString& path)
{
    g_nextFileName = path;
}

} // namespace carddesk::gui
