#pragma once

#include <ctime>

namespace carddesk::storage {

// CPU seconds used so far by the calling thread, for the debug logs of the bulk paths: on a shared machine wall
// time alone says little about the work itself.
inline double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

} // namespace carddesk::storage
