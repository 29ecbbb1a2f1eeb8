#include "core/CustomerValidator.h"

#include "core/CustomerCode.h"
#include "core/CustomerKind.h"
#include "core/CustomerSource.h"
#include "core/CustomerStatus.h"
#include "core/InputLimits.h"
#include "core/LoyaltyClass.h"
#include "core/LunarCalendar.h"
#include "core/PhoneNumber.h"

#include <QRegularExpression>

#include <cmath>

namespace carddesk::core {

namespace {
Error invalid(const QString& field, const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message, field, -1};
}

// Length and control characters of one text field (InputLimits); the name's own rule comes first.
void checkText(std::vector<Error>& errors, const char* field, const QString& label, const QString& text,
               qsizetype maxLength, bool multiLine = false)
{
    if (auto problem = InputLimits::textProblem(text, maxLength, multiLine))
        errors.push_back(invalid(QString::fromLatin1(field), QStringLiteral("%1 %2.").arg(label, *problem)));
}

void checkAmount(std::vector<Error>& errors, const char* field, const QString& label, double amount)
{
    if (!std::isfinite(amount) || amount > InputLimits::kMaxAmount)
        errors.push_back(
            invalid(QString::fromLatin1(field),
                    QStringLiteral("%1 must be a number up to %2.").arg(label).arg(InputLimits::kMaxAmount)));
}
} // namespace

const QStringList& CustomerValidator::kinds()
{
    static const QStringList values = codesOf<CustomerKind>();
    return values;
}

const QStringList& CustomerValidator::statuses()
{
    static const QStringList values = codesOf<CustomerStatus>();
    return values;
}

const QStringList& CustomerValidator::sources()
{
    static const QStringList values = codesOf<CustomerSource>();
    return values;
}

const QStringList& CustomerValidator::loyaltyClasses()
{
    // "" is "not set".
    static const QStringList values = QStringList{QString()} + codesOf<LoyaltyClass>();
    return values;
}

const QStringList& CustomerValidator::creditRatings()
{
    static const QStringList values{QString(),           QStringLiteral("AAA"), QStringLiteral("AA"),
                                    QStringLiteral("A"), QStringLiteral("B"),   QStringLiteral("C")};
    return values;
}

bool CustomerValidator::isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.isEmpty() ||
           (!InputLimits::textProblem(email, InputLimits::kShortText, false) && pattern.match(email).hasMatch());
}

bool CustomerValidator::isValidPhone(const QString& phone)
{
    // +86 mobiles, landlines with their area code, an extension, international numbers (core/PhoneNumber).
    return PhoneNumber::isValid(phone);
}

std::vector<Error> CustomerValidator::validate(const Customer& c)
{
    std::vector<Error> errors;
    if (c.name.trimmed().isEmpty())
        errors.push_back(invalid(QStringLiteral("name"), QStringLiteral("Name is required.")));
    else if (c.name.size() > 200)
        errors.push_back(invalid(QStringLiteral("name"), QStringLiteral("Name is longer than 200 characters.")));
    else
        checkText(errors, "name", QStringLiteral("Name"), c.name, InputLimits::kShortText);
    if (!c.code.isEmpty()) {
        if (auto code = CustomerCode::normalized(c.code); !code)
            errors.push_back(invalid(QStringLiteral("code"), code.error().message));
    }
    checkText(errors, "industry", QStringLiteral("Industry"), c.industry, InputLimits::kShortText);
    checkText(errors, "region", QStringLiteral("Region"), c.region, InputLimits::kShortText);
    checkText(errors, "address", QStringLiteral("Address"), c.address, InputLimits::kAddress);
    checkText(errors, "website", QStringLiteral("Website"), c.website, InputLimits::kShortText);
    checkText(errors, "key_figures", QStringLiteral("Key figures"), c.keyFigures, InputLimits::kLongText, true);
    checkText(errors, "preferences", QStringLiteral("Preferences"), c.preferences, InputLimits::kLongText, true);
    checkText(errors, "purchase_habits", QStringLiteral("Purchase habits"), c.purchaseHabits, InputLimits::kLongText,
              true);
    checkText(errors, "preferred_payment", QStringLiteral("Preferred payment"), c.preferredPayment,
              InputLimits::kShortText);
    checkText(errors, "notes", QStringLiteral("Notes"), c.notes, InputLimits::kNotes, true);
    checkAmount(errors, "credit_limit", QStringLiteral("Credit limit"), c.creditLimit);
    checkAmount(errors, "registered_capital", QStringLiteral("Registered capital"), c.registeredCapital);
    if (!kinds().contains(c.kind))
        errors.push_back(invalid(QStringLiteral("kind"), QStringLiteral("Kind must be company or person.")));
    if (!statuses().contains(c.status))
        errors.push_back(
            invalid(QStringLiteral("status"), QStringLiteral("Status must be potential, current or lost.")));
    if (!isValidPhone(c.phone))
        errors.push_back(
            invalid(QStringLiteral("phone"), QStringLiteral("Phone '%1' is not a valid phone number (a mobile of 11 "
                                                            "digits, a landline with its area code, or +country code).")
                                                 .arg(c.phone)));
    if (!isValidEmail(c.email))
        errors.push_back(invalid(QStringLiteral("email"), QStringLiteral("E-mail '%1' is not an address like "
                                                                         "name@example.com.")
                                                              .arg(c.email)));
    if (c.creditLimit < 0)
        errors.push_back(invalid(QStringLiteral("credit_limit"), QStringLiteral("Credit limit cannot be negative.")));
    if (c.registeredCapital < 0)
        errors.push_back(
            invalid(QStringLiteral("registered_capital"), QStringLiteral("Registered capital cannot be negative.")));
    if (c.satisfaction < 0 || c.satisfaction > 5)
        errors.push_back(
            invalid(QStringLiteral("satisfaction"), QStringLiteral("Satisfaction is a score from 1 to 5.")));
    if (!loyaltyClasses().contains(c.loyaltyClass))
        errors.push_back(
            invalid(QStringLiteral("loyalty_class"), QStringLiteral("Loyalty class must be loyal, switcher or none.")));
    if (!creditRatings().contains(c.creditRating))
        errors.push_back(
            invalid(QStringLiteral("credit_rating"), QStringLiteral("Credit rating must be one of AAA, AA, A, B, C.")));
    return errors;
}

std::vector<Error> CustomerValidator::validate(const Contact& c)
{
    std::vector<Error> errors;
    if (c.name.trimmed().isEmpty())
        errors.push_back(invalid(QStringLiteral("name"), QStringLiteral("Contact name is required.")));
    checkText(errors, "name", QStringLiteral("Contact name"), c.name, InputLimits::kShortText);
    checkText(errors, "title", QStringLiteral("Title"), c.title, InputLimits::kShortText);
    checkText(errors, "notes", QStringLiteral("Notes"), c.notes, InputLimits::kNotes, true);
    if (!isValidPhone(c.phone))
        errors.push_back(invalid(QStringLiteral("phone"),
                                 QStringLiteral("Contact phone '%1' is not a valid phone number (a mobile of 11 "
                                                "digits, a landline with its area code, or +country code).")
                                     .arg(c.phone)));
    if (!isValidPhone(c.mobile))
        errors.push_back(invalid(QStringLiteral("mobile"),
                                 QStringLiteral("Mobile '%1' is not a valid phone number (a mobile of 11 digits, a "
                                                "landline with its area code, or +country code).")
                                     .arg(c.mobile)));
    if (!isValidEmail(c.email))
        errors.push_back(invalid(QStringLiteral("email"), QStringLiteral("E-mail '%1' is not an address like "
                                                                         "name@example.com.")
                                                              .arg(c.email)));
    if (c.birthdayLunar.isSet()) {
        // With the date of birth known too, both must name the same day.
        int year = 0;
        if (c.birthday.isValid() && LunarCalendar::fromGregorian(c.birthday, &year) != c.birthdayLunar)
            errors.push_back(invalid(QStringLiteral("birthday_lunar"),
                                     QStringLiteral("The lunar birthday is not the day of the birth date %1.")
                                         .arg(c.birthday.toString(Qt::ISODate))));
        else if (const QString problem = LunarCalendar::problem(c.birthdayLunar, year); !problem.isEmpty())
            errors.push_back(invalid(QStringLiteral("birthday_lunar"),
                                     QStringLiteral("The lunar birthday cannot be: %1.").arg(problem)));
    }
    return errors;
}

} // namespace carddesk::core
