#include "gui/analysis/CrossSellText.h"

#include <QLocale>

namespace carddesk::gui {

QString CrossSellText::productName(const storage::CrossSellProduct& product)
{
    return product.name.isEmpty() ? product.code : product.name;
}

QString CrossSellText::lift(double lift)
{
    return QLocale().toString(lift, 'f', 1);
}

QString CrossSellText::reason(const services::CrossSellRule& rule)
{
    return tr("Customers who hold %1 also buy %2: lift %3")
        .arg(productName(rule.antecedent), productName(rule.consequent), lift(rule.lift));
}

QString CrossSellText::howOften(const services::CrossSellRule& rule)
{
    // Confidence in plain words, with lift as "times as likely as an average customer".
    return tr("%1% of the customers who hold %2 buy it too (%3× the average)")
        .arg(QLocale().toString(rule.confidence * 100.0, 'f', 0), productName(rule.antecedent), lift(rule.lift));
}

QString CrossSellText::howMany(const services::CrossSellRule& rule)
{
    // Support in plain words: how many customers hold both, and their share.
    const QString share = QLocale().toString(rule.support * 100.0, 'f', 1);
    if (rule.customersBoth == 1)
        return tr("1 customer holds both (%1% of customers with products)").arg(share);
    return tr("%1 customers hold both (%2% of customers with products)")
        .arg(QLocale().toString(rule.customersBoth), share);
}

} // namespace carddesk::gui
