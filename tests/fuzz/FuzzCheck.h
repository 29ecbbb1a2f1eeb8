#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant of a reader under fuzzing: when it breaks, the input is a bug, so stop with the reason (libFuzzer
// saves the input as a crash; the corpus replay test dies with it).
#define CARDDESK_FUZZ_REQUIRE(condition)                                                                               \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);               \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
