#pragma once

#include <QString>

namespace carddesk::core {

// The key two customer names match on when looking for duplicates: full-width forms made half-width (NFKC),
// lower case, spaces and punctuation out, and the legal-form words removed (有限责任公司, 股份有限公司, 有限公司,
// 股份, 集团, 公司, Co., Ltd., Inc., Corp., GmbH …), so "杭州诚远食品有限公司", "杭州 诚远食品" and "杭州诚远食品
// 股份有限公司" share one key. A name that is nothing but legal-form words keeps them (its key is not empty).
class CompanyNameKey
{
public:
    static QString of(const QString& name);
};

} // namespace carddesk::core
