#pragma once

#include <QtGlobal>

#include <chrono>
#include <ctime>

namespace kefu {

// The one clock every thread of the bench reads (CLOCK_MONOTONIC), so a send time taken on the simulator's thread
// and a receive time taken on the GUI thread can be subtracted.
inline qint64 monotonicNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// This thread's CPU time (CLOCK_THREAD_CPUTIME_ID).
inline qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

inline double nsToMs(qint64 ns) {
    return static_cast<double>(ns) / 1e6;
}

}  // namespace kefu
