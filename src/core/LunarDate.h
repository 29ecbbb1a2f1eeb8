#pragma once

namespace carddesk::core {

// A day of the Chinese lunisolar calendar (农历) without its year: what a lunar birthday or a lunar holiday is.
// `month` 1–12 (正月 … 腊月), `day` 1–30 (初一 … 三十), `leap` for the leap month (闰月) that follows the month of the
// same number in some years. Stored in contacts.birthday_lunar as one integer (code()).
struct LunarDate
{
    int month = 0;
    int day = 0;
    bool leap = false;

    bool isSet() const { return month > 0; }
    // Month and day in range; whether a given year has that day is LunarCalendar's question.
    bool isPlausible() const { return month >= 1 && month <= 12 && day >= 1 && day <= 30; }
    // MMDD, plus 10000 for a leap month: 815 is 八月十五, 10415 闰四月十五; 0 when not set.
    int code() const { return isSet() ? (leap ? 10000 : 0) + month * 100 + day : 0; }
    static LunarDate fromCode(int code)
    {
        if (code <= 0)
            return {};
        return {code / 100 % 100, code % 100, code >= 10000};
    }
    friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

} // namespace carddesk::core
