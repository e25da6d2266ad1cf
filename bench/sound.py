"""Cues on a real sound server: how late each is heard, and how loud, against a bare QSoundEffect.

Starts PulseAudio with a null sink in a private runtime folder (tests/sound_server.py), records its monitor,
and measures:
1. the app at normal speed (one exercise, one rep a leg, 3 s holds): the delay from each cue's moment on
   the session clock to its sound's onset on the sink;
2. the baseline: a bare PySide6 script playing the same WAV with a QSoundEffect, from play() to onset;
3. the recorded peak of a 20x session at volume 20, 80 and 100, against what `sound_gain` says;
4. with speech-dispatcher and espeak-ng installed, when the milestone prompts are heard and how loud.
Needs pulseaudio and parec (Debian: pulseaudio pulseaudio-utils); says so and exits 0 without them.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))

from sound_server import SoundServer, missing_programs  # noqa: E402
from test_sound_server import ONE_LEG_ROUTINE, SHORT_ROUTINE, beyond_the_chime, needs_speech, play_session  # noqa: E402

from piriformis_desktop.ui.desktop.sound_levels import sound_gain  # noqa: E402

BARE = textwrap.dedent("""
    import json, sys, time
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtMultimedia import QSoundEffect
    app = QGuiApplication(sys.argv)
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(sys.argv[1]))
    times = []
    def play():
        times.append(time.monotonic())
        effect.play()
        if len(times) == 8:
            QTimer.singleShot(1000, app.quit)
    timer = QTimer(); timer.timeout.connect(play)
    QTimer.singleShot(1000, lambda: timer.start(1000))
    QTimer.singleShot(9500, timer.stop)
    app.exec()
    print(json.dumps(times))
""")


def bare_delays(server: SoundServer) -> list[float]:
    wav = Path(__file__).resolve().parents[1] / "assets" / "sounds" / "phase.wav"
    recording = server.record()
    result = subprocess.run([sys.executable, "-c", BARE, str(wav)], env=dict(server.env, QT_QPA_PLATFORM="offscreen"),
                            capture_output=True, text=True, timeout=60)
    time.sleep(0.5)
    recording.stop()
    return [recording.onset(t - 0.2, t + 0.6) - t for t in json.loads(result.stdout)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    missing = missing_programs()
    if missing:
        print(f"sound: skipped, {', '.join(missing)} not installed (apt-get install pulseaudio pulseaudio-utils)")
        return 0
    home = Path(tempfile.mkdtemp(prefix="sound-bench-"))
    os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"] = str(home / "config"), str(home / "data")
    server = SoundServer().start()
    try:
        heard = play_session(server, "volume = 80\n" + ONE_LEG_ROUTINE)
        delays = [heard.onset(c) - c["due"] for c in heard.cues]
        print(f"sound: app cue delay, session moment -> onset on the sink: median {ms(statistics.median(delays))}, "
              f"max {ms(max(delays))} over {len(delays)} cues")
        bare = bare_delays(server)
        print(f"sound: bare QSoundEffect, play() -> onset on the sink:      first {ms(bare[0])}, then median "
              f"{ms(statistics.median(bare[1:]))}, max {ms(max(bare[1:]))} over {len(bare) - 1} plays "
              "(the clock line-up is good to about 5 ms)")
        peaks = {}
        for volume in (20, 80, 100):
            os.environ["XDG_DATA_HOME"] = str(home / f"data-{volume}")
            peaks[volume] = play_session(server, f"volume = {volume}\n" + SHORT_ROUTINE, scale=20).recording.peak()
        for volume in (20, 80, 100):
            measured = 20 * math.log10(peaks[volume] / 32767)
            expected = 20 * math.log10(10 ** (-3 / 20) * sound_gain(volume))
            print(f"sound: volume {volume:3}: recorded peak {peaks[volume]:5} of 32767 ({measured:6.1f} dBFS; "
                  f"sound_gain says {expected:6.1f} dBFS)")
        try:
            needs_speech()
        except BaseException:  # pytest's skip: no speech-dispatcher here
            print("sound: voice not measured (speech-dispatcher with espeak-ng is not installed)")
            return 0
        server.speech()
        os.environ["XDG_DATA_HOME"] = str(home / "data-voice")
        heard = play_session(server, "voice = true\nvolume = 80\n" + ONE_LEG_ROUTINE)
        for cue in (c for c in heard.cues if c["kind"] in ("switch-side", "session-done")):
            words = beyond_the_chime(heard.recording, cue, sound_gain(80))
            level = heard.recording.peak(words + 0.3, cue["due"] + 2.0) if words else 0
            print(f"sound: voice “{cue['speech']}”: " + (f"heard {ms(words - cue['due'])} after its moment, "
                  f"peak {level} (chimes at volume 80 peak ~11,600)" if words else "not heard"))
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
