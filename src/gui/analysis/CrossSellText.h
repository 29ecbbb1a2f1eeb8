#pragma once

#include "services/CrossSellService.h"

#include <QCoreApplication>
#include <QString>

namespace carddesk::gui {

// A cross-sell rule in the user's words: the reason ("customers who hold X also buy Y: lift 3.2"), how often
// (confidence) and how many (support), for the card's suggestions and the list of customers to offer to.
class CrossSellText
{
    Q_DECLARE_TR_FUNCTIONS(CrossSellText)

public:
    static QString productName(const storage::CrossSellProduct& product);
    static QString reason(const services::CrossSellRule& rule);
    static QString howOften(const services::CrossSellRule& rule);
    static QString howMany(const services::CrossSellRule& rule);
    static QString lift(double lift);
};

} // namespace carddesk::gui
