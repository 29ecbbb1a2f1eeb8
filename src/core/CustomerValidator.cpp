#include "core/CustomerValidator.h"

#include "core/CustomerKind.h"
#include "core/CustomerSource.h"
#include "core/CustomerStatus.h"
#include "core/LoyaltyClass.h"

#include <QRegularExpression>

namespace carddesk::core {

namespace {
Error invalid(const QString& field, const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message, field, -1};
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
    return email.isEmpty() || pattern.match(email).hasMatch();
}

bool CustomerValidator::isValidPhone(const QString& phone)
{
    // Office numbers like 021-6234 5678, +86 138 0013 8000, (0755)88886666, with an optional extension.
    static const QRegularExpression pattern(
        QStringLiteral("^\\+?[0-9][0-9 ()\\-]{4,22}[0-9]( *(ext|x|转) *[0-9]{1,6})?$"));
    return phone.isEmpty() || pattern.match(phone).hasMatch();
}

std::vector<Error> CustomerValidator::validate(const Customer& c)
{
    std::vector<Error> errors;
    if (c.name.trimmed().isEmpty())
        errors.push_back(invalid(QStringLiteral("name"), QStringLiteral("Name is required.")));
    else if (c.name.size() > 200)
        errors.push_back(invalid(QStringLiteral("name"), QStringLiteral("Name is longer than 200 characters.")));
    if (!kinds().contains(c.kind))
        errors.push_back(invalid(QStringLiteral("kind"), QStringLiteral("Kind must be company or person.")));
    if (!statuses().contains(c.status))
        errors.push_back(
            invalid(QStringLiteral("status"), QStringLiteral("Status must be potential, current or lost.")));
    if (!isValidPhone(c.phone))
        errors.push_back(
            invalid(QStringLiteral("phone"),
                    QStringLiteral("Phone '%1' is not a phone number (digits, spaces, +, -, brackets).").arg(c.phone)));
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
    if (!isValidPhone(c.phone))
        errors.push_back(
            invalid(QStringLiteral("phone"), QStringLiteral("Phone '%1' is not a phone number.").arg(c.phone)));
    if (!isValidPhone(c.mobile))
        errors.push_back(
            invalid(QStringLiteral("mobile"), QStringLiteral("Mobile '%1' is not a phone number.").arg(c.mobile)));
    if (!isValidEmail(c.email))
        errors.push_back(invalid(QStringLiteral("email"), QStringLiteral("E-mail '%1' is not an address like "
                                                                         "name@example.com.")
                                                              .arg(c.email)));
    return errors;
}

} // namespace carddesk::core
