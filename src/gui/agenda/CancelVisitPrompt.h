#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

// Cancelling a planned visit from any page: asks for the reason (required by services::VisitPlanning), cancels,
// and says why when it could not. True when the visit was cancelled.
class CancelVisitPrompt
{
    Q_DECLARE_TR_FUNCTIONS(CancelVisitPrompt)

public:
    static bool run(QWidget* parent, storage::Session& session, qint64 visitId, const QString& customerName);
};

} // namespace carddesk::gui
