#include "services/DuplicateFinder.h"

#include "core/CompanyNameKey.h"
#include "core/PhoneNumber.h"
#include "core/PinyinText.h"
#include "storage/db/Database.h"
#include "storage/queries/DuplicateQueries.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <span>

namespace carddesk::services {

namespace {

using storage::DuplicateQueries;

// One key of one card: a 64-bit hash of the key text with its kind mixed in. Two different keys sharing a hash
// happen about once in 10^6 offices of a million cards; the pair would show with a wrong reason, never a merge
// without review.
struct KeyEntry
{
    quint64 hash;
    quint32 card; // index into the cards read
    quint8 reason;
    quint8 position; // close pinyin: the syllable left out of the key
    bool operator<(const KeyEntry& other) const { return hash != other.hash ? hash < other.hash : card < other.card; }
};

quint64 keyHash(const QString& key, unsigned reason)
{
    // Two independent 32-bit hashes make one 64-bit one.
    const quint64 high = qHash(key, 0x9e3779b9u + reason);
    const quint64 low = qHash(key, 0x7f4a7c15u ^ (reason << 8));
    return (high << 32) ^ low;
}

bool hasHan(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar ch) { return ch.unicode() >= 0x3400; });
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// At most one letter added, removed or changed between two syllables.
bool oneLetterApart(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    const QString& shorter = a.size() <= b.size() ? a : b;
    const QString& longer = a.size() <= b.size() ? b : a;
    if (longer.size() - shorter.size() > 1)
        return false;
    qsizetype i = 0;
    while (i < shorter.size() && shorter[i] == longer[i])
        ++i;
    // Past the first difference the rest must be equal: after that letter in both (one changed), or in the longer
    // only (one added).
    const qsizetype skipShorter = shorter.size() == longer.size() ? 1 : 0;
    return QStringView(shorter).mid(i + skipShorter) == QStringView(longer).mid(i + 1);
}

bool isDigits(const QString& syllable)
{
    return std::all_of(syllable.begin(), syllable.end(), [](QChar ch) { return ch.isDigit(); });
}

// The two syllables where two names differ may stand for one another: letters (a digit run that differs is
// another number), one letter apart.
bool nearSyllables(const QString& a, const QString& b)
{
    return a != b && !isDigits(a) && !isDigits(b) && oneLetterApart(a, b);
}

quint64 mix(quint64 x)
{
    // splitmix64's finaliser.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

class KeyCollector
{
public:
    void addCard(quint32 card, const QString& name, bool person, const QString& phone, const QString& email)
    {
        m_person.push_back(person);
        m_syllableStart.push_back(static_cast<quint32>(m_syllables.size()));
        const QString nameKey = core::CompanyNameKey::of(name);
        if (!nameKey.isEmpty()) {
            add(card, nameKey, DuplicateFinder::SameName);
            if (hasHan(nameKey))
                addSyllables(card, nameKey);
        }
        addPhone(card, phone);
        addEmail(card, email);
    }
    void addPhone(quint32 card, const QString& phone)
    {
        if (phone.isEmpty())
            return;
        if (const QString key = core::PhoneNumber::matchKey(phone); !key.isEmpty())
            add(card, key, DuplicateFinder::SamePhone);
    }
    void addEmail(quint32 card, const QString& email)
    {
        const QString key = email.trimmed().toLower();
        if (key.contains(QLatin1Char('@')))
            add(card, key, DuplicateFinder::SameEmail);
    }

    // Pairs of cards sharing a key, with every reason they share, in key order. Key: first index << 32 | second
    // index. Gathered in a vector, sorted and merged: millions of pairs (a demo office has 3.6 M) cost a node and an
    // allocation each in a hash map.
    std::vector<std::pair<quint64, unsigned>> pairs(qint64& skippedGroups)
    {
        m_syllableStart.push_back(static_cast<quint32>(m_syllables.size()));
        std::sort(m_entries.begin(), m_entries.end());
        std::vector<std::pair<quint64, unsigned>> out;
        std::vector<quint32> group;
        for (std::size_t i = 0; i < m_entries.size();) {
            std::size_t j = i;
            group.clear();
            while (j < m_entries.size() && m_entries[j].hash == m_entries[i].hash) {
                if (group.empty() || group.back() != m_entries[j].card)
                    group.push_back(m_entries[j].card);
                ++j;
            }
            const unsigned reason = m_entries[i].reason;
            // A close-pinyin block is compared pair by pair, so a larger one is no noise by itself (分店1 … 分店30
            // share "fen dian _" and no pair).
            const int limit =
                reason == DuplicateFinder::ClosePinyin ? DuplicateFinder::kMaxCloseBlock : DuplicateFinder::kMaxGroup;
            if (group.size() > static_cast<std::size_t>(limit)) {
                ++skippedGroups;
            } else if (reason == DuplicateFinder::ClosePinyin) {
                // One key, one left-out position: the names are close when the rest is equal (not just its
                // hash) and the left-out syllables near.
                for (std::size_t a = 0; a < group.size(); ++a)
                    for (std::size_t b = a + 1; b < group.size(); ++b)
                        if (closeAt(group[a], group[b], m_entries[i].position))
                            out.emplace_back((static_cast<quint64>(group[a]) << 32) | group[b], reason);
            } else {
                for (std::size_t a = 0; a < group.size(); ++a)
                    for (std::size_t b = a + 1; b < group.size(); ++b)
                        out.emplace_back((static_cast<quint64>(group[a]) << 32) | group[b], reason);
            }
            i = j;
        }
        std::sort(out.begin(), out.end());
        std::size_t kept = 0;
        for (std::size_t k = 0; k < out.size(); ++k) {
            if (kept > 0 && out[kept - 1].first == out[k].first)
                out[kept - 1].second |= out[k].second;
            else
                out[kept++] = out[k];
        }
        out.resize(kept);
        // Pinyin says something only when the names differ; two persons' names say nothing on their own.
        for (auto it = out.begin(); it != out.end(); ++it) {
            unsigned& reasons = it->second;
            if (reasons & DuplicateFinder::SameName)
                reasons &= ~unsigned(DuplicateFinder::SimilarPinyin);
            if (reasons & (DuplicateFinder::SameName | DuplicateFinder::SimilarPinyin))
                reasons &= ~unsigned(DuplicateFinder::ClosePinyin);
            const auto a = static_cast<quint32>(it->first >> 32), b = static_cast<quint32>(it->first);
            const bool persons = m_person[a] && m_person[b];
            if (persons)
                reasons &= ~unsigned(DuplicateFinder::SameName | DuplicateFinder::SimilarPinyin |
                                     DuplicateFinder::ClosePinyin);
        }
        out.erase(std::remove_if(out.begin(), out.end(), [](const auto& pair) { return pair.second == 0; }), out.end());
        return out;
    }

private:
    void add(quint32 card, const QString& key, unsigned reason)
    {
        m_entries.push_back(KeyEntry{keyHash(key, reason), card, static_cast<quint8>(reason), 0});
    }

    // The syllable number of a text's syllable (a Han character's toneless pinyin, or a run of letters or digits).
    quint32 syllableId(const QString& syllable)
    {
        auto it = m_syllableIds.constFind(syllable);
        if (it == m_syllableIds.constEnd()) {
            it = m_syllableIds.insert(syllable, static_cast<quint32>(m_syllableText.size()));
            m_syllableText.push_back(syllable);
        }
        return *it;
    }

    // A Han character's syllable number (诚 and 成 have one: cheng), kWordCharacter for a letter or digit, or
    // kSeparator. Remembered per character: a million names share a few thousand characters, and the pinyin of each
    // is looked up once instead of once per name (core::pinyinSyllables, as one character).
    static constexpr quint32 kWordCharacter = 0xfffffffe;
    static constexpr quint32 kSeparator = 0xffffffff;
    quint32 characterClass(char32_t ch)
    {
        if (ch < 0x80) {
            const bool alnum = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
            return alnum ? kWordCharacter : kSeparator;
        }
        auto it = m_characterClass.constFind(ch);
        if (it != m_characterClass.constEnd())
            return *it;
        quint32 value = kSeparator;
        if (QChar::script(ch) == QChar::Script_Han) {
            const QStringList syllables = core::pinyinSyllables(QString::fromUcs4(&ch, 1));
            if (!syllables.isEmpty())
                value = syllableId(syllables.front());
        } else if (QChar::isLetterOrNumber(ch)) {
            value = kWordCharacter;
        }
        m_characterClass.insert(ch, value);
        return value;
    }

    // The name's syllables (core::pinyinSyllables, as numbers): all of them as the "pinyin" key, and for close
    // pinyin one key per syllable position with that syllable left out.
    void addSyllables(quint32 card, const QString& nameKey)
    {
        std::vector<quint32>& ids = m_scratch;
        ids.clear();
        QString word;
        const auto endWord = [&] {
            if (!word.isEmpty())
                ids.push_back(syllableId(word));
            word.clear();
        };
        for (const char32_t ch : nameKey.toUcs4()) {
            const quint32 kind = characterClass(ch);
            if (kind == kWordCharacter) {
                word += QString::fromUcs4(&ch, 1).toLower();
                continue;
            }
            endWord();
            if (kind != kSeparator)
                ids.push_back(kind);
        }
        endWord();
        const std::size_t count = ids.size();
        quint64 all = mix((count << 8) ^ 0xa5a5a5a5a5a50000ull); // a seed the close keys' (count, position) never give
        for (const quint32 id : ids)
            all = mix(all ^ id);
        m_entries.push_back(KeyEntry{all, card, static_cast<quint8>(DuplicateFinder::SimilarPinyin), 0});
        if (count < static_cast<std::size_t>(DuplicateFinder::kMinCloseSyllables) || count > 255)
            return;
        m_syllables.insert(m_syllables.end(), ids.begin(), ids.end());
        for (std::size_t left = 0; left < count; ++left) {
            quint64 hash = mix(count * 0x9e3779b97f4a7c15ull + left);
            for (std::size_t k = 0; k < count; ++k)
                hash = mix(hash ^ (k == left ? 0xffffffffull : ids[k]));
            m_entries.push_back(
                KeyEntry{hash, card, static_cast<quint8>(DuplicateFinder::ClosePinyin), static_cast<quint8>(left)});
        }
    }

    std::span<const quint32> syllablesOf(quint32 card) const
    {
        return {m_syllables.data() + m_syllableStart[card], m_syllableStart[card + 1] - m_syllableStart[card]};
    }

    bool closeAt(quint32 a, quint32 b, std::size_t left) const
    {
        const auto x = syllablesOf(a), y = syllablesOf(b);
        if (x.size() != y.size() || left >= x.size())
            return false;
        for (std::size_t k = 0; k < x.size(); ++k) {
            if (k != left && x[k] != y[k])
                return false;
        }
        return nearSyllables(m_syllableText[x[left]], m_syllableText[y[left]]);
    }

    std::vector<KeyEntry> m_entries;
    std::vector<bool> m_person;
    // Close pinyin: every card's syllables as numbers, card i's from m_syllableStart[i] to m_syllableStart[i + 1].
    std::vector<quint32> m_syllables;
    std::vector<quint32> m_syllableStart;
    QHash<QString, quint32> m_syllableIds;
    std::vector<QString> m_syllableText;
    QHash<char32_t, quint32> m_characterClass;
    std::vector<quint32> m_scratch;
};

int strength(unsigned reasons)
{
    // More reasons first; then a phone, a name, an e-mail, a pinyin, a close pinyin.
    const int count = std::popcount(reasons);
    int order = 0;
    if (reasons & DuplicateFinder::SamePhone)
        order += 8;
    if (reasons & DuplicateFinder::SameName)
        order += 4;
    if (reasons & DuplicateFinder::SameEmail)
        order += 2;
    if (reasons & DuplicateFinder::SimilarPinyin)
        order += 1;
    return count * 16 + order;
}

std::vector<DuplicateFinder::Pair> named(storage::Session& session, std::vector<DuplicateFinder::Pair> pairs)
{
    std::vector<qint64> ids;
    for (const auto& p : pairs)
        ids.insert(ids.end(), {p.first.id, p.second.id});
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QHash<qint64, DuplicateQueries::CardSummary> byId;
    for (auto& s : DuplicateQueries::summaries(session, ids))
        byId.insert(s.id, s);
    for (auto& p : pairs) {
        for (DuplicateFinder::Card* card : {&p.first, &p.second}) {
            const auto& s = byId.value(card->id);
            card->code = s.code;
            card->name = s.name;
        }
    }
    return pairs;
}

} // namespace

QStringList DuplicateFinder::reasonCodes(unsigned reasons)
{
    QStringList codes;
    if (reasons & SamePhone)
        codes << QStringLiteral("phone");
    if (reasons & SameName)
        codes << QStringLiteral("name");
    if (reasons & SameEmail)
        codes << QStringLiteral("email");
    if (reasons & SimilarPinyin)
        codes << QStringLiteral("pinyin");
    if (reasons & ClosePinyin)
        codes << QStringLiteral("close-pinyin");
    return codes;
}

bool DuplicateFinder::closeSyllables(const QStringList& a, const QStringList& b)
{
    if (a.size() != b.size() || a.size() < kMinCloseSyllables)
        return false;
    qsizetype differing = -1;
    for (qsizetype k = 0; k < a.size(); ++k) {
        if (a[k] == b[k])
            continue;
        if (differing >= 0)
            return false;
        differing = k;
    }
    return differing >= 0 && nearSyllables(a[differing], b[differing]);
}

core::Result<DuplicateFinder::Result> DuplicateFinder::find(storage::Session& session, int limit)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    std::vector<qint64> ids;
    std::vector<std::pair<quint64, unsigned>> found;
    auto status = session.db().read([&]() -> core::Status {
        KeyCollector keys;
        QHash<qint64, quint32> index;
        DuplicateQueries::forEachCard(session, [&](const DuplicateQueries::CardFields& row) {
            const auto card = static_cast<quint32>(ids.size());
            ids.push_back(row.id);
            index.insert(row.id, card);
            keys.addCard(card, fromUtf8(row.name), row.person, fromUtf8(row.phone), fromUtf8(row.email));
        });
        DuplicateQueries::forEachContact(session, [&](const DuplicateQueries::ContactFields& row) {
            const auto it = index.constFind(row.customerId);
            if (it == index.constEnd())
                return;
            if (!row.phone.empty())
                keys.addPhone(*it, fromUtf8(row.phone));
            if (!row.mobile.empty())
                keys.addPhone(*it, fromUtf8(row.mobile));
            if (!row.email.empty())
                keys.addEmail(*it, fromUtf8(row.email));
        });
        found = keys.pairs(result.skippedGroups);
        return {};
    });
    if (!status)
        return status.error();
    result.cardsRead = static_cast<qint64>(ids.size());
    result.totalPairs = static_cast<qint64>(found.size());
    std::vector<std::pair<quint64, unsigned>> ordered = std::move(found);
    const auto stronger = [&](const auto& a, const auto& b) {
        const int sa = strength(a.second), sb = strength(b.second);
        return sa != sb ? sa > sb : a.first < b.first;
    };
    // Only the first `limit` are listed: those sorted, not the millions of a large office.
    if (limit > 0 && ordered.size() > static_cast<std::size_t>(limit)) {
        std::partial_sort(ordered.begin(), ordered.begin() + limit, ordered.end(), stronger);
        ordered.resize(static_cast<std::size_t>(limit));
    } else {
        std::sort(ordered.begin(), ordered.end(), stronger);
    }
    std::vector<Pair> pairs;
    for (const auto& [key, reasons] : ordered) {
        Pair p;
        p.first.id = ids[key >> 32];
        p.second.id = ids[static_cast<quint32>(key)];
        if (p.first.id > p.second.id)
            std::swap(p.first.id, p.second.id);
        p.reasons = reasons;
        pairs.push_back(p);
    }
    auto named = session.db().read([&]() -> core::Status {
        pairs = ::carddesk::services::named(session, std::move(pairs));
        return {};
    });
    if (!named)
        return named.error();
    result.pairs = std::move(pairs);
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}

core::Result<std::vector<DuplicateFinder::Pair>> DuplicateFinder::similarTo(storage::Session& session,
                                                                            const core::Customer& card)
{
    const QString nameKey = core::CompanyNameKey::of(card.name);
    QStringList phoneKeys;
    QString digits;
    if (const QString key = core::PhoneNumber::matchKey(card.phone); !key.isEmpty()) {
        phoneKeys << key;
        // The local number as most offices write it without separators (the search text holds it as written).
        digits = key.right(8);
    }
    // The name as typed, as long as its key (at most 6 characters): "杭州诚远食品" of "杭州诚远食品有限公司" finds
    // "杭州诚远食品股份有限公司" on the name index.
    const QString prefix =
        nameKey.isEmpty() ? QString() : card.name.trimmed().left(std::min<qsizetype>(nameKey.size(), 6));
    std::vector<Pair> out;
    auto status = session.db().read([&]() -> core::Status {
        const auto candidates = DuplicateQueries::candidates(session, prefix, digits, 200);
        for (const auto& other : DuplicateQueries::summaries(session, candidates)) {
            if (other.id == card.id)
                continue;
            unsigned reasons = 0;
            if (!nameKey.isEmpty() && core::CompanyNameKey::of(other.name) == nameKey &&
                !(other.person && card.kind == QLatin1String("person")))
                reasons |= SameName;
            for (const QString& phone : other.phones) {
                if (phoneKeys.contains(core::PhoneNumber::matchKey(phone)))
                    reasons |= SamePhone;
            }
            if (reasons != 0)
                out.push_back(
                    Pair{Card{card.id, card.code, card.name}, Card{other.id, other.code, other.name}, reasons});
        }
        return {};
    });
    if (!status)
        return status.error();
    return out;
}

} // namespace carddesk::services
