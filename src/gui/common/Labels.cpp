#include "gui/common/Labels.h"

#include "analytics/ChurnAssessor.h"

#include <QLocale>

namespace carddesk::gui {

namespace {

// A stored code in words: through the enum when core knows the code, the code itself when it does not (a newer
// file), `empty` for "not set".
template <typename E> QString labelOf(const QString& code, const QString& empty = QString())
{
    if (code.isEmpty() && !empty.isEmpty())
        return empty;
    if (const auto value = core::fromCode<E>(code))
        return Labels::of(*value);
    return code;
}

} // namespace

QString Labels::of(core::Stage value)
{
    using core::Stage;
    switch (value) {
    case Stage::Potential:
        return tr("Potential", "lifecycle stage");
    case Stage::Exploration:
        return tr("Exploration");
    case Stage::Formation:
        return tr("Formation");
    case Stage::Stability:
        return tr("Stability");
    case Stage::Decline:
        return tr("Decline");
    case Stage::Lost:
        return tr("Lost", "lifecycle stage");
    case Stage::WonBack:
        return tr("Won back");
    }
    return {};
}

QString Labels::of(core::CustomerStatus value)
{
    using core::CustomerStatus;
    switch (value) {
    case CustomerStatus::Potential:
        return tr("Potential");
    case CustomerStatus::Current:
        return tr("Current");
    case CustomerStatus::Lost:
        return tr("Lost");
    }
    return {};
}

QString Labels::of(core::CustomerKind value)
{
    return value == core::CustomerKind::Person ? tr("Person") : tr("Company");
}

QString Labels::of(core::CustomerSource value)
{
    using core::CustomerSource;
    switch (value) {
    case CustomerSource::Visit:
        return tr("Visit");
    case CustomerSource::Referral:
        return tr("Referral");
    case CustomerSource::Exhibition:
        return tr("Exhibition");
    case CustomerSource::Phone:
        return tr("Phone call");
    case CustomerSource::Web:
        return tr("Web");
    case CustomerSource::Competitor:
        return tr("From a competitor");
    case CustomerSource::Advertising:
        return tr("Advertising");
    case CustomerSource::Other:
        return tr("Other");
    }
    return {};
}

QString Labels::of(core::CompanySize value)
{
    using core::CompanySize;
    switch (value) {
    case CompanySize::Micro:
        return tr("Micro");
    case CompanySize::Small:
        return tr("Small");
    case CompanySize::Medium:
        return tr("Medium");
    case CompanySize::Large:
        return tr("Large");
    }
    return {};
}

QString Labels::of(core::LoyaltyClass value)
{
    using core::LoyaltyClass;
    switch (value) {
    case LoyaltyClass::Loyal:
        return tr("Loyal");
    case LoyaltyClass::Switcher:
        return tr("Brand switcher");
    case LoyaltyClass::NoLoyalty:
        return tr("No brand loyalty");
    }
    return {};
}

QString Labels::of(core::Channel value)
{
    using core::Channel;
    switch (value) {
    case Channel::Visit:
        return tr("Face-to-face visit");
    case Channel::Phone:
        return tr("Phone");
    case Channel::Sms:
        return tr("SMS");
    case Channel::Letter:
        return tr("Letter");
    case Channel::Email:
        return tr("E-mail");
    case Channel::InstantMessage:
        return tr("Instant message");
    case Channel::Meeting:
        return tr("Meeting");
    case Channel::Hotline:
        return tr("Hotline");
    case Channel::Online:
        return tr("Online service");
    }
    return {};
}

QString Labels::of(core::Role value)
{
    using core::Role;
    switch (value) {
    case Role::Rep:
        return tr("Sales rep");
    case Role::Manager:
        return tr("Area manager");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString Labels::of(core::ComplaintStatus value)
{
    using core::ComplaintStatus;
    switch (value) {
    case ComplaintStatus::New:
        return tr("New", "complaint status");
    case ComplaintStatus::Acknowledged:
        return tr("Acknowledged");
    case ComplaintStatus::InProgress:
        return tr("In progress");
    case ComplaintStatus::Resolved:
        return tr("Resolved");
    case ComplaintStatus::Closed:
        return tr("Closed");
    case ComplaintStatus::Reopened:
        return tr("Reopened");
    }
    return {};
}

QString Labels::of(core::ComplaintLevel value)
{
    using core::ComplaintLevel;
    switch (value) {
    case ComplaintLevel::Low:
        return tr("1 – low");
    case ComplaintLevel::Medium:
        return tr("2 – medium");
    case ComplaintLevel::High:
        return tr("3 – high");
    case ComplaintLevel::Critical:
        return tr("4 – critical");
    }
    return {};
}

QString Labels::of(core::VisitStatus value)
{
    using core::VisitStatus;
    switch (value) {
    case VisitStatus::Planned:
        return tr("Planned");
    case VisitStatus::Done:
        return tr("Done");
    case VisitStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Labels::of(core::AbcClass value)
{
    return tr("Class %1").arg(core::codeOf(value));
}

QString Labels::of(core::ChurnRisk value)
{
    using core::ChurnRisk;
    switch (value) {
    case ChurnRisk::Low:
        return tr("Low", "churn risk");
    case ChurnRisk::Medium:
        return tr("Medium", "churn risk");
    case ChurnRisk::High:
        return tr("High", "churn risk");
    }
    return {};
}

QString Labels::status(const QString& code)
{
    return labelOf<core::CustomerStatus>(code);
}

QString Labels::kind(const QString& code)
{
    return labelOf<core::CustomerKind>(code);
}

QString Labels::source(const QString& code)
{
    return labelOf<core::CustomerSource>(code, tr("(not set)"));
}

QString Labels::loyalty(const QString& code)
{
    return labelOf<core::LoyaltyClass>(code, tr("(not set)"));
}

QString Labels::size(const QString& code)
{
    return labelOf<core::CompanySize>(code, tr("(not set)"));
}

QString Labels::channel(const QString& code)
{
    return labelOf<core::Channel>(code);
}

QString Labels::role(const QString& code)
{
    return labelOf<core::Role>(code);
}

QString Labels::creditRating(const QString& code)
{
    return code.isEmpty() ? tr("(not set)") : code;
}

QString Labels::complaintStatus(const QString& code)
{
    return labelOf<core::ComplaintStatus>(code);
}

QString Labels::complaintLevel(int level)
{
    return labelOf<core::ComplaintLevel>(QString::number(level));
}

QString Labels::visitStatus(const QString& code)
{
    return labelOf<core::VisitStatus>(code);
}

QString Labels::stage(const QString& code)
{
    return labelOf<core::Stage>(code);
}

QString Labels::churnRisk(const QString& code)
{
    return labelOf<core::ChurnRisk>(code);
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
    if (code.isEmpty())
        return {};
    return labelOf<core::AbcClass>(code);
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
    static const QStringList values = core::codesOf<core::Stage>();
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
    static const QStringList values = QStringList{QString()} + core::codesOf<core::CompanySize>();
    return values;
}

const QStringList& Labels::channels()
{
    // The order the interaction dialog offers them: the everyday channels first.
    using core::Channel;
    static const QStringList values = [] {
        QStringList codes;
        for (Channel c : {Channel::Phone, Channel::Visit, Channel::Email, Channel::InstantMessage, Channel::Sms,
                          Channel::Meeting, Channel::Letter, Channel::Hotline, Channel::Online})
            codes << core::codeOf(c);
        return codes;
    }();
    return values;
}

} // namespace carddesk::gui
