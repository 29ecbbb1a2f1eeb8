#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace carddesk::analytics {

// Splits [0, n) into contiguous chunks, one per thread; the calling thread runs the first chunk. Small inputs run
// inline because starting a thread costs more than summing a few thousand terms.
class ParallelRunner
{
public:
    explicit ParallelRunner(int threads) : m_threads(std::max(1, threads)) {}

    int threads() const { return m_threads; }

    // fn(chunkIndex, begin, end); chunks are deterministic for a given n and thread count.
    template <typename Fn> void run(std::size_t n, Fn&& fn, std::size_t minPerThread = 20000) const
    {
        const std::size_t maxChunks = std::max<std::size_t>(1, n / std::max<std::size_t>(1, minPerThread));
        const std::size_t chunks = std::min<std::size_t>(static_cast<std::size_t>(m_threads), maxChunks);
        if (chunks <= 1) {
            fn(std::size_t{0}, std::size_t{0}, n);
            return;
        }
        std::vector<std::thread> workers;
        workers.reserve(chunks - 1);
        for (std::size_t k = 1; k < chunks; ++k) {
            workers.emplace_back([&fn, k, n, chunks] { fn(k, n * k / chunks, n * (k + 1) / chunks); });
        }
        fn(std::size_t{0}, std::size_t{0}, n / chunks);
        for (auto& w : workers) {
            w.join();
        }
    }

    std::size_t chunkCount(std::size_t n, std::size_t minPerThread = 20000) const
    {
        const std::size_t maxChunks = std::max<std::size_t>(1, n / std::max<std::size_t>(1, minPerThread));
        return std::min<std::size_t>(static_cast<std::size_t>(m_threads), maxChunks);
    }

private:
    int m_threads;
};

} // namespace carddesk::analytics
