#pragma once

#include <QString>

#include <string>

namespace carddesk::storage {

// What SQLite's integrity_check and quick_check answer, read for a person: whether the findings are the disk failing
// to read pages (an I/O error code: the file's contents may well be sound, the disk is not) rather than damage in
// the file, and a short summary instead of one line per page.
class CheckFindings
{
public:
    // Every finding is "unable to get the page. error code=N" with N an I/O error.
    static bool areReadFailures(const std::string& result);

    // The first three findings, then "and N more"; read failures as "pages 32, 33, 34 and N more could not be read".
    static QString summary(const std::string& result);
};

} // namespace carddesk::storage
