"""A real Linux desktop for the slow tests: the programs that read the app from outside.

A private X display (Xvfb), a private D-Bus session bus (what `dbus-run-session` gives a command), the
accessibility bus a screen reader uses (at-spi2-core, started on demand by that session bus), and a system
tray (trayer, an XEmbed tray). The app runs in it as a process, as a user starts it.

The screen-reader side is Debian's pyatspi, which exists only for /usr/bin/python3, not in the project's
venv: this same file, run as `/usr/bin/python3 real_desktop.py atspi STEPS`, is that client. At the top
it imports nothing but the standard library, so both interpreters can load it.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"  # the interpreter Debian's python3-pyatspi is installed for
APP_NAME = "Piriformis Desktop"  # the application's name on the accessibility bus (Qt's applicationName)
TOOLS = {  # program -> the Debian package that has it (.ci/run installs them)
    "Xvfb": "xvfb", "dbus-daemon": "dbus-daemon", "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
    "trayer": "trayer", "xwininfo": "x11-utils", "xprop": "x11-utils", "xdotool": "xdotool",
}


def missing(*programs: str, pyatspi: bool = False) -> str | None:
    """Why these tools cannot run here (the missing programs and their Debian packages), or None."""
    absent = [f"{p} ({TOOLS.get(p, p)})" for p in programs if not shutil.which(p) and not os.access(p, os.X_OK)]
    if pyatspi:
        found = os.access(SYSTEM_PYTHON, os.X_OK) and subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0
        if not found:
            absent.append(f"pyatspi for {SYSTEM_PYTHON} (python3-pyatspi)")
    return f"needs {', '.join(absent)}" if absent else None


def wait_for(condition, timeout: float = 30.0, what: str = "the desktop"):
    """Poll `condition` until it returns something true; a separate process has no signal to wait on."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout:.0f} s")
        time.sleep(0.1)


class Desktop:
    """Xvfb plus a session bus; each program started here is ended (its whole process group) by `close`."""

    def __init__(self, environment: dict[str, str], width: int = 1366, height: int = 768) -> None:
        self._processes: list[subprocess.Popen] = []
        read, write = os.pipe()
        self._start(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                    pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.close()
            raise RuntimeError("Xvfb did not start")
        # A runtime folder of its own: the accessibility bus puts its socket there (else under ~/.cache/at-spi,
        # where two test runs on one machine would meet), and so does anything else the bus starts.
        self.runtime = tempfile.mkdtemp(prefix="piriformis-desktop-run-")
        bus = self._start(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                          env={**environment, "XDG_RUNTIME_DIR": self.runtime},
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        address = bus.stdout.readline().strip()
        self.env = {key: value for key, value in environment.items()
                    if key not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SESSION_MANAGER", "XAUTHORITY")}
        self.env.update(DISPLAY=f":{number}", DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="xcb",
                        XDG_RUNTIME_DIR=self.runtime,
                        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", TZ="UTC", LANG="C.UTF-8")
        self.env.pop("PIRIFORMIS_TIME_SCALE", None)

    def _start(self, command: list[str], **options) -> subprocess.Popen:
        process = subprocess.Popen(command, start_new_session=True, **options)
        self._processes.append(process)
        return process

    def start(self, command: list[str], **env) -> subprocess.Popen:
        """Run a program on this desktop; its output is kept for the test's report."""
        return self._start(command, env={**self.env, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)

    def start_app(self, *args: str, **env) -> subprocess.Popen:
        return self.start([sys.executable, "-m", "piriformis_desktop", *args], **env)

    def start_tray(self) -> subprocess.Popen:
        """trayer: a panel that is an XEmbed system tray, top right, as wide as its icons."""
        tray = self.start(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                           "--height", "32", "--transparent", "false", "--SetDockType", "true"])
        wait_for(lambda: self.tray_window(), 20, "the tray panel appearing")
        return tray

    def close(self) -> str:
        """End every program started here, newest first; return what they wrote on stderr."""
        said = []
        for process in reversed(self._processes):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                _, err = process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                _, err = process.communicate()
            if err:
                said.append(f"--- {process.args[0]} ---\n{err}")
        self._processes.clear()
        shutil.rmtree(getattr(self, "runtime", ""), ignore_errors=True)
        return "\n".join(said)

    # -- the screen reader's side ---------------------------------------------------------------
    def atspi(self, *steps: dict, timeout: float = 120) -> list:
        """Run steps in the AT-SPI client (see `_client_step`); one result per step."""
        result = subprocess.run([SYSTEM_PYTHON, __file__, "atspi", json.dumps(steps)], env=self.env,
                                capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            raise AssertionError(f"the AT-SPI client failed:\n{result.stderr}")
        return json.loads(result.stdout)

    # -- what the X server sees -------------------------------------------------------------------
    def x(self, *command: str) -> str:
        return subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=30).stdout

    def windows(self) -> list[dict]:
        """Every window, as `xwininfo -root -tree` lists it: id, depth, name, class, size and position."""
        found = []
        line_format = re.compile(r'^(\s*)(0x[0-9a-f]+) (?:"(.*)"|\(has no name\)): \((.*)\)\s+(\d+)x(\d+)'
                                 r'\+(-?\d+)\+(-?\d+)\s+\+(-?\d+)\+(-?\d+)')
        for line in self.x("xwininfo", "-root", "-tree").splitlines():
            match = line_format.match(line)
            if match:
                indent, wid, name, klass, w, h, _, _, x, y = match.groups()
                found.append(dict(id=int(wid, 16), depth=len(indent), name=name or "", klass=klass,
                                  width=int(w), height=int(h), x=int(x), y=int(y)))
        return found

    def tray_window(self) -> dict | None:
        return next((w for w in self.windows() if w["klass"] == '"panel" "trayer"'), None)

    def icons_in_tray(self) -> list[dict]:
        """The windows docked in the tray panel that belong to the app (XEmbed: the icon is a child)."""
        windows, inside, panel = self.windows(), [], None
        for window in windows:
            if panel is not None and window["depth"] <= panel["depth"]:
                break
            if panel is None and window["klass"] == '"panel" "trayer"':
                panel = window
            elif panel is not None and window["name"] == "Piriformis Desktop":
                inside.append(window)
        return inside

    def window_type(self, window_id: int) -> str:
        return self.x("xprop", "-id", str(window_id), "_NET_WM_WINDOW_TYPE").strip()

    def app_windows(self, kind: str) -> list[dict]:
        """The app's top-level windows of one _NET_WM_WINDOW_TYPE (NORMAL, TOOLTIP ...) that are on screen."""
        windows = self.windows()
        top = [w for w in windows if w["name"] == "Piriformis Desktop" and w["depth"] == windows[0]["depth"]]
        return [w for w in top if kind in self.window_type(w["id"]) and self.viewable(w["id"])]

    def viewable(self, window_id: int) -> bool:
        return "IsViewable" in self.x("xwininfo", "-id", str(window_id))

    def focused(self) -> int:
        return int(self.x("xdotool", "getwindowfocus").strip() or 0)

    def click(self, window: dict) -> None:
        """A left click in the middle of a window, as a person does it (through the X server's pointer)."""
        self.x("xdotool", "mousemove", str(window["x"] + window["width"] // 2),
               str(window["y"] + window["height"] // 2), "click", "1")

    def close_window(self, window_id: int) -> None:
        """Ask a window to close, as a window manager's close button does (WM_DELETE_WINDOW)."""
        send_wm_delete(self.env["DISPLAY"], window_id)

    def screenshot(self, path: Path) -> None:
        """The whole screen as a PNG, for a person to look at (ImageMagick's import, when there)."""
        if shutil.which("import"):
            self.x("import", "-window", "root", str(path))


class _ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


def send_wm_delete(display_name: str, window_id: int) -> None:
    """Send WM_DELETE_WINDOW through libX11 (no window manager runs on the test display to do it)."""
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype, x11.XOpenDisplay.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                               ctypes.POINTER(_XEvent)]
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(display_name.encode())
    if not display:
        raise RuntimeError(f"cannot open X display {display_name}")
    try:
        event = _XEvent()
        event.xclient.type = 33  # ClientMessage
        event.xclient.window = window_id
        event.xclient.message_type = x11.XInternAtom(display, b"WM_PROTOCOLS", False)
        event.xclient.format = 32
        event.xclient.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", False)
        x11.XSendEvent(display, window_id, False, 0, ctypes.byref(event))
        x11.XFlush(display)
    finally:
        x11.XCloseDisplay(display)


# -- the AT-SPI client: runs under /usr/bin/python3 --------------------------------------------------
def _client(steps: list[dict]) -> list:
    """What a screen reader reads: each step waits for, presses, or lists what the app exposes.

    {"wait": {"role": R, "name": N}, "timeout": S}  wait until a showing R named N is there; list everything
    {"press": N}                                    press the showing push button named N (its default action)
    {"list": true}                                  list everything showing now
    A listing is [{"role", "name", "description"}, ...] in tree order, showing objects only.
    """
    import pyatspi  # Debian's; only this interpreter has it

    def application(timeout=30.0):
        def find():
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.name == APP_NAME:
                    return app
        return wait_for(find, timeout, f"{APP_NAME} on the accessibility bus")

    def showing(app):
        app.clear_cache()  # names change as the session runs: read them afresh
        found = []

        def walk(node):
            for i in range(node.childCount):
                child = node.getChildAtIndex(i)
                if child is None or not child.getState().contains(pyatspi.STATE_SHOWING):
                    continue
                found.append(dict(role=child.getRoleName(), name=child.name or "",
                                  description=child.description or "", node=child))
                walk(child)
        walk(app)
        return found

    def public(listing):
        return [{k: v for k, v in item.items() if k != "node"} for item in listing]

    app, results = application(), []
    for step in steps:
        if "wait" in step:
            want = step["wait"]

            def seen(want=want):
                listing = showing(app)
                match = any(i["role"] == want["role"] and i["name"] == want["name"] for i in listing)
                return listing if match else None
            try:
                results.append(public(wait_for(seen, step.get("timeout", 30), f"a {want['role']} {want['name']!r}")))
            except AssertionError as error:
                raise AssertionError(f"{error}; showing: {public(showing(app))}") from None
        elif "press" in step:
            button = next((i["node"] for i in showing(app)
                           if i["role"] == "push button" and i["name"] == step["press"]), None)
            if button is None:
                raise AssertionError(f"no push button {step['press']!r}; showing: {public(showing(app))}")
            button.queryAction().doAction(0)
            results.append(True)
        elif "list" in step:
            results.append(public(showing(app)))
    return results


if __name__ == "__main__" and sys.argv[1:2] == ["atspi"]:
    try:
        print(json.dumps(_client(json.loads(sys.argv[2]))))
    except AssertionError as error:
        print(error, file=sys.stderr)
        sys.exit(1)
