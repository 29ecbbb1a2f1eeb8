#pragma once

#include <QString>
#include <QStringList>

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

// The syllables of a text, one per Han character and one per run of letters or digits, lower case:
// "杭州ABC食品" -> hang, zhou, abc, shi, pin. Joined, they are pinyinKeys(text).full; the duplicate finder compares
// names syllable by syllable ("close pinyin").
QStringList pinyinSyllables(const QString& text);

} // namespace carddesk::core
