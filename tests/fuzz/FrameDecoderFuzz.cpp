// libFuzzer target: any bytes given to either decoder must come back as a frame or an Error, never a crash, a
// sanitizer report or an escaping exception. A frame that decodes must also survive a round trip unchanged:
// encode → decode yields the same value, which catches an encoder that writes what the decoder refuses.
#include "channel/FrameCodec.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

template <typename Frame, typename Encode, typename Decode>
void checkRoundTrip(const Frame& frame, Encode encode, Decode decode) {
    const auto again = decode(encode(frame));
    if (!again || !(*again == frame)) {
        std::abort();  // libFuzzer saves the input that got here as a crash artifact
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto inbound = kefu::FrameCodec::decode(bytes)) {
        checkRoundTrip(*inbound, kefu::FrameCodec::encodeInbound, kefu::FrameCodec::decode);
    }
    if (const auto outbound = kefu::FrameCodec::decodeOutbound(bytes)) {
        checkRoundTrip(*outbound, kefu::FrameCodec::encode, kefu::FrameCodec::decodeOutbound);
    }
    return 0;
}
