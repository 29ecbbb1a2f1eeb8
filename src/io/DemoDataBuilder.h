#pragma once

#include "core/Product.h"
#include "storage/db/BulkLoader.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>
#include <vector>

namespace carddesk::io {

// One sales area of the demo office and the cities its customers are in.
struct DemoAreaSpec
{
    QString name;   // 华东区
    QString region; // 华东
    QStringList cities;
};

// The staff of one area once created: who may own its customers.
struct DemoStaff
{
    qint64 areaId = 0;
    qint64 managerId = 0;
    std::vector<qint64> repIds;
};

// Makes the demo office's rows, batch after batch, from one std::mt19937_64 (Qt's random generators are not
// reproducible across versions): the same seed, `today` and staff give the same rows whatever the batch size.
// Pure generation: no database, so it can run on a producer thread while another thread writes.
class DemoDataBuilder
{
public:
    struct Setup
    {
        quint64 seed = 0;
        QDate today;
        qint64 customers = 0;
        std::vector<DemoStaff> staff; // one per area, in areaSpecs() order
        storage::BulkIds firstIds;
        std::vector<qint64> complaintCategoryIds; // product quality, delivery, service, billing, other
    };

    // What the summary reports beyond row counts.
    struct Stats
    {
        qint64 potential = 0;
        qint64 lost = 0;
        qint64 key = 0;
        qint64 overdueReceivables = 0;
        double orderAmount = 0;
    };

    explicit DemoDataBuilder(Setup setup);

    static const std::vector<DemoAreaSpec>& areaSpecs();

    // The office's product catalogue, with ids from Setup::firstIds.
    const std::vector<core::Product>& products() const { return m_products; }

    // Fills `batch` (cleared first) with up to `maxCustomers` more customers and everything that hangs off them;
    // false once all customers were made.
    bool nextBatch(storage::BulkBatch& batch, qint64 maxCustomers);

    qint64 made() const { return m_made; }
    const Stats& stats() const { return m_stats; }

private:
    enum class Rhythm
    {
        Potential,
        OneOff,
        Occasional,
        Regular,
        Drifting,
        Lost,
        WonBack
    };

    void makeCustomer(storage::BulkBatch& batch);
    std::vector<int> orderDays(Rhythm rhythm);
    void makeOrders(storage::BulkBatch& batch, const core::Customer& customer, const std::vector<int>& days,
                    qint64 creatorId, bool riskyPayer);
    void makeInteractions(storage::BulkBatch& batch, const core::Customer& customer, size_t firstContact, int firstDay,
                          int orderCount);
    void makeVisits(storage::BulkBatch& batch, const core::Customer& customer, bool buying);
    void makeComplaint(storage::BulkBatch& batch, const core::Customer& customer, size_t firstContact, qint64 managerId,
                       int forcedStatus);

    QDate dayDate(int day) const; // day 0 is two years before today, day kHistoryDays is today
    QDateTime stamp(int day, int minuteOfDay) const;
    qint64 pickContact(const storage::BulkBatch& batch, size_t firstContact);

    uint64_t next() { return m_rng(); }
    int below(int n);            // 0 .. n-1
    int between(int lo, int hi); // lo .. hi inclusive
    double unit();               // [0, 1)
    bool chance(double p) { return unit() < p; }
    int weighted(const std::vector<int>& weights);

    Setup m_setup;
    std::mt19937_64 m_rng;
    qint64 m_todayJulian = 0;
    std::vector<core::Product> m_products;
    std::vector<int> m_areaWeights;
    qint64 m_made = 0;
    int m_complaintsMade = 0;
    storage::BulkIds m_next;
    Stats m_stats;
};

} // namespace carddesk::io
