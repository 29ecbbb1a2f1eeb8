#include "gui/common/Labels.h"

#include "analytics/ChurnAssessor.h"

#include <QLocale>

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

QString Labels::stage(const QString& code)
{
    if (code == QLatin1String("potential"))
        return tr("Potential", "lifecycle stage");
    if (code == QLatin1String("exploration"))
        return tr("Exploration");
    if (code == QLatin1String("formation"))
        return tr("Formation");
    if (code == QLatin1String("stability"))
        return tr("Stability");
    if (code == QLatin1String("decline"))
        return tr("Decline");
    if (code == QLatin1String("lost"))
        return tr("Lost", "lifecycle stage");
    if (code == QLatin1String("won_back"))
        return tr("Won back");
    return code;
}

QString Labels::churnRisk(const QString& code)
{
    if (code == QLatin1String("low"))
        return tr("Low", "churn risk");
    if (code == QLatin1String("medium"))
        return tr("Medium", "churn risk");
    if (code == QLatin1String("high"))
        return tr("High", "churn risk");
    return code;
}

QString Labels::advice(const QString& code)
{
    if (code == QLatin1String("fight for"))
        return tr("Fight for");
    if (code == QLatin1String("case by case"))
        return tr("Case by case");
    if (code == QLatin1String("let go"))
        return tr("Let go");
    return code;
}

QString Labels::rfmSegment(const QString& name)
{
    if (name == QLatin1String("Champions"))
        return tr("Champions");
    if (name == QLatin1String("Loyal"))
        return tr("Loyal", "RFM segment");
    if (name == QLatin1String("Potential Loyalist"))
        return tr("Potential loyalist");
    if (name == QLatin1String("New"))
        return tr("New", "RFM segment");
    if (name == QLatin1String("Promising"))
        return tr("Promising");
    if (name == QLatin1String("Need Attention"))
        return tr("Need attention");
    if (name == QLatin1String("About to Sleep"))
        return tr("About to sleep");
    if (name == QLatin1String("At Risk"))
        return tr("At risk");
    if (name == QLatin1String("Can't Lose Them"))
        return tr("Can't lose them");
    if (name == QLatin1String("Hibernating"))
        return tr("Hibernating");
    return name;
}

QString Labels::abc(const QString& code)
{
    return code.isEmpty() ? QString() : tr("Class %1").arg(code);
}

QString Labels::churnReason(const analytics::ChurnReason& reason)
{
    using analytics::ChurnReasonCode;
    const QLocale locale;
    switch (reason.code) {
    case ChurnReasonCode::NoOrderForDays:
        if (reason.usualIntervalDays > 0)
            return tr("no order for %1 days, usually every %2 days").arg(reason.days).arg(reason.usualIntervalDays);
        return tr("no order for %1 days, only one purchase so far").arg(reason.days);
    case ChurnReasonCode::LowActiveProbability:
        return tr("only a %1% chance the customer is still buying").arg(locale.toString(reason.percent, 'f', 0));
    case ChurnReasonCode::SpendDown:
        return tr("spend down %1% (last %2 days against the %2 before)")
            .arg(locale.toString(reason.percent, 'f', 0))
            .arg(reason.days);
    case ChurnReasonCode::OpenComplaints:
        return reason.count == 1 ? tr("1 open complaint") : tr("%1 open complaints").arg(reason.count);
    case ChurnReasonCode::OverdueReceivables:
        return tr("%1 overdue").arg(locale.toString(reason.amount, 'f', 2));
    }
    return {};
}

const QStringList& Labels::stages()
{
    static const QStringList values{QStringLiteral("potential"), QStringLiteral("exploration"),
                                    QStringLiteral("formation"), QStringLiteral("stability"),
                                    QStringLiteral("decline"),   QStringLiteral("lost"),
                                    QStringLiteral("won_back")};
    return values;
}

const QStringList& Labels::rfmSegments()
{
    static const QStringList values{QStringLiteral("Champions"),          QStringLiteral("Loyal"),
                                    QStringLiteral("Potential Loyalist"), QStringLiteral("New"),
                                    QStringLiteral("Promising"),          QStringLiteral("Need Attention"),
                                    QStringLiteral("About to Sleep"),     QStringLiteral("At Risk"),
                                    QStringLiteral("Can't Lose Them"),    QStringLiteral("Hibernating")};
    return values;
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
