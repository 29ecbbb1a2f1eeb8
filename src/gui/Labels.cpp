#include "gui/Labels.h"

namespace carddesk::gui {

QString Labels::status(const QString& code)
{
    if (code == QLatin1String("potential"))
        return tr("Potential");
    if (code == QLatin1String("current"))
        return tr("Current");
    if (code == QLatin1String("lost"))
        return tr("Lost");
    return code;
}

QString Labels::kind(const QString& code)
{
    if (code == QLatin1String("company"))
        return tr("Company");
    if (code == QLatin1String("person"))
        return tr("Person");
    return code;
}

QString Labels::source(const QString& code)
{
    if (code == QLatin1String("visit"))
        return tr("Visit");
    if (code == QLatin1String("referral"))
        return tr("Referral");
    if (code == QLatin1String("exhibition"))
        return tr("Exhibition");
    if (code == QLatin1String("phone"))
        return tr("Phone call");
    if (code == QLatin1String("web"))
        return tr("Web");
    if (code == QLatin1String("competitor"))
        return tr("From a competitor");
    if (code == QLatin1String("advertising"))
        return tr("Advertising");
    if (code == QLatin1String("other"))
        return tr("Other");
    if (code.isEmpty())
        return tr("(not set)");
    return code;
}

QString Labels::loyalty(const QString& code)
{
    if (code == QLatin1String("loyal"))
        return tr("Loyal");
    if (code == QLatin1String("switcher"))
        return tr("Brand switcher");
    if (code == QLatin1String("none"))
        return tr("No brand loyalty");
    if (code.isEmpty())
        return tr("(not set)");
    return code;
}

QString Labels::size(const QString& code)
{
    if (code == QLatin1String("micro"))
        return tr("Micro");
    if (code == QLatin1String("small"))
        return tr("Small");
    if (code == QLatin1String("medium"))
        return tr("Medium");
    if (code == QLatin1String("large"))
        return tr("Large");
    if (code.isEmpty())
        return tr("(not set)");
    return code;
}

QString Labels::channel(const QString& code)
{
    if (code == QLatin1String("visit"))
        return tr("Face-to-face visit");
    if (code == QLatin1String("phone"))
        return tr("Phone");
    if (code == QLatin1String("sms"))
        return tr("SMS");
    if (code == QLatin1String("letter"))
        return tr("Letter");
    if (code == QLatin1String("email"))
        return tr("E-mail");
    if (code == QLatin1String("im"))
        return tr("Instant message");
    if (code == QLatin1String("meeting"))
        return tr("Meeting");
    if (code == QLatin1String("hotline"))
        return tr("Hotline");
    if (code == QLatin1String("online"))
        return tr("Online service");
    return code;
}

QString Labels::role(const QString& code)
{
    if (code == QLatin1String("rep"))
        return tr("Sales rep");
    if (code == QLatin1String("manager"))
        return tr("Area manager");
    if (code == QLatin1String("admin"))
        return tr("Administrator");
    return code;
}

QString Labels::creditRating(const QString& code)
{
    return code.isEmpty() ? tr("(not set)") : code;
}

const QStringList& Labels::sizes()
{
    static const QStringList values{QString(), QStringLiteral("micro"), QStringLiteral("small"),
                                    QStringLiteral("medium"), QStringLiteral("large")};
    return values;
}

const QStringList& Labels::channels()
{
    static const QStringList values{QStringLiteral("phone"),  QStringLiteral("visit"),   QStringLiteral("email"),
                                    QStringLiteral("im"),     QStringLiteral("sms"),     QStringLiteral("meeting"),
                                    QStringLiteral("letter"), QStringLiteral("hotline"), QStringLiteral("online")};
    return values;
}

} // namespace carddesk::gui
