#include "gui/complaints/ComplaintLabels.h"

#include "gui/common/Labels.h"

namespace carddesk::gui {

QString ComplaintLabels::status(const QString& code)
{
    if (code == QLatin1String("open"))
        return tr("Open (not resolved)");
    return Labels::complaintStatus(code);
}

QString ComplaintLabels::category(const QString& name)
{
    if (name == QLatin1String("product_quality"))
        return tr("Product quality");
    if (name == QLatin1String("delivery"))
        return tr("Delivery");
    if (name == QLatin1String("service_attitude"))
        return tr("Service attitude");
    if (name == QLatin1String("billing"))
        return tr("Billing");
    if (name == QLatin1String("other"))
        return tr("Other");
    if (name.isEmpty())
        return tr("(no category)");
    return name;
}

QString ComplaintLabels::level(int level)
{
    return Labels::complaintLevel(level);
}

QString ComplaintLabels::escalation(int escalationLevel)
{
    switch (escalationLevel) {
    case 1:
        return tr("Escalated to the area manager");
    case 2:
        return tr("Escalated to the admin");
    }
    return tr("Not escalated");
}

QString ComplaintLabels::action(const QString& status)
{
    if (status == QLatin1String("acknowledged"))
        return tr("Acknowledge…");
    if (status == QLatin1String("in_progress"))
        return tr("Start work…");
    if (status == QLatin1String("resolved"))
        return tr("Resolve…");
    if (status == QLatin1String("closed"))
        return tr("Close…");
    if (status == QLatin1String("reopened"))
        return tr("Reopen…");
    return status;
}

} // namespace carddesk::gui
