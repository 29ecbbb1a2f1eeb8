#pragma once

#include "report/PersonalDataExport.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

// The GUI's export of everything about one person or one customer (PIPL: 查阅、复制): asks where to save it (.pdf to
// read, .json for a machine), writes it off the GUI thread on a connection of its own while the window keeps
// painting, and says what happened. The administrator and a manager for their area's customers may; the storage
// refuses anyone else, and the export is in the access log.
class PersonalDataExporter
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataExporter)

public:
    // True when the file was written; false when cancelled or refused (the reason was shown).
    static bool run(QWidget* parent, storage::Session& session, report::PersonalDataExport::Subject subject, qint64 id,
                    const QString& name);

    // The access: the same rule the storage applies, to offer the action only to those who may.
    static bool mayExport(const storage::Session& session);
};

} // namespace carddesk::gui
