#pragma once

#include "services/ComplaintEscalator.h"

#include <QObject>

class QTimer;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

// Applies the complaint escalation rules (ComplaintEscalator) while the app runs: once at start() and then
// every `intervalMs` (5 minutes). A run takes milliseconds on the GUI thread, so it does not need a worker. It is
// the office's job, whoever is logged in: a rep's window triggers it too, and the rows it writes name no user.
class EscalationRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 5 * 60 * 1000;

    explicit EscalationRunner(storage::Session& session, QObject* parent = nullptr);

    void start(int intervalMs = DefaultIntervalMs);
    // One run now; the counts, or the error message in failed().
    core::Result<services::EscalationCounts> runNow();

signals:
    // Something moved up: `message` says how many, for the status bar.
    void escalated(const services::EscalationCounts& counts, const QString& message);
    void failed(const QString& message);

private:
    storage::Session& m_session;
    QTimer* m_timer;
};

} // namespace carddesk::gui
