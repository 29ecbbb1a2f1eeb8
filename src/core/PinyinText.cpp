#include "core/PinyinText.h"

#include <QHash>

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace carddesk::core {
namespace {

class HanTransliterator
{
public:
    HanTransliterator()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_translit.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_translit.reset();
    }

    // The syllable of one Han character, or the lower-cased character itself.
    const QString& syllable(char32_t ch)
    {
        auto it = m_cache.constFind(ch);
        if (it != m_cache.constEnd())
            return *it;
        QString out;
        if (m_translit) {
            icu::UnicodeString text = icu::UnicodeString(static_cast<UChar32>(ch));
            m_translit->transliterate(text);
            std::string utf8;
            text.toUTF8String(utf8);
            out = QString::fromStdString(utf8).trimmed().remove(QLatin1Char(' '));
        } else {
            out = QString::fromUcs4(&ch, 1).toLower();
        }
        return *m_cache.insert(ch, out);
    }

private:
    std::unique_ptr<icu::Transliterator> m_translit;
    QHash<char32_t, QString> m_cache;
};

bool isHan(char32_t ch)
{
    return (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 0x3400 && ch <= 0x4DBF) || (ch >= 0x20000 && ch <= 0x2A6DF);
}

// Codes and Latin names (most imported customers) need no transliteration: lower-case letters and digits, with
// the initials taken at the start of each run. Avoids a QString per character on the bulk-import path.
bool asciiKeys(const QString& text, PinyinKeys& keys)
{
    for (QChar ch : text)
        if (ch.unicode() >= 0x80)
            return false;
    keys.full.reserve(text.size());
    bool wordStart = true;
    for (QChar ch : text) {
        const char c = static_cast<char>(ch.unicode());
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum) {
            wordStart = true;
            continue;
        }
        const QChar lower = QLatin1Char(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        keys.full += lower;
        if (wordStart)
            keys.initials += lower;
        wordStart = false;
    }
    return true;
}

HanTransliterator& transliterator()
{
    thread_local HanTransliterator translit;
    return translit;
}

} // namespace

PinyinKeys pinyinKeys(const QString& text)
{
    PinyinKeys keys;
    if (asciiKeys(text, keys))
        return keys;
    HanTransliterator& translit = transliterator();
    bool wordStart = true;
    for (char32_t ch : text.toUcs4()) {
        if (isHan(ch)) {
            const QString& syl = translit.syllable(ch);
            keys.full += syl;
            if (!syl.isEmpty())
                keys.initials += syl.at(0);
            wordStart = true;
        } else if (QChar::isLetterOrNumber(ch)) {
            const QString lower = QString::fromUcs4(&ch, 1).toLower();
            keys.full += lower;
            if (wordStart)
                keys.initials += lower;
            wordStart = false;
        } else {
            wordStart = true;
        }
    }
    return keys;
}

QStringList pinyinSyllables(const QString& text)
{
    QStringList syllables;
    HanTransliterator& translit = transliterator();
    QString word; // the run of letters or digits being read
    const auto endWord = [&] {
        if (!word.isEmpty())
            syllables << word;
        word.clear();
    };
    for (char32_t ch : text.toUcs4()) {
        if (isHan(ch)) {
            endWord();
            if (const QString& syl = translit.syllable(ch); !syl.isEmpty())
                syllables << syl;
        } else if (QChar::isLetterOrNumber(ch)) {
            word += QString::fromUcs4(&ch, 1).toLower();
        } else {
            endWord();
        }
    }
    endWord();
    return syllables;
}

} // namespace carddesk::core
