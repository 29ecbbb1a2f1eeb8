#pragma once

#include "core/CustomerField.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace carddesk::io {

// One column of CardDesk's customer file, the one format that export writes and import reads (.csv and .xlsx).
// A row holds a customer's card, its area and rep by name, and one of its contacts: a customer with several
// contacts takes several rows with the same code (the first row holds the card, the following ones may leave the
// card's columns empty); a customer without contacts takes one row with empty contact columns.
struct CustomerFileColumn
{
    enum class Source
    {
        Card,           // a column of the customers table (`field`)
        AreaName,       // areas.name of the customer's area
        OwnerUsername,  // users.username of the customer's rep
        ReferredByCode, // code of the customer who referred this one
        ContactName,
        ContactTitle,
        ContactPhone,
        ContactMobile,
        ContactEmail,
        ContactBirthday, // yyyy-MM-dd
        ContactPrimary,  // yes / no (是 / 否)
        ContactNotes,
        ContactDoNotContact, // yes / no: asked not to be contacted (不再联系)
    };

    const char* key;     // the English header: the stored column name, or contact_* for the contact
    const char* chinese; // the Chinese header: the card's label
    const char* aliases; // further headers offices use, '|'-separated ("客户编号|Customer code"), may be empty
    Source source;
    core::CustomerField field = core::CustomerField::Code; // for Source::Card only

    QString englishHeader() const { return QString::fromLatin1(key); }
    QString chineseHeader() const { return QString::fromUtf8(chinese); }
};

// The columns in file order. Values: dates yyyy-MM-dd, numbers with a '.' and no thousands separator, flags
// yes/no (是/否 in a Chinese file), enumerated fields (kind, status, source, size, loyalty class) as their stored
// code in an English file and their label in a Chinese one; valueFromText reads all of these back.
class CustomerFileColumns
{
public:
    static std::span<const CustomerFileColumn> all();

    // The column a header names: its English key or its Chinese header, ignoring case, surrounding spaces,
    // full-width forms and a trailing colon. nullptr when the header names no column.
    static const CustomerFileColumn* findByHeader(QStringView header);

    // The text a file holds for a stored code or flag of `column` ("company" -> "企业" in Chinese; "1" -> "是").
    // Other columns' values pass through unchanged.
    static QString textForValue(const CustomerFileColumn& column, const QString& storedValue, bool chinese);

    // The stored code or flag for a file's text: the code itself, its English or Chinese label, for flags also
    // 1/0, yes/no, true/false, y/n, 是/否. std::nullopt when the text names no value of an enumerated or flag column;
    // other columns' text passes through unchanged.
    static std::optional<QString> valueFromText(const CustomerFileColumn& column, QStringView text);

    // Whether the column holds a stored code (kind, status, source, size, loyalty class) or a flag.
    static bool isEnumerated(const CustomerFileColumn& column);
};

} // namespace carddesk::io
