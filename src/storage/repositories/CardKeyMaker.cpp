#include "storage/repositories/CardKeyMaker.h"

#include "core/Customer.h"
#include "core/PinyinText.h"
#include "storage/repositories/CustomerRepository.h"

#include <QElapsedTimer>

#include <algorithm>
#include <spdlog/spdlog.h>

namespace carddesk::storage {

CardKeyMaker::CardKeyMaker(std::span<const std::string> customerCodes, std::span<const std::uint32_t> rows,
                           std::span<const std::uint32_t> order)
    : m_codes(customerCodes), m_rows(rows), m_order(order), m_chunks((order.size() + kChunk - 1) / kChunk)
{
    m_worker = std::jthread([this](std::stop_token stop) { run(stop); });
}

CardKeyMaker::~CardKeyMaker()
{
    m_worker.request_stop();
    // jthread's destructor joins; the worker checks the stop token between cards.
    spdlog::debug("search keys of {} new cards: waited {:.3f} s for the worker", m_order.size(), m_waitedNs / 1e9);
}

void CardKeyMaker::run(std::stop_token stop)
{
    for (std::size_t c = 0; c < m_chunks.size(); ++c) {
        Chunk& chunk = m_chunks[c];
        const std::size_t end = std::min(m_order.size(), (c + 1) * kChunk);
        chunk.text.reserve((end - c * kChunk) * 32);
        chunk.offsets.reserve((end - c * kChunk) * 3);
        for (std::size_t r = c * kChunk; r < end; ++r) {
            if (stop.stop_requested())
                return;
            // The same keys CustomerRepository gives a card whose name is its code.
            core::Customer card;
            card.code = QString::fromStdString(m_codes[m_rows[m_order[r]]]);
            card.name = card.code;
            const core::PinyinKeys keys = core::pinyinKeys(card.name);
            for (const QString& part : {keys.full, keys.initials, CustomerRepository::buildSearchText(card, {})}) {
                chunk.offsets.push_back(static_cast<std::uint32_t>(chunk.text.size()));
                chunk.text += part.toStdString();
                chunk.text += '\0';
            }
        }
        m_ready.store(c + 1, std::memory_order_release);
        m_ready.notify_one();
    }
}

CardKeyMaker::Keys CardKeyMaker::keys(std::size_t r)
{
    const std::size_t c = r / kChunk;
    std::size_t ready = m_ready.load(std::memory_order_acquire);
    if (ready <= c) {
        QElapsedTimer waited;
        waited.start();
        while (ready <= c) {
            m_ready.wait(ready, std::memory_order_acquire);
            ready = m_ready.load(std::memory_order_acquire);
        }
        m_waitedNs += waited.nsecsElapsed();
    }
    const Chunk& chunk = m_chunks[c];
    const std::size_t at = (r - c * kChunk) * 3;
    const char* text = chunk.text.data();
    return {text + chunk.offsets[at], text + chunk.offsets[at + 1], text + chunk.offsets[at + 2]};
}

void CardKeyMaker::release(std::size_t end)
{
    // Only chunks the worker has finished (ready) are touched here, so the two threads never share one.
    const std::size_t done = std::min(end / kChunk, m_ready.load(std::memory_order_acquire));
    for (; m_released < done; ++m_released) {
        m_chunks[m_released].text = std::string();
        m_chunks[m_released].offsets = std::vector<std::uint32_t>();
    }
}

} // namespace carddesk::storage
