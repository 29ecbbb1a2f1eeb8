#pragma once

#include <QString>
#include <QStringView>

namespace carddesk::core {

// The keys an import matches a file's customer to a stored one by, in one place (issue 16 keeps them simple; the
// duplicate finder has fuller rules). Equal keys mean "the same customer" for the import's update/skip choice.
class CustomerMatchKey
{
public:
    // The digits of a phone number (full-width ones too), without a leading +86/0086 before a mainland mobile;
    // empty when fewer than 7 digits remain (too short to tell customers apart).
    static QString phone(QStringView text);
    // NFKC (full-width forms to half-width), case folded, without any space: "杭州 诚远食品" == "杭州诚远食品".
    static QString name(QStringView text);
};

} // namespace carddesk::core
