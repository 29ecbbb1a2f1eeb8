#pragma once

#include <QString>

namespace carddesk::core {

// Latin search keys for Chinese text, so "shanghai", "shhl" and "上海" all find 上海华联商贸有限公司.
// Uses ICU's Han-Latin transliterator one character at a time, with a per-thread cache: names share few
// distinct characters, and a million names must index in seconds.
struct PinyinKeys
{
    QString full;     // "shanghaihualianshangmaoyouxiangongsi"
    QString initials; // "shhlsmyxgs"
};

PinyinKeys pinyinKeys(const QString& text);

} // namespace carddesk::core
