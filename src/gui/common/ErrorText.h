#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace carddesk::gui {

// The one place a core::Error becomes a sentence on screen: from its code, with its field as the field's label and
// its input row. The English `message` is for logs and the CLI; it never reaches a window.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString sentence(const core::Error& error);
    // Why an imported order is not voided here (storage::OrderRepository::voidOrder), also the orders tab's tip.
    static QString importedOrderKept();
};

} // namespace carddesk::gui
