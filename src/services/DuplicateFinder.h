#pragma once

#include "core/Customer.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QString>

#include <vector>

namespace carddesk::services {

// Likely duplicate cards in the session's scope (the whole office for the administrator, a manager's area, a
// rep's own book). Two cards are a pair when they share a key:
//   phone   – the same number (core::PhoneNumber::matchKey: E.164 without the extension), card or contact;
//   name    – the same core::CompanyNameKey (legal forms, width, spaces and punctuation aside);
//   pinyin  – the same pinyin of that key while the characters differ (诚远 / 成远: a homophone typed wrongly);
//   email   – the same address, card or contact, case aside;
//   close pinyin – names of at least kMinCloseSyllables syllables (that key's pinyinSyllables) that differ in one
//             syllable only, and there by one letter (a typo, or a near-homophone of the fuzzy-pinyin kind:
//             zh/z, ch/c, sh/s, n/l, f/h, -ang/-an, -eng/-en, -ing/-in): 杭州诚远食品 / 杭州程元食品
//             (cheng yuan = cheng yuan) are "pinyin", 杭州诚远食品 / 杭州陈远食品 (cheng / chen) "close pinyin".
//             Not close: two-syllable names (most two-syllable neighbours are other companies), a digit run that
//             differs (3号店 / 4号店 are two shops), syllables far apart (杭州 / 苏州), a syllable missing or added.
// Private persons' names repeat (王伟): for two persons a name or pinyin alone is no reason. The cards are
// grouped by hashed keys (a sort, not a comparison of every pair), so a million cards take seconds; a key shared
// by more than kMaxGroup cards (a shared switchboard, info@ of a group) says nothing about two of them and is
// counted, not paired. Close pinyin is blocked the same way: each syllable position in turn left out of the
// name's key, so names one substitution apart share one key; only the pairs of such a block (at most
// kMaxCloseBlock cards, else it is counted as skipped) are then compared.
class DuplicateFinder
{
public:
    enum Reason : unsigned
    {
        SamePhone = 1,
        SameName = 2,
        SimilarPinyin = 4,
        SameEmail = 8,
        ClosePinyin = 16,
    };
    static constexpr int kMaxGroup = 20;
    static constexpr int kMinCloseSyllables = 3;
    static constexpr int kMaxCloseBlock = 200; // names sharing all syllables but one, compared pair by pair

    // The close-pinyin rule on two names' syllables (exposed for its tests).
    static bool closeSyllables(const QStringList& a, const QStringList& b);

    struct Card
    {
        qint64 id = 0;
        QString code;
        QString name;
    };
    struct Pair
    {
        Card first; // the older card (lower id): the one a merge usually keeps
        Card second;
        unsigned reasons = 0;
    };
    struct Result
    {
        std::vector<Pair>
            pairs; // strongest first (most reasons, then phone, name, e-mail, pinyin, close pinyin), at most limit
        qint64 totalPairs = 0; // before the limit
        qint64 cardsRead = 0;
        qint64 skippedGroups = 0; // keys shared by more than kMaxGroup cards
        double seconds = 0;
    };

    static core::Result<Result> find(storage::Session& session, int limit = 100);

    // Cards in scope that look like `card` (the card editor's warning before a save): same name key or same
    // phone. The card itself (same id) is left out.
    static core::Result<std::vector<Pair>> similarTo(storage::Session& session, const core::Customer& card);

    // "phone, name", "close-pinyin" (stable English codes, for the CLI and JSON).
    static QStringList reasonCodes(unsigned reasons);
};

} // namespace carddesk::services
