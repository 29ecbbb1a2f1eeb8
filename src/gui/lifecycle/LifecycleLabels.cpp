#include "gui/lifecycle/LifecycleLabels.h"

namespace carddesk::gui {

QString LifecycleLabels::rule(const QString& id)
{
    if (id == QLatin1String("potential.no_orders"))
        return tr("No orders yet");
    if (id == QLatin1String("manual.kept"))
        return tr("Stage set by hand kept");
    if (id == QLatin1String("lost.p_alive"))
        return tr("Very unlikely to buy again");
    if (id == QLatin1String("lost.no_order"))
        return tr("No order for far too long");
    if (id == QLatin1String("wonback.returned"))
        return tr("Ordered again after being lost");
    if (id == QLatin1String("decline.p_alive"))
        return tr("Becoming unlikely to buy again");
    if (id == QLatin1String("decline.gap"))
        return tr("Order gap much longer than usual");
    if (id == QLatin1String("decline.spend_down"))
        return tr("Spending fell");
    if (id == QLatin1String("wonback.recent"))
        return tr("Recently won back");
    if (id == QLatin1String("exploration.new"))
        return tr("New customer");
    if (id == QLatin1String("exploration.few_repeats"))
        return tr("Few repeat orders");
    if (id == QLatin1String("formation.growing"))
        return tr("Spending grows");
    if (id == QLatin1String("stability.steady"))
        return tr("Steady buyer");
    if (id == QLatin1String("formation.building"))
        return tr("Relationship building");
    return id;
}

} // namespace carddesk::gui
