#pragma once

#include <QCoreApplication>
#include <QString>

namespace carddesk::gui {

// The words shown for the complaint codes storage keeps (status "in_progress", category "product_quality",
// level 1..4, escalation level 0..2), so the list, the filters, the detail pane and the charts agree.
class ComplaintLabels
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintLabels)

public:
    // A status in words (Labels), plus the list filter's "open" (any status but closed).
    static QString status(const QString& code);
    // Categories are keys the admin may extend; unknown ones are shown as typed.
    static QString category(const QString& name);
    static QString level(int level); // Labels::complaintLevel
    static QString escalation(int escalationLevel);
    // The button text for moving a complaint to `status` ("Acknowledge", "Resolve"...).
    static QString action(const QString& status);
};

} // namespace carddesk::gui
