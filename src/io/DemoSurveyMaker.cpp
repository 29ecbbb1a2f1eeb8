#include "io/DemoSurveyMaker.h"

#include "storage/db/DemoSurveyRows.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace carddesk::io {

namespace {

const char* const kComments[] = {"",
                                 "",
                                 "",
                                 "交货及时，质量稳定",
                                 "希望价格再优惠一些",
                                 "业务员服务很周到",
                                 "售后响应慢",
                                 "产品包装需要改进",
                                 "对贵公司印象很好",
                                 "发票开具太慢"};

} // namespace

core::Result<qint64> DemoSurveyMaker::make(storage::Database& db, quint64 seed, const QDate& today, qint64 userId)
{
    std::mt19937_64 random(seed ^ 0x5a715fac7105ULL);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> noise(0.0, 0.7);
    const auto draw = [&](const storage::DemoSurveyCustomer& customer, std::vector<storage::DemoSurveyRow>& out) {
        const double draw = unit(random);
        if (draw >= 0.33)
            return;
        const int answered = draw < 0.04 ? 2 : 1;
        // Loyal buyers (several purchase days, one within the last half year) lean satisfied; the others lean
        // neutral. A closed complaint's satisfaction pulls the scores towards it.
        const bool buysOn =
            customer.purchaseDays >= 3 && customer.lastOrder.isValid() && customer.lastOrder.daysTo(today) <= 182;
        double centre = buysOn ? 4.0 : 3.3;
        if (customer.complaintSatisfaction > 0)
            centre = (centre + customer.complaintSatisfaction) / 2.0;
        // One customer in eight answers against the trend (a loyal one unhappy, a leaving one content).
        if (unit(random) < 0.125)
            centre = buysOn ? 2.4 : 4.3;
        for (int s = 0; s < answered; ++s) {
            storage::DemoSurveyRow survey;
            survey.on = today.addDays(-static_cast<qint64>(unit(random) * 364.0) - s * 180);
            for (int& score : survey.scores)
                score = std::clamp(static_cast<int>(std::lround(centre + noise(random))), 1, 5);
            survey.comment = QString::fromUtf8(kComments[static_cast<size_t>(unit(random) * std::size(kComments))]);
            out.push_back(std::move(survey));
        }
    };
    return storage::DemoSurveyRows::write(db, draw, userId);
}

} // namespace carddesk::io
