#pragma once

#include <QByteArrayView>

namespace kefu {

// How deep a JSON text nests, found by a scan that skips strings, so a frame of 30,000 '[' is refused before any
// parser (or a recursive destructor) has to build it.
class JsonNesting {
public:
    static bool exceeds(QByteArrayView json, int maxDepth);
};

}  // namespace kefu
