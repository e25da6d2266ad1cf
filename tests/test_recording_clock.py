"""The sink recording of the sound tests (tests/sound_server.py) puts each sample on the monotonic clock rightly,
also when the recorder fell behind on a busy machine and the server dropped what it could not hand over."""

from __future__ import annotations

import random
from array import array

from sound_server import RATE, Recording

READ = 2048  # samples a read of parec's pipe returns


def recorded(drop_after: float, drop: float, sound_at: float, seconds: float = 6.0) -> Recording:
    """Reads as a slow reader sees them: each returns late by 0-30 ms, and after `drop_after` seconds the
    server drops `drop` seconds of samples. A loud sample is captured at `sound_at` (monotonic seconds)."""
    rng = random.Random(7)
    recording = Recording.__new__(Recording)  # the clock arithmetic alone, no parec
    recording.samples, recording._reads, recording._times = array("h"), [], None
    start, captured = 100.0, 0.0  # monotonic time of the first sample; seconds of sound captured so far
    while captured < seconds:
        if drop and captured >= drop_after:
            captured, drop = captured + drop, 0.0  # samples the server dropped: never read
        block = array("h", [0] * READ)
        offset = round((sound_at - start - captured) * RATE)
        if 0 <= offset < READ:
            block[offset] = 20000
        recording.samples.extend(block)
        captured += READ / RATE
        recording._reads.append((len(recording.samples), start + captured + rng.uniform(0.0, 0.03)))
    return recording


def test_a_sound_is_found_at_its_moment():
    recording = recorded(drop_after=99.0, drop=0.0, sound_at=103.0)
    onset = recording.onset(102.995, 103.6)
    assert onset is not None and abs(onset - 103.0) < 0.005


def test_a_sound_after_samples_were_dropped_is_still_found_at_its_moment():
    """Half a second dropped 2 s in: the sound at 4 s is placed at 4 s, not half a second early."""
    recording = recorded(drop_after=2.0, drop=0.5, sound_at=104.0)
    onset = recording.onset(103.995, 104.6)
    assert onset is not None and abs(onset - 104.0) < 0.005
    before = recorded(drop_after=3.0, drop=0.5, sound_at=101.5)  # and one before the gap keeps its place
    assert abs(before.onset(101.495, 102.1) - 101.5) < 0.005
