"""Sound and voice cues: what the user hears, and what happens on a machine that cannot make a sound."""

from __future__ import annotations

import contextlib
import importlib
import math
import struct
import sys
import threading
import wave
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QFile, QLocale, QObject, Qt, QTimer, QUrl, Signal, Slot

from piriformis_desktop.core.cues import Cue, CueKind, cue_schedule
from piriformis_desktop.core.routine import Side
from piriformis_desktop.core.timeline import build_timeline
from piriformis_desktop.ui.desktop import sound
from piriformis_desktop.ui.desktop import worker_thread as worker_thread_module
from piriformis_desktop.ui.desktop.effects import RESTARTS, EffectsWorker, SoundEffects
from piriformis_desktop.ui.desktop.sound_levels import SOUND_URLS, VOICE_BALANCE, sound_gain, speech_engines
from piriformis_desktop.ui.desktop.voice import (
    SpeechVoice,
    engine_failure_reason,
    speech_dispatcher_silent,
    speech_dispatcher_socket,
)
from piriformis_desktop.ui.desktop.worker_thread import Request

ASSETS = Path(__file__).resolve().parents[1] / "assets" / "sounds"
# Loading Qt's audio backend logs warnings about optional libraries (pipewire, VA-API) and a missing sound
# server; they are the machine's, not ours, and must not fail the tests that create real QSoundEffects.
AUDIO_BACKEND_CHATTER = pytest.mark.qt_log_ignore(
    "symbols", "library", "PulseAudio", "QSoundEffect", "FFmpeg", "audio device", "pa_context"
)


class FakeSink(QObject):
    """Stands in for the QSoundEffects and records what the user would hear; `failed` as the real one says it."""

    failed = Signal(str, bool)

    def __init__(self) -> None:
        super().__init__()
        self.played: list[CueKind] = []
        self.gain: float | None = None
        self.stops = 0

    def prepare(self) -> bool:
        return True

    def play(self, kind: CueKind) -> None:
        self.played.append(kind)

    def set_volume(self, gain: float) -> None:
        self.gain = gain

    def stop(self) -> None:
        self.stops += 1

    def close(self) -> None:
        pass


@pytest.fixture
def sink():
    return FakeSink()


@pytest.fixture
def player(qtbot, sink, clock):
    """A player with the fake sink for sounds and Qt's mock speech engine for the voice, paced on a fake clock."""
    player = sound.make_cue_player(sound_output=sink, engines=("mock",), clock=clock)
    yield player
    player.close()  # its pacing timer stops with it, as when the app quits
    player.deleteLater()


def local_sounds() -> dict[CueKind, QUrl]:
    """The sounds from :/sounds/ when the compiled resources are present, else straight from assets/."""
    with contextlib.suppress(ImportError):
        from piriformis_desktop.ui import resources_rc  # noqa: F401  (registers :/ when it has been built)
    if all(QFile.exists(f":/sounds/{kind.value}.wav") for kind in CueKind):
        return dict(SOUND_URLS)
    return {kind: QUrl.fromLocalFile(str(ASSETS / f"{kind.value}.wav")) for kind in CueKind}


# -- the sounds themselves -------------------------------------------------------------------------

def read_wav(path: Path):
    with wave.open(str(path)) as wav:
        frames = wav.readframes(wav.getnframes())
        return wav.getparams(), struct.unpack(f"<{wav.getnframes()}h", frames)


@pytest.mark.parametrize("kind", list(CueKind))
def test_each_cue_is_a_short_clear_click_free_wav(kind):
    """Every cue is a small 16-bit mono WAV, loud (-3 dBFS peak) and starting and ending in silence."""
    url = SOUND_URLS[kind]
    assert (url.scheme(), url.path()) == ("qrc", f"/sounds/{kind.value}.wav")  # the app loads the compiled copy
    path = ASSETS / f"{kind.value}.wav"
    assert path.stat().st_size < 60_000
    params, samples = read_wav(path)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 22050)
    peak_db = 20 * math.log10(max(abs(s) for s in samples) / 32768)
    assert -3.5 < peak_db < -2.5
    assert abs(samples[0]) < 50 and abs(samples[-1]) < 50


def test_the_cues_sound_different_from_each_other():
    """Tick, phase, switch, next and done can be told apart by ear: each has its own length."""
    lengths = {kind: read_wav(ASSETS / f"{kind.value}.wav")[0].nframes / 22050 for kind in CueKind}
    assert lengths[CueKind.TICK] < 0.1  # a tick is a blip, not a chime
    assert lengths[CueKind.SESSION_DONE] > 0.7  # the end rings out
    assert len({round(length, 2) for length in lengths.values()}) == len(CueKind)


# -- what plays --------------------------------------------------------------------------------------

def test_each_cue_plays_its_own_sound(player, sink, routine, settings, clock):
    """Following a session, the sink receives exactly the sound of each cue, in order."""
    schedule = cue_schedule(build_timeline(routine, settings, Side.RIGHT))
    for cue in schedule[:12]:
        clock.set(1000.0 + cue.at)
        player.play(cue)
    assert sink.played == [cue.kind for cue in schedule[:12]]
    assert sink.played[0] is CueKind.NEXT_EXERCISE


def test_muted_and_voice_off_mean_nothing_is_heard(qtbot, player, sink, routine, settings):
    """With sound off and voice off, a whole session's cues make no sound and say nothing."""
    player.set_enabled(sound=False, voice=False)
    player.prepare()
    assert player.voice_engine is None  # voice off: the engine is not even started
    for cue in cue_schedule(build_timeline(routine, settings, Side.RIGHT)):
        player.play(cue)
    assert sink.played == []
    assert player.voice_engine is None


def test_voice_off_by_default_sound_on(player, sink):
    """A new player follows the settings' defaults: sounds play, the voice stays silent."""
    player.play(Cue(0.0, CueKind.NEXT_EXERCISE, "Toe rotation, right leg"))
    assert sink.played == [CueKind.NEXT_EXERCISE]
    assert player.voice_engine is None


def test_switching_sound_off_stops_a_sound_that_is_playing(player, sink):
    """Muting mid-chime silences it rather than letting it ring on."""
    player.play(Cue(0.0, CueKind.SESSION_DONE, "Session complete"))
    player.set_enabled(sound=False, voice=False)
    assert sink.stops == 1
    player.play(Cue(1.0, CueKind.TICK))
    assert sink.played == [CueKind.SESSION_DONE]


def test_volume_slider_maps_to_sound_and_voice(qtbot, player, sink):
    """100 is full volume, 0 is silent, and 80 (the default) is 6 dB down; the voice follows the same slider,
    set under the chimes."""
    assert sink.gain == pytest.approx(sound_gain(80))
    for volume, gain in [(100, 1.0), (0, 0.0), (80, 10 ** (-6 / 20)), (50, 10 ** (-15 / 20)), (150, 1.0)]:
        player.set_volume(volume)
        assert sink.gain == pytest.approx(gain, rel=1e-3)
    gains = [sound_gain(v) for v in range(101)]
    assert gains == sorted(gains) and len(set(gains)) == 101
    player.set_enabled(sound=True, voice=True)
    player.set_volume(40)
    engine = started_engine(qtbot, player)
    # the volume reaches the engine on the speech thread, queued behind its start: wait for it, not for luck
    qtbot.waitUntil(lambda: engine.volume() == pytest.approx(sound_gain(40) * VOICE_BALANCE, abs=0.01), timeout=5000)


def started_engine(qtbot, player):
    """Start the player's voice (on the speech thread) and wait until its engine is there."""
    with qtbot.waitSignal(player.availability_changed, timeout=5000):
        player.prepare()
    assert player.voice_engine is not None, player.voice_reason
    return player.voice_engine


# -- the voice ---------------------------------------------------------------------------------------

def test_a_new_prompt_replaces_a_stale_one(qtbot, player, clock):
    """When the next cue comes while a prompt is still being spoken, the old one stops: prompts never overlap."""
    player.set_enabled(sound=True, voice=True)
    engine = started_engine(qtbot, player)
    assert engine.engine() == "mock"
    words = HeardWords(engine)
    with qtbot.waitSignal(words.heard, timeout=5000):  # the first word is out ...
        player.play(Cue(0.0, CueKind.NEXT_EXERCISE, "Toe rotation, right leg"))
    clock.advance(7.0)  # ... and the hold begins (the session's timer calls, not the engine)
    with qtbot.waitSignal(words.heard, check_params_cb=lambda word: word == "Hold", timeout=5000):
        player.play(Cue(7.0, CueKind.PHASE, "Hold"))
    qtbot.waitUntil(lambda: engine.state() is engine.State.Ready, timeout=5000)
    assert words.words == ["Toe", "Hold"]


class HeardWords(QObject):
    """The words an engine on the speech thread says, collected on the window's thread (`heard` each time)."""

    heard = Signal(str)

    def __init__(self, engine) -> None:
        super().__init__()
        self.words: list[str] = []
        engine.sayingWord.connect(self._said, Qt.ConnectionType.QueuedConnection)

    @Slot(str, int, int, int)
    def _said(self, word: str, *_) -> None:
        self.words.append(word)
        self.heard.emit(word)


def test_switching_voice_off_stops_a_prompt_mid_sentence(qtbot, player, clock):
    """Turning voice off while it speaks cuts the prompt at once; the rest of the sentence is never heard."""
    player.set_enabled(sound=True, voice=True)
    engine = started_engine(qtbot, player)
    words = HeardWords(engine)
    with qtbot.waitSignal(words.heard, timeout=5000):
        player.play(Cue(95.0, CueKind.SWITCH_SIDE, "Switch to your left leg"))
    player.set_enabled(sound=True, voice=False)
    clock.advance(2.0)
    player.play(Cue(97.0, CueKind.PHASE, "Hold"))
    qtbot.waitUntil(lambda: player._voice.watch.waiting == 0)  # everything sent has been carried out
    assert engine.state() is engine.State.Ready  # not speaking: no word of either prompt can follow
    assert words.words == ["Switch"]


def test_the_voice_engine_starts_only_after_voice_is_switched_on(qtbot, player):
    """Switching voice on starts the engine on the next turn of the event loop, never at start-up."""
    assert player.voice_engine is None
    player.set_enabled(sound=True, voice=True)
    assert player.voice_engine is None  # not inside the click
    qtbot.waitUntil(lambda: player.voice_engine is not None, timeout=1000)
    assert player.voice_available and player.voice_reason is None


def test_qt_test_engine_is_never_the_users_voice(qtbot):
    """Qt's wheel ships a silent "mock" engine; with only that installed, voice says no engine was found."""
    assert speech_engines(["speechd", "mock", "flite"]) == ["speechd", "flite"]
    only_mock = SimpleNamespace(QTextToSpeech=SimpleNamespace(availableEngines=lambda: ["mock"]))
    player = sound.make_cue_player(sound_output=FakeSink(), speech=only_mock)
    assert not player.voice_available
    assert player.voice_reason.startswith("No speech engine was found")


def test_without_a_speech_engine_voice_is_unavailable_and_sound_still_plays(qtbot, sink):
    """No engine installed: the pane can say so, and a session plays its sounds as before."""
    player = sound.make_cue_player(sound_output=sink, engines=())
    player.set_enabled(sound=True, voice=True)
    assert not player.voice_available and "No speech engine" in player.voice_reason
    player.play(Cue(7.0, CueKind.PHASE, "Hold"))
    assert sink.played == [CueKind.PHASE]
    assert player.available and player.reason is None


@pytest.mark.qt_log_ignore("Text-to-speech plug-in", "speech")
def test_an_engine_that_will_not_start_turns_voice_off_with_a_reason(qtbot, sink):
    """An engine listed but broken (e.g. speech-dispatcher not running) is reported, not a crash."""
    player = sound.make_cue_player(sound_output=sink, engines=("no-such-engine",))
    assert player.voice_available  # not known before it has been tried
    with qtbot.waitSignal(player.availability_changed, timeout=1000):
        player.set_enabled(sound=True, voice=True)
    assert not player.voice_available
    assert player.voice_reason.startswith("No speech engine could be started (no-such-engine")
    player.play(Cue(7.0, CueKind.PHASE, "Hold"))
    assert sink.played == [CueKind.PHASE]


def test_a_prompt_the_engine_never_returns_from_leaves_the_session_running(qtbot, sink, clock):
    """speech-dispatcher just started with no sound server to play to: Qt's `say` waits for a reply that never
    comes. The window's thread never waits on it; cues go on, and once a prompt has gone unanswered for ten
    seconds the voice is turned off with a sentence for the window, while sounds go on playing."""
    import threading

    release = threading.Event()
    said = []

    class Engine(QObject):
        State = SimpleNamespace(Error="error")
        errorOccurred = Signal(object, str)  # noqa: N815 (Qt name)

        def __init__(self, name, parent=None):
            super().__init__(parent)

        def state(self):
            return "ready"

        def locale(self):
            return QLocale(QLocale.Language.English)

        def availableLocales(self):  # noqa: N802 (Qt name)
            return [self.locale()]

        def setVolume(self, volume):  # noqa: N802 (Qt name)
            pass

        def setLocale(self, locale):  # noqa: N802 (Qt name)
            pass

        def stop(self):
            pass

        def say(self, text):
            said.append(text)
            release.wait()  # what libspeechd does when the daemon never replies

    player = sound.make_cue_player(sound_output=sink, speech=SimpleNamespace(QTextToSpeech=Engine),
                                   engines=["stuck"], clock=clock)
    player.set_enabled(sound=True, voice=True)
    started_engine(qtbot, player)
    player.play(Cue(0.0, CueKind.NEXT_EXERCISE, "Toe rotation, right leg"))
    qtbot.waitUntil(lambda: said == ["Toe rotation, right leg"])  # the speech thread is now stuck in `say`
    clock.advance(5.0)
    player.play(Cue(5.0, CueKind.PHASE, "Hold"))  # returns at once; the prompt waits behind the stuck one
    assert player.voice_available
    clock.advance(6.0)
    with qtbot.waitSignal(player.turned_off) as told:
        player.play(Cue(11.0, CueKind.PHASE, "Release"))
    assert told.args == ["Voice prompts are off until Piriformis Desktop is restarted. The speech engine stopped "
                         "answering (restarting speech-dispatcher, or logging out and in, usually helps). "
                         "This session goes on without them."]
    assert not player.voice_available
    clock.advance(1.0)
    player.play(Cue(12.0, CueKind.TICK))
    assert sink.played == [CueKind.NEXT_EXERCISE, CueKind.PHASE, CueKind.PHASE, CueKind.TICK]
    release.set()  # let the stand-in's thread end with the test
    player._voice.worker_thread.wedged = False


def test_a_speech_dispatcher_that_does_not_answer_is_not_waited_for(qtbot, tmp_path, monkeypatch, sink):
    """A wedged speech-dispatcher accepts connections and never replies (Qt would block on it for good):
    voice is unavailable within about a second, with a reason, and sounds still play."""
    import socket

    wedged = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    wedged.bind(str(tmp_path / "speechd.sock"))
    wedged.listen(4)  # listens, never accepts, never answers
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path}/speechd.sock")
    made = []
    never_made = SimpleNamespace(QTextToSpeech=SimpleNamespace(State=SimpleNamespace(Error=None),
                                                               __call__=made.append))
    voice = SpeechVoice(never_made, ["speechd"])
    assert speech_dispatcher_silent(timeout=0.2)
    with qtbot.waitSignal(voice.failed, timeout=3000) as failed:
        assert voice.prepare()  # asked on the speech thread: the window's thread does not wait for the probe
    assert made == [] and failed.args == [
        "Voice prompts need speech-dispatcher, which is running but not answering "
        "(restarting it, or logging out and in, usually helps)", False]
    assert not voice.prepare()
    wedged.close()
    assert not speech_dispatcher_silent()  # a stale socket: Qt's engine starts a fresh daemon


def test_where_qt_looks_for_speech_dispatcher():
    """SPEECHD_ADDRESS first, then the session's runtime folder, then ~/.cache (libspeechd's own order)."""
    from pathlib import Path

    assert speech_dispatcher_socket({"SPEECHD_ADDRESS": "unix_socket:/x/s.sock"}) == Path("/x/s.sock")
    assert speech_dispatcher_socket({"SPEECHD_ADDRESS": "inet_socket:127.0.0.1:6560"}) is None
    assert speech_dispatcher_socket({"XDG_RUNTIME_DIR": "/run/user/1000"}) == Path(
        "/run/user/1000/speech-dispatcher/speechd.sock")
    assert speech_dispatcher_socket({}) == Path.home() / ".cache" / "speech-dispatcher" / "speechd.sock"


def test_speech_dispatcher_missing_is_explained_in_the_users_words():
    """On Linux the reason names speech-dispatcher, the package the user can install."""
    reason = engine_failure_reason(["speechd"], ["speechd: Text to speech engine not initialized"])
    assert reason == "Voice prompts need speech-dispatcher, which is not installed or not running"


# -- machines that cannot make a sound ---------------------------------------------------------------

@pytest.fixture
def without_modules(monkeypatch):
    """Re-import ui.sound as if the named PySide6 modules failed to load (e.g. no libpulse), then restore it."""
    import PySide6

    def block(*names):
        for name in names:
            monkeypatch.setitem(sys.modules, f"PySide6.{name}", None)
            monkeypatch.delattr(PySide6, name, raising=False)
        return importlib.reload(sound)

    yield block
    monkeypatch.undo()
    importlib.reload(sound)


def test_without_qt_multimedia_the_player_is_silent_and_says_why(qtbot, without_modules, routine, settings):
    """No libpulse means no Qt Multimedia (and no Text-to-Speech): every cue is a silent no-op, both reasons shown."""
    reloaded = without_modules("QtMultimedia", "QtTextToSpeech")
    assert reloaded.QtMultimedia is None and "PySide6.QtMultimedia" in reloaded.MULTIMEDIA_ERROR
    player = reloaded.make_cue_player()
    assert not player.available and not player.voice_available
    assert player.reason.startswith("Sound needs Qt Multimedia, which could not be loaded: ")
    assert player.voice_reason.startswith("Voice prompts need Qt Text-to-Speech, which could not be loaded: ")
    player.set_enabled(sound=True, voice=True)
    player.set_volume(100)
    player.prepare()
    for cue in cue_schedule(build_timeline(routine, settings, Side.RIGHT)):
        player.play(cue)
    assert player.voice_engine is None


def test_without_text_to_speech_sound_still_works(qtbot, without_modules, sink):
    """Only Qt Text-to-Speech missing: voice says why, sounds play as before."""
    reloaded = without_modules("QtTextToSpeech")
    player = reloaded.make_cue_player(sound_output=sink)
    assert player.available and not player.voice_available
    assert "Qt Text-to-Speech" in player.voice_reason
    player.play(Cue(0.0, CueKind.NEXT_EXERCISE, "Toe rotation, right leg"))
    assert sink.played == [CueKind.NEXT_EXERCISE]


def test_the_factory_can_be_told_a_module_is_missing(qtbot):
    """Passing None for a module gives the same silent halves, without re-importing anything."""
    player = sound.make_cue_player(multimedia=None, speech=None)
    assert not player.available and not player.voice_available
    player.play(Cue(0.0, CueKind.TICK))


@AUDIO_BACKEND_CHATTER
def test_no_audio_device_makes_sound_unavailable_with_a_reason(qtbot):
    """A machine with no audio output: the first cue finds out, says "No audio device was found", plays nothing."""
    effects = SoundEffects(sound.QtMultimedia, outputs=list)  # the real effects, told there is no output
    player = sound.make_cue_player(speech=None, sound_output=effects)
    assert player.available
    with qtbot.waitSignal(player.availability_changed, timeout=1000):
        player.play(Cue(14.0, CueKind.TICK))
    assert not player.available and player.reason == "No audio device was found"
    assert player.findChildren(sound.QtMultimedia.QSoundEffect) == []
    player.play(Cue(15.0, CueKind.TICK))  # and again: still nothing, no second signal needed


@pytest.fixture
def real_effects(clock):
    """The real QSoundEffects on their own thread, told a device exists; the thread is ended afterwards."""
    made = []

    def make(sources=None, worker=EffectsWorker):
        effects = SoundEffects(sound.QtMultimedia, sources=sources or local_sounds(),
                                     outputs=lambda: ["a device"], clock=clock, worker=worker)
        made.append(effects)
        return effects

    yield make
    for effects in made:
        for thread in [*effects.left_behind, effects.worker_thread]:
            if thread is not None:
                thread.parked.set()
                thread.wedged = False
                thread.close()


@AUDIO_BACKEND_CHATTER
def test_a_sound_that_cannot_play_turns_sound_off_and_says_so(qtbot, real_effects, clock):
    """If a QSoundEffect goes to Error, sound is off for the session: the window is told why, the pane too."""
    broken = {kind: QUrl.fromLocalFile(f"/nonexistent/{kind.value}.wav") for kind in CueKind}
    player = sound.make_cue_player(speech=None, sound_output=real_effects(broken), clock=clock)
    with qtbot.waitSignal(player.turned_off, timeout=5000) as told:
        player.play(Cue(14.0, CueKind.TICK))
    assert not player.available
    assert player.reason.startswith("The sound “") and player.reason.endswith("could not be played")
    assert told.args[0] == (f"Sound cues are off until Piriformis Desktop is restarted. {player.reason}. "
                            "This session goes on without them.")


@AUDIO_BACKEND_CHATTER
def test_the_sounds_load_before_the_first_cue_on_a_thread_of_their_own(qtbot, real_effects, clock):
    """Start-up pays nothing; prepare() makes the five sounds, each from its WAV, on the sound thread, and
    closing the player ends that thread."""
    QSoundEffect = sound.QtMultimedia.QSoundEffect
    effects = real_effects()
    player = sound.make_cue_player(speech=None, sound_output=effects, clock=clock)
    assert effects.worker_thread is None
    player.set_volume(80)
    player.prepare()
    qtbot.waitUntil(lambda: effects.watch.waiting == 0, timeout=5000)
    worker = effects.worker_thread.worker
    assert worker.thread() is not player.thread()
    made = {e.objectName(): e for e in worker.findChildren(QSoundEffect)}
    assert sorted(made) == sorted(f"cue-sound-{kind.value}" for kind in CueKind)
    assert all(made[f"cue-sound-{k.value}"].source() == local_sounds()[k] for k in CueKind)
    assert all(e.volume() == pytest.approx(sound_gain(80), rel=1e-3) for e in made.values())
    player.close()
    assert not effects.worker_thread.alive


@AUDIO_BACKEND_CHATTER
def test_a_sound_thread_that_stops_answering_is_left_behind_and_a_fresh_one_plays_on(qtbot, real_effects, clock):
    """The sound thread hangs inside a play: the next cue, 2.5 s later, finds it has not answered, and a fresh
    thread plays that cue; a thread that hangs every time turns sound off, with a notice, after RESTARTS fresh
    starts. The caller never waited for any of them."""
    stuck = threading.Event()
    played = []

    class HangOnPlay(EffectsWorker):
        def handle(self, request, value, number):
            if request is not Request.PLAY:
                return super().handle(request, value, number)
            played.append((threading.get_ident(), value))
            stuck.wait(30)  # (and then plays nothing: there is no real device behind "a device")
            self.answered.emit(number)

        def _load(self):  # no real sounds: only the thread
            pass

    effects = real_effects(worker=HangOnPlay)
    player = sound.make_cue_player(speech=None, sound_output=effects, clock=clock)
    player.play(Cue(0.0, CueKind.NEXT_EXERCISE))
    qtbot.waitUntil(lambda: len(played) == 1, timeout=2000)  # the first thread is inside the play, for good
    clock.advance(1.0)
    player.play(Cue(5.0, CueKind.PHASE))
    assert player.available and effects.restarts == 0  # 1 s without an answer is not yet a stall
    for n in range(1, RESTARTS + 1):
        clock.advance(2.5)
        player.play(Cue(5.0 + n, CueKind.SWITCH_SIDE))
        assert player.available and effects.restarts == n
        qtbot.waitUntil(lambda n=n: len(played) == n + 1, timeout=2000)
        fresh, cue = played[-1]
        assert cue is CueKind.SWITCH_SIDE and fresh not in {thread for thread, _ in played[:-1]}  # a new thread
    clock.advance(2.5)
    with qtbot.waitSignal(player.turned_off, timeout=1000) as told:
        player.play(Cue(30.0, CueKind.PHASE))
    assert not player.available and "stopped responding" in told.args[0]
    stuck.set()


@AUDIO_BACKEND_CHATTER
def test_a_sound_thread_that_never_starts_is_not_tried_again(qtbot, real_effects, clock, monkeypatch):
    """A thread whose worker is not ready in time: sound is off with the reason at once, and no second thread
    keeps the window waiting (only a thread that ran and then wedged is replaced)."""
    monkeypatch.setattr(worker_thread_module.WorkerThread, "START_SECONDS", 0.2)
    release = threading.Event()

    class SlowToStart(EffectsWorker):
        def __init__(self, *args) -> None:
            release.wait(5)
            super().__init__(*args)

    effects = real_effects(worker=SlowToStart)
    player = sound.make_cue_player(speech=None, sound_output=effects, clock=clock)
    with qtbot.waitSignal(player.turned_off, timeout=2000) as told:
        player.play(Cue(0.0, CueKind.NEXT_EXERCISE))
    assert "did not start" in told.args[0] and effects.restarts == 0 and not player.available
    first = effects.worker_thread
    player.play(Cue(9.0, CueKind.SWITCH_SIDE))
    assert effects.worker_thread is first
    release.set()


def flooding_worker(limiter, floods: list[int]):
    """A stand-in EffectsWorker whose PLAY sets off what Qt's wedged PulseAudio output does (150 copies of one
    warning) while `floods` has a count left, and plays quietly after."""

    class FloodOnPlay(EffectsWorker):
        played: list = []

        def handle(self, request, value, number):
            if request is not Request.PLAY:
                return super().handle(request, value, number)
            FloodOnPlay.played.append((threading.get_ident(), value))
            if floods[0] > 0:
                floods[0] -= 1
                for _ in range(150):  # what Qt's event dispatcher does, a million times a second
                    limiter(None, None, "QSocketNotifier: Invalid socket 27 and type 'Read', disabling...")
            self.answered.emit(number)

        def _load(self):  # no real sounds: only the thread
            pass

    return FloodOnPlay


@AUDIO_BACKEND_CHATTER
def test_a_warning_flood_parks_the_sound_thread_and_a_fresh_one_plays_the_cue_again(qtbot, real_effects, clock,
                                                                                     monkeypatch, capsys):
    """Qt's PulseAudio output wedged in a warning loop on the sound thread (seen in one run in three of twenty
    sessions on a real server): the message limiter tells the thread, which stops there for good instead of
    spinning; a fresh thread plays the cue the wedge may have swallowed, and the next ones. Sound stays on."""
    import io

    from piriformis_desktop.ui.qt_messages import MessageLimiter

    limiter = MessageLimiter(io.StringIO(), flood=100)
    monkeypatch.setattr(worker_thread_module, "installed_limiter", lambda: limiter)
    worker = flooding_worker(limiter, [1])
    effects = real_effects(worker=worker)
    player = sound.make_cue_player(speech=None, sound_output=effects, clock=clock)
    done = Cue(19.0, CueKind.SESSION_DONE, "Session complete")
    player.play(done)
    qtbot.waitUntil(lambda: len(worker.played) == 2, timeout=5000)
    (first, cue), (second, again) = worker.played
    assert cue is again is CueKind.SESSION_DONE and first != second
    assert effects.restarts == 1 and effects.left_behind[0].wedged and effects.left_behind[0].alive
    assert player.available
    assert "The sound system stopped responding (QSocketNotifier: Invalid socket 27" in capsys.readouterr().err
    clock.advance(1.0)
    player.play(Cue(25.0, CueKind.NEXT_EXERCISE))
    qtbot.waitUntil(lambda: len(worker.played) == 3, timeout=5000)
    assert worker.played[-1] == (second, CueKind.NEXT_EXERCISE)


@AUDIO_BACKEND_CHATTER
def test_a_sound_thread_that_wedges_every_time_turns_sound_off_after_the_fresh_starts(qtbot, real_effects, clock,
                                                                                      monkeypatch):
    """Every fresh thread wedges too: after RESTARTS of them, sound is off and the window hears why."""
    import io

    from piriformis_desktop.ui.qt_messages import MessageLimiter

    limiter = MessageLimiter(io.StringIO(), flood=100)
    monkeypatch.setattr(worker_thread_module, "installed_limiter", lambda: limiter)
    effects = real_effects(worker=flooding_worker(limiter, [RESTARTS + 1]))
    player = sound.make_cue_player(speech=None, sound_output=effects, clock=clock)
    with qtbot.waitSignal(player.turned_off, timeout=5000) as told:
        player.play(Cue(0.0, CueKind.NEXT_EXERCISE))  # played again by each fresh thread, each of which wedges
    assert "The sound system stopped responding (QSocketNotifier: Invalid socket 27" in told.args[0]
    assert effects.restarts == RESTARTS and effects.worker_thread.wedged and effects.worker_thread.alive
    # each thread stops (parked) at the flood mark, the rest of its loop never runs; three copies were printed
    assert limiter.suppressed() == {"QSocketNotifier: Invalid socket N and type 'Read', disabling...":
                                    limiter.flood * (RESTARTS + 1) - 3}


@AUDIO_BACKEND_CHATTER
@pytest.mark.qt_log_ignore("Text-to-speech plug-in", "speech")
def test_the_real_player_on_this_machine_never_crashes(qtbot, routine, settings, tmp_path, monkeypatch):
    """Whatever this machine has (device or not, engine or not), a session's cues play or are skipped quietly.

    speech-dispatcher is pointed at an empty private address with nothing to spawn: a daemon some other
    process left running on this machine (perhaps wedged) is not this test's business."""
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path}/speechd.sock")
    monkeypatch.setenv("SPEECHD_CMD", "/bin/false")
    player = sound.make_cue_player()
    player.set_enabled(sound=True, voice=True)
    player.prepare()
    for cue in cue_schedule(build_timeline(routine, settings, Side.RIGHT))[:5]:
        player.play(cue)
    assert player.available == (player.reason is None)
    assert player.voice_available == (player.voice_reason is None)
    player.set_enabled(sound=False, voice=False)
    player.close()


# -- in the window ------------------------------------------------------------------------------------

def test_sound_that_breaks_mid_session_is_said_in_the_window_and_the_session_goes_on(make_main_window, clock):
    """The sound system stops responding during a session: the notice bar says sound is off for this session,
    the Settings tab says why, and the session keeps running on its clock, silently."""
    from piriformis_desktop.ui import resources_rc  # noqa: F401  (the card's pictures)

    window = make_main_window(history=None, clock=clock, size=None)
    sink = FakeSink()
    window.attach_cue_player(sound.make_cue_player(window, sound_output=sink, speech=None, clock=clock))
    window.flow.toggle()
    assert sink.played == [CueKind.NEXT_EXERCISE]
    sink.failed.emit("The sound system stopped responding", True)
    assert window.notice.isVisible()
    assert window.notice.messages == ["Sound cues are off until Piriformis Desktop is restarted. The sound system "
                                      "stopped responding. This session goes on without them."]
    assert window.sound_status() == "The sound system stopped responding."
    clock.advance(5.0)
    window.flow.controller.update_now()
    assert window.flow.controller.session.snapshot().phase.kind.name == "MOVE"
    assert sink.played == [CueKind.NEXT_EXERCISE]
    window.flow.controller.shutdown()


def test_a_language_without_a_voice_is_said_in_the_settings_tab(qtbot):
    """The engine has only an English voice and the prompts are German: they are read with that voice, and the
    Settings tab's sound line says which voice is missing, in the language's own name."""
    from types import SimpleNamespace

    from PySide6.QtCore import QLocale, QObject, Signal

    class Engine(QObject):
        errorOccurred = Signal(object, str)

        def __init__(self, name, parent=None):
            super().__init__(parent)
            self._locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

        def state(self):
            return "ready"

        def locale(self):
            return self._locale

        def availableLocales(self):  # noqa: N802 (Qt name)
            return [self._locale]

        def setLocale(self, locale):  # noqa: N802 (Qt name)
            self._locale = locale

        def setVolume(self, volume):  # noqa: N802 (Qt name)
            pass

        def say(self, text):
            pass

        def stop(self):
            pass

    speech = SimpleNamespace(QTextToSpeech=Engine)
    Engine.State = SimpleNamespace(Error="error")
    player = sound.make_cue_player(multimedia=None, speech=speech, engines=["english-only"])
    player._voice.set_language(QLocale.Language.German)
    with qtbot.waitSignal(player.availability_changed):
        assert player._voice.prepare()
    assert "Deutsch" in player.voice_note and player.voice_reason is None
    with qtbot.waitSignal(player.availability_changed):
        player._voice.set_language(QLocale.Language.English)
    assert player.voice_note is None


def test_a_held_cue_is_played_even_when_its_timer_wakes_before_the_spacing_has_passed(qtbot, player, sink, clock):
    """The session-done chime, due 50 ms after an exercise announcement, is held; the player's timer fires
    while the session clock still reads short of the spacing (a timer may wake a little early): the chime is
    played as soon as the clock gets there, not dropped."""
    done = Cue(90.0, CueKind.SESSION_DONE, "Session complete")
    player.play(Cue(60.0, CueKind.NEXT_EXERCISE))
    clock.advance(0.05)
    player.play(done)
    assert sink.played == [CueKind.NEXT_EXERCISE] and player.pacer.held == done
    with qtbot.waitSignal(player.findChild(QTimer, "held-cue").timeout, timeout=2000):
        pass  # the held-cue timer fires while the (fake) clock has not moved: too soon
    assert sink.played == [CueKind.NEXT_EXERCISE]
    clock.advance(0.2)
    qtbot.waitUntil(lambda: sink.played == [CueKind.NEXT_EXERCISE, CueKind.SESSION_DONE], timeout=2000)
    assert player.pacer.held is None


class SilentServerEffect(QObject):
    """A QSoundEffect as Qt's are once the sound server has gone: it says it plays, and never finishes."""

    statusChanged = Signal()
    server_up = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.playing = False

    def setVolume(self, gain): ...  # noqa: N802
    def setSource(self, url): ...  # noqa: N802
    def status(self): return None
    def stop(self): self.playing = False
    def play(self): self.playing = not self.server_up  # (while the server is up, a sound ends in no time here)
    def isPlaying(self): return self.playing  # noqa: N802


def test_a_sound_server_that_goes_away_mid_session_is_said_not_silent(qtbot, monkeypatch):
    """The sound server died under the sounds: a sound still "playing" 3 s past its length turns sound off with
    a sentence (sound that simply went silent, unexplained, was the fault); nothing more is sent to Qt."""
    from piriformis_desktop.ui.desktop import effects as effects_module

    now = [100.0]
    monkeypatch.setattr(effects_module.time, "monotonic", lambda: now[0])
    worker = EffectsWorker(SimpleNamespace(QSoundEffect=SilentServerEffect), SOUND_URLS, 1.0, None)
    failed = []
    worker.failed.connect(lambda reason, fault: failed.append((reason, fault)))
    SilentServerEffect.server_up = True
    worker.handle(Request.PLAY, CueKind.TICK, 1)
    now[0] += 5.0
    worker.handle(Request.PLAY, CueKind.PHASE, 2)  # the tick ended: all well
    SilentServerEffect.server_up = False
    now[0] += 1.0
    worker.handle(Request.PLAY, CueKind.TICK, 3)  # unheard, and it never ends
    now[0] += 1.0
    worker.handle(Request.PLAY, CueKind.PHASE, 4)
    assert not failed  # a second or two is not yet a server gone
    now[0] += 3.0
    worker._check_stuck()  # the check timer's wake
    assert failed == [("The sound server went away during the session", True)]
    worker.handle(Request.PLAY, CueKind.SWITCH_SIDE, 5)
    assert not worker.findChild(QObject, "cue-sound-switch-side").playing and len(failed) == 1
    worker._check.stop()


def test_a_reason_that_ends_in_a_full_stop_is_said_with_one(qtbot, player, sink):
    """speech-dispatcher's own reason is "failure."; the notice puts it inside a sentence with one full stop."""
    with qtbot.waitSignal(player.turned_off) as told:
        sink.failed.emit("The sound system said: failure.", True)
    assert told.args == ["Sound cues are off until Piriformis Desktop is restarted. The sound system said: failure. "
                         "This session goes on without them."]
