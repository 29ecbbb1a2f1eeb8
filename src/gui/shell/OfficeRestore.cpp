#include "gui/shell/OfficeRestore.h"

#include "gui/common/MessageBox.h"
#include "services/BackupService.h"

#include <QCoreApplication>
#include <QDir>

#include <spdlog/spdlog.h>

namespace carddesk::gui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("OfficeRestore", text);
}
} // namespace

bool OfficeRestore::run(const QString& officePath, const QString& backupFile, const QString& administrator,
                        const QString& passphrase, QWidget* parent)
{
    auto aside = services::BackupService::restore(officePath, backupFile, administrator, QDateTime::currentDateTime(),
                                                  passphrase);
    if (!aside) {
        spdlog::error("restore of {} failed: {}", backupFile.toStdString(), aside.error().message.toStdString());
        const QString reason =
            aside.error().code == core::ErrorCode::Busy
                ? tr("The office is open in another CardDesk window or in carddesk-cli. Close it there and try "
                     "again.")
            : aside.error().field == QLatin1String("passphrase")
                ? tr("The passphrase of the encrypted backup is wrong.")
            : aside.error().field == QLatin1String("administrator")
                ? tr("The backup has no active administrator named %1, so the restored office would lock you out. It "
                     "may be another office's backup.")
                      .arg(administrator)
            : aside.error().code == core::ErrorCode::Corrupt
                ? tr("The backup is damaged or was altered, is not a CardDesk office, or comes from a newer "
                     "CardDesk.")
                : tr("The backup could not be put in place.");
        MessageBox::warning(parent, tr("Restore"),
                            tr("The office was not restored from %1: %2\n\nThe office is unchanged.")
                                .arg(QDir::toNativeSeparators(backupFile), reason));
        return false;
    }
    spdlog::info("office restored from {}", backupFile.toStdString());
    MessageBox::information(parent, tr("Restore"),
                            tr("The office was restored from %1. The office as it was is kept as %2.")
                                .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(*aside)));
    return true;
}

} // namespace carddesk::gui
