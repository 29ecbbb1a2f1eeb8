#include "gui/agenda/CancelVisitPrompt.h"

#include "gui/common/ErrorText.h"
#include "gui/common/MessageBox.h"
#include "gui/common/TextPrompt.h"
#include "services/VisitPlanning.h"

namespace carddesk::gui {

bool CancelVisitPrompt::run(QWidget* parent, storage::Session& session, qint64 visitId, const QString& customerName)
{
    const std::optional<QString> reason =
        TextPrompt::ask(parent, tr("Cancel visit"), tr("Why is the visit to %1 cancelled?").arg(customerName));
    if (!reason)
        return false;
    auto cancelled = services::VisitPlanning(session).cancel(visitId, *reason);
    if (!cancelled) {
        MessageBox::warning(parent, tr("Cancel visit"),
                            tr("The visit was not cancelled: %1").arg(ErrorText::sentence(cancelled.error())));
        return false;
    }
    return true;
}

} // namespace carddesk::gui
