#include "gui/common/ErrorText.h"

#include "gui/common/FieldLabels.h"
#include "gui/common/ValidationText.h"

#include <spdlog/spdlog.h>

namespace carddesk::gui {

QString ErrorText::importedOrderKept()
{
    return tr("This order was imported from an orders file; correct it in the system the file came from. Only the "
              "administrator can void an imported order.");
}

QString ErrorText::sentence(const core::Error& error)
{
    // The English text stays in the log, where the office's administrator looks for details.
    if (!error.message.isEmpty())
        spdlog::info("shown as translated error: {}", error.toString().toStdString());
    QString text;
    switch (error.code) {
    case core::ErrorCode::InvalidArgument:
        text = ValidationText::specific(error);
        if (text.isEmpty()) {
            text = error.field.isEmpty()
                       ? tr("The input is not valid.")
                       : tr("The value of “%1” is not valid.").arg(FieldLabels::errorField(error.field));
        }
        break;
    case core::ErrorCode::NotFound:
        text = tr("The record does not exist (any more) or is not one you may see.");
        break;
    case core::ErrorCode::AccessDenied:
        if (error.field == QLatin1String("imported")) {
            text = importedOrderKept();
            break;
        }
        if (error.field == QLatin1String("export")) {
            text = tr("Your role may not export data; the administrator decides who may (office setting "
                      "export.roles).");
            break;
        }
        text = error.field.isEmpty()
                   ? tr("You are not allowed to do this.")
                   : tr("You are not allowed to change “%1”.").arg(FieldLabels::errorField(error.field));
        break;
    case core::ErrorCode::Conflict:
        // services::CustomerMerge::undo names the merge: its card changed since, or it was undone already.
        text = error.field == QLatin1String("merge")
                   ? tr("The merge cannot be undone any more: the kept card was changed after it, or it was undone "
                        "already.")
                   : tr("Someone else changed this record meanwhile; reload it and try again.");
        break;
    case core::ErrorCode::Busy:
        text = tr("The database is busy with another task; try again in a moment.");
        break;
    case core::ErrorCode::Corrupt:
        text = tr("The database file is damaged; ask the administrator to restore a backup.");
        break;
    case core::ErrorCode::Io:
        // storage names the disk's two faults (Database.cpp): both roll the change back.
        if (error.field == QLatin1String("disk_full"))
            text = tr("The disk is full: nothing was saved. Free some space on the disk that holds the office file, "
                      "then try again.");
        else if (error.field == QLatin1String("disk"))
            text = tr("The disk failed while reading or writing the office file: nothing was saved. Check the disk "
                      "and try again; if it fails again, ask the administrator to copy the office to another disk.");
        else
            text = tr("A file could not be read or written.");
        break;
    case core::ErrorCode::Internal:
        text = tr("Something went wrong inside CardDesk; the details are in the log.");
        break;
    }
    if (error.row > 0)
        text = tr("Row %1: %2").arg(error.row).arg(text);
    return text;
}

} // namespace carddesk::gui
