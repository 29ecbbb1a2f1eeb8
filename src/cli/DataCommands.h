#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// A customer's and a person's data in and out of the office: archive, unarchive and delete a customer, a person's
// data as a file (PIPL), erasing a contact, and mailing lists (docs/CLI.md, "Archiving, deleting and erasing",
// "Mailing lists").
class DataCommands
{
public:
    // customers archive|unarchive|delete|export-data ID ... (`customers list` stays FoundationCommands')
    static bool handlesCustomers(const QString& subcommand);
    static int customers(CliContext& ctx);
    // contact erase ID [--vacuum] | contact export-data ID --out F [--format json|pdf]
    static int contact(CliContext& ctx);
    // mailing labels --sheet S --out F.pdf [--search T] [--rep USER] | mailing list --out F.xlsx [...]
    static int mailing(CliContext& ctx);
};

} // namespace carddesk::cli
