"""Synthesise the five sound cues in assets/sounds/ (pure Python: wave + math, deterministic output).

Run `python tools/make_sounds.py` from the repository root, then `make resources`. Each cue is 16-bit mono PCM
at 22.05 kHz (small enough to stay well under 60 KB, and every partial we use sits far below its 11 kHz limit),
normalised to -3 dBFS with short fades so nothing clicks. The cues differ in rhythm as well as pitch, so they
can be told apart without looking at the screen:

  tick           one 60 ms woodblock-like blip at 1.5 kHz    (each of the last 3 seconds of a hold)
  phase          one soft two-partial chime, 250 ms          (move / hold / release / rest begins)
  switch-side    two notes rising a fourth                    (change legs)
  next-exercise  three notes rising, a major arpeggio        (a new exercise begins)
  session-done   a major chord struck low to high, ~900 ms   (the routine is finished)
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
PEAK = 10 ** (-3 / 20)  # -3 dBFS: loud and clear, with headroom for resampling on the way to the speaker
FADE_IN = 0.003  # seconds; a few ms ramp keeps the onset crisp but click-free
FADE_OUT = 0.012
OUTPUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"


def note(
    frequency: float,
    duration: float,
    partials: tuple[tuple[float, float, float], ...] = ((1.0, 1.0, 1.0),),
    decay: float = 0.15,
) -> list[float]:
    """A struck tone: each partial is (frequency ratio, amplitude, decay factor), decaying exponentially."""
    count = int(duration * RATE)
    samples = []
    for i in range(count):
        t = i / RATE
        value = 0.0
        for ratio, amplitude, decay_factor in partials:
            value += amplitude * math.exp(-t / (decay * decay_factor)) * math.sin(2 * math.pi * frequency * ratio * t)
        samples.append(value)
    return fade(samples)


def mix(length: float, *voices: tuple[float, list[float]]) -> list[float]:
    """Lay each (start seconds, samples) voice onto a silent track `length` seconds long."""
    track = [0.0] * int(length * RATE)
    for start, samples in voices:
        offset = int(start * RATE)
        for i, value in enumerate(samples[: len(track) - offset]):
            track[offset + i] += value
    return track


def fade(samples: list[float]) -> list[float]:
    """Ramp the start and the end linearly, so a note cut short by the next one does not click."""
    n_in, n_out = int(FADE_IN * RATE), int(FADE_OUT * RATE)
    shaped = list(samples)
    for i in range(min(n_in, len(shaped))):
        shaped[i] *= i / n_in
    for i in range(min(n_out, len(shaped))):
        shaped[-1 - i] *= i / n_out
    return shaped


def finish(samples: list[float]) -> list[int]:
    """Fade in and out, then scale so the loudest sample sits at -3 dBFS."""
    shaped = fade(samples)
    loudest = max(abs(v) for v in shaped)
    scale = PEAK * 32767 / loudest
    return [round(v * scale) for v in shaped]


# A bell-like timbre: the fundamental plus a quieter octave and a faint twelfth that die away sooner.
BELL = ((1.0, 1.0, 1.0), (2.0, 0.35, 0.6), (3.0, 0.12, 0.4))


def tick() -> list[float]:
    # Woodblock: a fast-dying 1.5 kHz tone with an inharmonic upper partial for the "knock".
    return note(1500, 0.060, ((1.0, 1.0, 1.0), (2.76, 0.45, 0.5)), decay=0.014)


def phase() -> list[float]:
    # Soft chime: A5 with a quiet octave; the same sound for move, hold, release and rest.
    return note(880, 0.250, ((1.0, 1.0, 1.0), (2.0, 0.3, 0.7)), decay=0.09)


def switch_side() -> list[float]:
    # Two notes rising a fourth (E5 -> A5): "and now the other one".
    step = 0.14
    return mix(0.36, (0.0, note(659.26, 0.22, BELL, 0.08)), (step, note(880.0, 0.22, BELL, 0.08)))


def next_exercise() -> list[float]:
    # Three notes rising, C5 E5 G5: a new exercise, a new beginning.
    step = 0.10
    pitches = (523.25, 659.26, 783.99)
    return mix(0.44, *((i * step, note(f, 0.24, BELL, 0.08)) for i, f in enumerate(pitches)))


def session_done() -> list[float]:
    # A C major chord (C5 E5 G5 C6) struck low to high, ringing out: the routine is finished.
    strum = 0.035
    pitches = (523.25, 659.26, 783.99, 1046.5)
    return mix(0.90, *((i * strum, note(f, 0.90 - i * strum, BELL, 0.30)) for i, f in enumerate(pitches)))


CUES = {
    "tick": tick,
    "phase": phase,
    "switch-side": switch_side,
    "next-exercise": next_exercise,
    "session-done": session_done,
}


def write(path: Path, samples: list[int]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def main() -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for name, make in CUES.items():
        path = OUTPUT / f"{name}.wav"
        write(path, finish(make()))
        print(f"wrote {path.relative_to(OUTPUT.parents[1])} ({path.stat().st_size} bytes)", file=sys.stdout)


if __name__ == "__main__":
    main()
