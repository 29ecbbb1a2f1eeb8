#pragma once

#include <cstdint>
#include <span>

// The fuzz targets (issue #17, docs/RELIABILITY.md): one function per reader of bytes from outside CardDesk. Each
// takes any bytes, must return without crashing, and calls std::abort() when an invariant of its reader breaks
// (a refusal without a message, a row that escaped the reader's limits). libFuzzer runs each as its own program
// (FuzzMain.cpp.in, ./scripts/fuzz); the corpus replay test (CorpusReplayTest.cpp) runs every corpus file through
// them in every test run.
namespace carddesk::fuzz {

using Bytes = std::span<const std::uint8_t>;

void orderCsv(Bytes data);      // import-orders: io::OrderCsvReader
void customerCsv(Bytes data);   // import-customers, CSV: read, map, plan against an office
void customerXlsx(Bytes data);  // import-customers, .xlsx: a zip of XML parts
void importMapping(Bytes data); // import-customers --mapping: a JSON file
void textInput(Bytes data);     // customer codes, text fields, phone numbers, company names, CSV cells
void settingValue(Bytes data);  // settings set KEY VALUE: the first byte picks the key
void searchText(Bytes data);    // the customer list's search box and `customers list --search`
void backupFile(Bytes data);    // restore: a file offered as a backup
void churnReasons(Bytes data);  // the churn reasons stored as a blob in scores

} // namespace carddesk::fuzz
