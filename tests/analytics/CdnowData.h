#pragma once

#include "analytics/DayNumber.h"
#include "analytics/OrderColumns.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

namespace carddesk::analytics::test {

// The CDNOW sample loaded into owned columns; customer index = sample id - 1 (the csv's ID - 1).
struct CdnowOrders
{
    std::vector<std::int32_t> customer;
    std::vector<std::int32_t> day;
    std::vector<double> amount;
    std::size_t customers = 0;

    OrderColumns columns() const { return {customer, day, amount}; }
};

inline CdnowOrders loadCdnowOrders()
{
    CdnowOrders o;
    std::ifstream in(std::string(CARDDESK_TEST_DATA) + "/cdnow/CDNOW_sample.txt");
    long master = 0, sample = 0, ymd = 0, qty = 0;
    double amount = 0;
    struct Row
    {
        std::int32_t c, d;
        double a;
    };
    std::vector<Row> rows;
    while (in >> master >> sample >> ymd >> qty >> amount) {
        rows.push_back(
            {static_cast<std::int32_t>(sample - 1), dayNumberFromYmd(static_cast<std::int32_t>(ymd)), amount});
        o.customers = std::max<std::size_t>(o.customers, static_cast<std::size_t>(sample));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& l, const Row& r) { return l.c != r.c ? l.c < r.c : l.d < r.d; });
    for (const Row& r : rows) {
        o.customer.push_back(r.c);
        o.day.push_back(r.d);
        o.amount.push_back(r.a);
    }
    return o;
}

struct CdnowSummaryFile
{
    std::vector<std::int32_t> x;
    std::vector<double> tx, T, zbar;
};

inline CdnowSummaryFile loadCdnowSummaryFile()
{
    CdnowSummaryFile s;
    std::ifstream in(std::string(CARDDESK_TEST_DATA) + "/cdnow/cdnow_customers_summary_with_transactions.csv");
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        if (line.empty()) {
            continue;
        }
        std::replace(line.begin(), line.end(), ',', ' ');
        std::istringstream ls(line);
        long id = 0;
        int x = 0;
        double tx = 0, T = 0, z = 0;
        ls >> id >> x >> tx >> T >> z;
        s.x.push_back(x);
        s.tx.push_back(tx);
        s.T.push_back(T);
        s.zbar.push_back(z);
    }
    return s;
}

inline std::int32_t calibrationEnd()
{
    return dayNumber(1997, 9, 30);
}
inline std::int32_t holdoutEnd()
{
    return dayNumber(1998, 6, 30);
}

} // namespace carddesk::analytics::test
