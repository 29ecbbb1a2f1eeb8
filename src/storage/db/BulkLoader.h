#pragma once

#include "core/Complaint.h"
#include "core/Contact.h"
#include "core/Customer.h"
#include "core/Interaction.h"
#include "core/Order.h"
#include "core/Product.h"
#include "core/Receivable.h"
#include "core/Result.h"
#include "core/Visit.h"
#include "storage/db/Database.h"
#include "storage/db/SearchIndexPause.h"

#include <QElapsedTimer>
#include <QString>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace carddesk::storage {

// A customer with its search keys. The keys are filled by prepareSearchKeys(), which any thread may call, so a
// producer thread can do that work while the database thread writes the previous batch.
struct BulkCustomer
{
    core::Customer card;
    QString namePinyin;
    QString nameInitials;
    QString searchText;
};

struct BulkOrder
{
    core::Order order;
    qint64 createdBy = 0; // the user who took the order
};

struct BulkOrderLine
{
    qint64 orderId = 0;
    core::OrderLine line;
};

struct BulkPayment
{
    qint64 id = 0;
    qint64 receivableId = 0;
    QDate paidDate;
    double amount = 0;
    QString method;
};

struct BulkComplaintStep
{
    qint64 id = 0;
    qint64 complaintId = 0;
    QString fromStatus; // empty for the first step
    QString toStatus;
    qint64 userId = 0;
    QDateTime at;
    QString note;
};

// One batch of rows. Ids are chosen by the producer, counting up from BulkLoader::nextIds(), so children refer to
// their parents without a round trip. Orders' `amount` and receivables' `paidAmount` must already agree with their
// lines and payments: the loader stores what it is given.
struct BulkBatch
{
    std::vector<BulkCustomer> customers;
    std::vector<core::Contact> contacts;
    std::vector<BulkOrder> orders;
    std::vector<BulkOrderLine> orderLines;
    std::vector<core::Receivable> receivables;
    std::vector<BulkPayment> payments;
    std::vector<core::Interaction> interactions;
    std::vector<core::Visit> visits;
    std::vector<core::Complaint> complaints;
    std::vector<BulkComplaintStep> complaintSteps;
};

// Rows inserted so far, per table.
struct BulkCounts
{
    qint64 products = 0;
    qint64 customers = 0;
    qint64 contacts = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    qint64 receivables = 0;
    qint64 payments = 0;
    qint64 interactions = 0;
    qint64 visits = 0;
    qint64 complaints = 0;
    qint64 complaintSteps = 0;
};

// The first free id of each table when begin() ran.
struct BulkIds
{
    qint64 product = 1;
    qint64 customer = 1;
    qint64 contact = 1;
    qint64 order = 1;
    qint64 orderLine = 1;
    qint64 receivable = 1;
    qint64 payment = 1;
    qint64 interaction = 1;
    qint64 visit = 1;
    qint64 complaint = 1;
    qint64 complaintStep = 1;
};

// Inserts many rows fast: cached prepared statements, one write transaction, one audit row per table for the
// whole load (action "bulk_insert", e.g. "demo data generated: 1000000 customers") instead of one per row.
// Used for the demo office and the scale test bed, never for a user's edits (no validation, no access scope:
// the caller is an admin or is creating a new database).
//
// Life cycle, all on the database's thread and inside ONE Database::write() call (begin() refuses otherwise):
// begin() → insertProducts()/insert() as often as needed → finish(). Errors come back as values; SQLite errors
// are thrown as exceptions that Database::write turns into an error and a rollback, which also undoes the trigger
// change below. With Options::deferSearchIndex, begin() drops the FTS insert trigger and finish() indexes the new
// customers in one pass and recreates the trigger from its stored text (the same SQL Migrations.cpp wrote);
// Options::deferIndexes does the same with the secondary indexes.
class BulkLoader
{
public:
    struct Options
    {
        bool deferSearchIndex = true;
        // Drop the secondary indexes of the tables loaded whose keys arrive in random order and create them again
        // in finish(), from the SQL stored in the schema: sorting once beats millions of random B-tree inserts
        // for loads into empty or small tables. Unique indexes and those led by a parent's id stay.
        bool deferIndexes = true;
        int cacheSizeKiB = 512 * 1024; // page cache during the load; the previous size is restored afterwards
    };

    BulkLoader(Database& db, qint64 userId, Options options);
    BulkLoader(Database& db, qint64 userId) : BulkLoader(db, userId, Options{}) {}
    ~BulkLoader();
    BulkLoader(const BulkLoader&) = delete;
    BulkLoader& operator=(const BulkLoader&) = delete;

    core::Status begin();
    BulkIds nextIds() const { return m_firstIds; }
    const BulkCounts& counts() const { return m_counts; }

    // Ids of the active complaint categories, for producers that file complaints.
    std::vector<qint64> complaintCategoryIds() const;

    // Names the manager of an area (areas are made before their manager, who needs an area). Audited.
    core::Status setAreaManager(qint64 areaId, qint64 managerId);

    core::Status insertProducts(const std::vector<core::Product>& products);
    core::Status insert(BulkBatch& batch);

    // Indexes the new customers for search (when deferred), restores the trigger and the cache size, and writes
    // one audit row per table that received rows, with `auditNote` before the count.
    core::Status finish(const QString& auditNote);

    // Fills namePinyin, nameInitials and searchText from the card and the contacts given (name, phone, mobile and
    // e-mail of each, as CustomerRepository::refreshSearchText does). Thread-safe.
    static void prepareSearchKeys(BulkCustomer& customer, const std::vector<const core::Contact*>& contacts);

private:
    class Statements;

    Database& m_db;
    qint64 m_userId;
    Options m_options;
    BulkIds m_firstIds;
    BulkCounts m_counts;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<SearchIndexPause> m_searchPause;                   // while the FTS insert trigger is dropped
    std::vector<std::pair<std::string, std::string>> m_droppedIndexes; // name, CREATE INDEX statement
    int m_previousCacheSize = 0;
    QElapsedTimer m_loadTimer; // from begin() to finish(), for the log
    qint64 m_loadCpuMs = 0;
    bool m_begun = false;
    bool m_finished = false;
};

} // namespace carddesk::storage
