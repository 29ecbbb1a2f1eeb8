#pragma once

#include <QtGlobal>

#include <atomic>
#include <cstdint>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace carddesk::storage {

// The search keys (name pinyin, initials, search text) of cards created from bare codes (name = code), made on a
// worker thread while the caller inserts earlier cards: for a million new cards the keys cost about as much CPU
// as the inserts. Card r is the code customerCodes[rows[order[r]]]; keys(r) waits until the worker has made it.
// The spans must outlive this object. Keys come in chunks that the caller hands back with release(), so memory
// stays at a few chunks whatever the number of cards. Destruction stops the worker and joins it.
class CardKeyMaker
{
public:
    struct Keys
    {
        const char* pinyin; // NUL-terminated UTF-8
        const char* initials;
        const char* searchText;
    };

    CardKeyMaker(std::span<const std::string> customerCodes, std::span<const std::uint32_t> rows,
                 std::span<const std::uint32_t> order);
    ~CardKeyMaker();
    CardKeyMaker(const CardKeyMaker&) = delete;
    CardKeyMaker& operator=(const CardKeyMaker&) = delete;

    // Valid until release() passes r. Cards must be asked for in ascending order.
    Keys keys(std::size_t r);
    // The caller is done with every card before `end`.
    void release(std::size_t end);

private:
    static constexpr std::size_t kChunk = 4096; // cards per chunk

    struct Chunk
    {
        std::string text;                   // pinyin, initials and search text of each card, each NUL-terminated
        std::vector<std::uint32_t> offsets; // 3 per card
    };

    void run(std::stop_token stop);

    std::span<const std::string> m_codes;
    std::span<const std::uint32_t> m_rows;
    std::span<const std::uint32_t> m_order;
    std::vector<Chunk> m_chunks;
    std::atomic<std::size_t> m_ready{0}; // chunks the worker has finished
    std::size_t m_released = 0;          // chunks the caller has handed back
    qint64 m_waitedNs = 0;               // time the caller spent waiting for keys, for the debug log
    std::jthread m_worker;
};

} // namespace carddesk::storage
