#pragma once

#include "core/Result.h"
#include "storage/db/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace carddesk::gui {

// Opens an existing office file for the desktop face. Never creates one: a path that does not exist is an error
// (a new office is made by the welcome window's "New office", complete with its administrator). The messages are
// in the user's language.
class OfficeFile
{
    Q_DECLARE_TR_FUNCTIONS(OfficeFile)

public:
    static core::Result<std::unique_ptr<storage::Database>> open(const QString& path);
};

} // namespace carddesk::gui
