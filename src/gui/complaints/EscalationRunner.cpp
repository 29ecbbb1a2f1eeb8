#include "gui/complaints/EscalationRunner.h"

#include "gui/common/ErrorText.h"

#include <QDateTime>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace carddesk::gui {

EscalationRunner::EscalationRunner(storage::Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { runNow(); });
}

void EscalationRunner::start(int intervalMs)
{
    m_timer->start(intervalMs);
    runNow();
}

core::Result<services::EscalationCounts> EscalationRunner::runNow()
{
    auto counts = services::ComplaintEscalator::runAsOfficeJob(m_session, QDateTime::currentDateTimeUtc());
    if (!counts) {
        spdlog::warn("complaint escalation failed: {}", counts.error().message.toStdString());
        emit failed(tr("The complaint escalation rules could not run: %1").arg(ErrorText::sentence(counts.error())));
        return counts;
    }
    if (counts->toAreaManager > 0 || counts->toAdmin > 0) {
        spdlog::info("complaints escalated: {} to area managers, {} to the admin", counts->toAreaManager,
                     counts->toAdmin);
        emit escalated(*counts, tr("Complaints escalated: %1 to the area manager, %2 to the admin.")
                                    .arg(counts->toAreaManager)
                                    .arg(counts->toAdmin));
    }
    return counts;
}

} // namespace carddesk::gui
