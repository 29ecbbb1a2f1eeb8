#pragma once

#include "io/TableFileWriter.h"

#include <QString>

#include <functional>

namespace carddesk::services {

// Where and how an export writes its file.
struct ExportRequest
{
    io::TableFileWriter::Format format = io::TableFileWriter::Format::Xlsx;
    bool chinese = false; // Chinese headers and labels, else English headers and stored codes
    QString path;         // the file to write; replaced only once the export is complete
    // Called every few hundred rows with the rows written so far (from the exporting thread); false cancels: no
    // file, no access-log entry.
    std::function<bool(qint64 rows)> progress;
};

// What an export wrote.
struct ExportOutcome
{
    qint64 rows = 0;    // rows of the file below its header
    qint64 records = 0; // customers (customers, card) or complaints
    bool cancelled = false;
    QString detail; // the access log's entry: what, the filter, format, language, counts, file
};

} // namespace carddesk::services
