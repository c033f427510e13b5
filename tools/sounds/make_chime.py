#!/usr/bin/env python3
"""Writes resources/sounds/new-message.wav: the inbox's new-message chime.

Two soft sine notes (E6 then A6) with a fast attack and an exponential decay, 0.4 s, 22.05 kHz mono 16-bit.
Deterministic and stdlib-only, so the committed WAV can be regenerated and compared byte for byte:

    python3 tools/sounds/make_chime.py [output.wav]
"""

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
NOTES = [(1318.5, 0.00, 0.30), (1760.0, 0.11, 0.29)]  # (frequency Hz, start s, length s)
LENGTH_S = 0.42
PEAK = 0.45  # of full scale: a notification, not an alarm


def sample(t: float) -> float:
    value = 0.0
    for freq, start, length in NOTES:
        local = t - start
        if 0.0 <= local < length:
            attack = min(1.0, local / 0.006)
            decay = math.exp(-local * 9.0)
            release = min(1.0, (length - local) / 0.02)
            # A quiet octave overtone makes it a bell rather than a beep.
            tone = math.sin(2 * math.pi * freq * local) + 0.25 * math.sin(4 * math.pi * freq * local)
            value += tone * attack * decay * release
    return value


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "resources" / "sounds" / "new-message.wav"
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    frames = int(RATE * LENGTH_S)
    raw = [sample(i / RATE) for i in range(frames)]
    scale = PEAK / max(abs(v) for v in raw)
    data = b"".join(struct.pack("<h", int(round(v * scale * 32767))) for v in raw)
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(data)
    print(f"wrote {out} ({frames} frames)")


if __name__ == "__main__":
    main()
