"""How fast cues may be heard: never faster than a person can use them, never fast enough to swamp a sound backend.

`CueFollower` (core.cues) says which cue is due at each wake of the session; this module decides which of those
are actually played, and when. It is the one place that does, for sound and voice alike (no Qt):
  - at time scales above 1 (PIRIFORMIS_TIME_SCALE, demos and end-to-end tests) only the milestones are heard:
    an exercise begins, the legs switch, the session is complete (`audible_schedule`);
  - sounds start at least `SPACING` real seconds apart (`CuePacer`): a milestone due within that of the last
    sound waits its turn, never lost (a newer one of the same kind takes an older one's place: two quick skips
    announce the exercise landed on); a phase chime or tick due within it is coalesced into the most
    important (the later one on a tie), and waits only while no milestone does;
  - a tick never restarts or cuts into a sound that is still playing; a tick that would is dropped.

Why: a burst of cues (a 20x session, a run of skips) re-triggered Qt Multimedia's PulseAudio output every few
milliseconds, and that stalled its event loop for good. A person cannot tell apart two chimes 50 ms apart
anyway. Times here are real seconds (session seconds divided by the time scale): spacing is about ears.
"""

from __future__ import annotations

from collections.abc import Sequence

from piriformis_desktop.core.cues import MILESTONES, Cue, CueKind

SPACING = 0.15  # real seconds between the starts of two sounds, at the least
IMPORTANCE = {  # what a user most needs to hear when two cues meet
    CueKind.TICK: 0,
    CueKind.PHASE: 1,
    CueKind.SWITCH_SIDE: 2,
    CueKind.NEXT_EXERCISE: 3,
    CueKind.SESSION_DONE: 4,
}
SOUND_SECONDS = {  # how long each sound rings (assets/sounds/*.wav; a test keeps these true)
    CueKind.TICK: 0.06,
    CueKind.PHASE: 0.25,
    CueKind.SWITCH_SIDE: 0.36,
    CueKind.NEXT_EXERCISE: 0.44,
    CueKind.SESSION_DONE: 0.90,
}


def audible_schedule(schedule: Sequence[Cue], scale: float) -> tuple[Cue, ...]:
    """The cues worth hearing in a session running `scale` times faster: all at 1, the milestones above."""
    if scale <= 1.0:
        return tuple(schedule)
    return tuple(cue for cue in schedule if cue.kind in MILESTONES)


def outranks(cue: Cue, other: Cue) -> bool:
    """True when `cue` should be heard rather than `other` (more important, or as important and not older)."""
    return (IMPORTANCE[cue.kind], cue.at) >= (IMPORTANCE[other.kind], other.at)


class CuePacer:
    """Turns the cues as they fall due into sounds started at a pace a person (and the backend) can follow.

    Call `offer(cue, now)` when a cue is due: it returns the cue to play now, or None when the cue was
    dropped or waits. A waiting cue is played by `release(now)` once `now >= held_until`; milestones wait in
    order, one after the other. `now` is real time in seconds (any origin, never going backwards).
    """

    def __init__(self, spacing: float = SPACING) -> None:
        self.spacing = spacing
        self.waiting: list[Cue] = []  # one phase chime or tick, or milestones (at most one of each kind), in order
        self._last: Cue | None = None
        self._last_start = float("-inf")

    @property
    def held(self) -> Cue | None:
        """The cue to play next, once the spacing has passed (None when nothing waits)."""
        return self.waiting[0] if self.waiting else None

    @property
    def held_until(self) -> float | None:
        """When the next waiting cue may be played (None when nothing waits)."""
        return None if not self.waiting else self._last_start + self.spacing

    def offer(self, cue: Cue, now: float) -> Cue | None:
        if self.waiting:
            self._wait(cue)
            return self.release(now)
        if now - self._last_start < self.spacing:
            if self._last is not None and (cue.kind in MILESTONES or outranks(cue, self._last)) \
                    and not self._cuts_in(cue, now):
                self._wait(cue)  # heard once the spacing has passed
            return None
        if self._cuts_in(cue, now):
            return None
        return self._start(cue, now)

    def release(self, now: float) -> Cue | None:
        """The next waiting cue, if its time has come (it then no longer waits)."""
        if not self.waiting or now < self._last_start + self.spacing:  # not yet `held_until`
            return None
        cue = self.waiting.pop(0)
        if self._cuts_in(cue, now):
            return None
        return self._start(cue, now)

    def forget(self) -> None:
        """Drop what waits (sound switched off, a new session)."""
        self.waiting = []

    def _wait(self, cue: Cue) -> None:
        """Queue `cue`: a milestone after the milestones already waiting (in place of an older one of its kind);
        a chime or tick in place of a lesser one, and only while no milestone waits."""
        if cue.kind in MILESTONES:
            self.waiting = [w for w in self.waiting if w.kind in MILESTONES and w.kind is not cue.kind] + [cue]
        elif not self.waiting or (self.waiting[0].kind not in MILESTONES and outranks(cue, self.waiting[0])):
            self.waiting = [cue]

    def _cuts_in(self, cue: Cue, now: float) -> bool:
        """A tick while the last sound still rings would cut into it."""
        return (cue.kind is CueKind.TICK and self._last is not None
                and now < self._last_start + SOUND_SECONDS[self._last.kind])

    def _start(self, cue: Cue, now: float) -> Cue:
        self._last, self._last_start = cue, now
        return cue


STALL_SECONDS = 2.0  # real seconds a sound request may go unanswered before the sound side counts as stalled
# The speech engine answers more slowly: speech-dispatcher takes a second or two to start (longer on a busy
# machine), and a prompt waits for the daemon's reply. Ten seconds unanswered is a daemon that has stopped.
SPEECH_STALL_SECONDS = 10.0


class SoundWatch:
    """Notices a sound backend that stopped answering: each request sent should be answered promptly.

    `sent(now)` when a request goes to the sound thread, `answered(now)` when it reports back; `stalled(now)`
    is True once the oldest unanswered request is older than `limit` real seconds.
    """

    def __init__(self, limit: float = STALL_SECONDS) -> None:
        self.limit = limit
        self._waiting: list[float] = []

    def sent(self, now: float) -> None:
        self._waiting.append(now)

    def answered(self, now: float) -> None:
        if self._waiting:
            self._waiting.pop(0)

    def stalled(self, now: float) -> bool:
        return bool(self._waiting) and now - self._waiting[0] > self.limit

    @property
    def waiting(self) -> int:
        return len(self._waiting)
