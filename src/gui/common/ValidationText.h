#pragma once

#include "core/Customer.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace carddesk::gui {

// The validator's errors (core::CustomerValidator, the same rules the storage enforces) as translated text
// for the field they belong to.
class ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ValidationText)

public:
    static QString message(const core::Error& error);
    // The field's own sentence, empty when the validator's field is not one this class words (ErrorText then
    // words it from its code and field label).
    static QString specific(const core::Error& error);
};

} // namespace carddesk::gui
