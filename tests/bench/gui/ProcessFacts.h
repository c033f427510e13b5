#pragma once

#include <QString>

namespace kefu {

// What /proc says about this process and the machine (Linux; 0 or empty elsewhere).
qint64 residentBytes();      // VmRSS
qint64 peakResidentBytes();  // VmHWM
QString megabytes(qint64 bytes);
QString loadAverage();  // "1.02 0.88 0.75", the machine's load over 1, 5 and 15 minutes

}  // namespace kefu
