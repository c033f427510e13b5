#pragma once

#include <QtGlobal>

namespace kefu {

// What MessageRepository::append did with one message. A message already stored (same channel and gateway id,
// or same client id) is not inserted again: `id` is the stored one and `inserted` is false.
struct AppendResult {
    qint64 id = 0;
    bool inserted = false;
    bool operator==(const AppendResult&) const = default;
};

}  // namespace kefu
