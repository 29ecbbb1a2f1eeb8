#pragma once

#include <QCoreApplication>
#include <QString>

namespace carddesk::gui {

// The lifecycle classifier's rule ids ("decline.gap") in the user's language; stage names are in Labels.
class LifecycleLabels
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleLabels)

public:
    // Unknown ids (a newer classifier) come back as the id itself.
    static QString rule(const QString& ruleId);
};

} // namespace carddesk::gui
