#pragma once

#include "core/Contact.h"
#include "core/Customer.h"
#include "core/Result.h"
#include "io/CustomerFileColumns.h"
#include "io/ImportTable.h"
#include "storage/access/Session.h"
#include "storage/repositories/ImportBatchStore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace carddesk::services {

// Importing customers and their contacts from a .csv or .xlsx file (issue 16), in the steps a wizard shows:
//   1. readFile: the file as a table (encoding detected or chosen, sheet chosen); its first rows are the preview;
//   2. mapColumns: each header to a column of CardDesk's customer file (io::CustomerFileColumns), automatically
//      or from a mapping the user made (header -> column key); unmapped headers are reported, two headers for one
//      column refused;
//   3. plan (the dry run): every row read and checked with the card's own rules (core::CustomerValidator), areas,
//      reps and referrers resolved, each customer matched to a stored one (code, then phone, then name) and given
//      its action; the rows in error listed with their file, row, column and reason (problemsCsv saves them);
//   4. commit: the planned customers written in one transaction as one batch that `undo` can take back; with rows
//      in error only when the user chose to import the good rows, and then only those.
// Access: the administrator imports anywhere; a manager into their own area and to reps of it; a rep not at all.
class CustomerImport
{
public:
    enum class Match
    {
        Update, // a customer found in the office gets the file's non-empty values and new contacts
        Skip,   // a customer found is left alone
        Create, // every customer of the file becomes a new card (a code in use is an error)
    };

    struct ReadOptions
    {
        QString encoding; // csv: empty to detect
        QString sheet;    // xlsx: a name or a number; empty for the first
    };

    // Which CardDesk column each file column feeds (nullptr: not imported), by file column.
    struct Mapping
    {
        std::vector<const io::CustomerFileColumn*> columns;
        QStringList unmapped; // messages naming each header that maps to nothing
    };

    struct Problem
    {
        qint64 row = 0; // file row
        int column = 0; // file column, 1-based; 0 when the problem is the row's (a missing column)
        QString header; // the file's header of that column, or the CardDesk column missing
        QString message;
        // When the problem is one of the card's own rules (core::CustomerValidator): its error, whose field a
        // window words in the user's language; its field is empty for the import's own problems.
        core::Error rule;
    };

    struct PlannedCustomer
    {
        enum class Action
        {
            Create,
            Update,
            Unchanged, // matched, update chosen, nothing differs and no new contact
            Skip,
        };
        Action action = Action::Create;
        std::vector<qint64> fileRows;
        QString matchedBy;      // "code", "phone", "name", or empty
        core::Customer card;    // as it will be stored (for an update: the stored card with the file's values)
        core::Customer before;  // update: the stored card
        QString referredByCode; // a code of this file not yet stored: resolved after the cards are written
        std::vector<core::Contact> contacts; // to add
        bool inError = false;
    };

    struct Plan
    {
        QString fileName;
        Match match = Match::Update;
        std::vector<PlannedCustomer> customers;
        std::vector<Problem> problems; // by row
        QStringList warnings;          // unmapped headers, merged cells, skipped title rows
        qint64 rowsRead = 0;
        qint64 rowsInError = 0;
        qint64 emptyRowsSkipped = 0;

        qint64 count(PlannedCustomer::Action action, bool withErrors = false) const;
        qint64 contactsToAdd() const;
        QString problemText(const Problem& problem) const; // "file, row 3, column B (电话): ..."
        QJsonObject toJson() const;
    };

    enum class Choice
    {
        AllOrNothing, // refused when any row is in error
        GoodRows,     // the rows without errors; customers with an error in any of their rows are left out
    };

    struct Result
    {
        qint64 batchId = 0;
        storage::ImportBatch counts;
    };

    // .xlsx by its name (or its zip signature), anything else as CSV text.
    static core::Result<io::ImportTable> readFile(const QString& path, const ReadOptions& options);

    // explicit: header (as in the file, or normalised like findByHeader) -> column key (English key or Chinese
    // header); "" to leave a column out. Headers it does not name are mapped automatically.
    static core::Result<Mapping> mapColumns(const io::ImportTable& table,
                                            const QHash<QString, QString>& explicitMap = {});
    // A mapping file: a JSON object {"header": "column key", ...}.
    static core::Result<QHash<QString, QString>> readMappingFile(const QString& path);

    static core::Result<Plan> plan(storage::Session& session, const io::ImportTable& table, const Mapping& mapping,
                                   Match match);

    static core::Result<Result> commit(storage::Session& session, const Plan& plan, Choice choice);
    // From this many new cards on, commit() indexes them for search in one pass (storage::SearchIndexPause).
    static constexpr qint64 kSearchIndexPauseAt = 1000;

    static core::Result<std::vector<storage::ImportBatch>> batches(storage::Session& session);
    // Takes a batch back: cards it created deleted, cards it updated given their old values, contacts it added
    // removed; refused (Conflict, naming the first customer) once any of them changed since.
    static core::Status undo(storage::Session& session, qint64 batchId);
    // The customer ("code name") that keeps a batch from being undone, empty when none does: what a window names
    // after undo() said Conflict.
    static core::Result<QString> changedCustomer(storage::Session& session, qint64 batchId);

    // The rows in error as a CSV file (file, row, column, header, problem), UTF-8 with a BOM for Excel.
    static QByteArray problemsCsv(const Plan& plan);
};

} // namespace carddesk::services
