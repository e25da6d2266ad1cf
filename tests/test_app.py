"""Application start-up pieces: the second-copy notice and the window built from the user's files."""

from piriformis_desktop.ui.app import build_main_window, other_copy_lock


def test_a_second_copy_is_told_that_another_is_open(qapp):
    """The first copy takes the lock quietly; a second one gets a plain notice and keeps working."""
    first, notice = other_copy_lock()
    assert first is not None and notice is None
    second, notice = other_copy_lock()
    assert second is None
    assert "already open in another window" in notice and "same history" in notice
    first.unlock()
    third, notice = other_copy_lock()
    assert third is not None and notice is None
    third.unlock()


def test_damaged_settings_reach_the_window_and_stderr(qapp, private_folders, capsys):
    """A settings file with a bad value: the window's notice bar and stderr both name the problem."""
    config, _ = private_folders
    config.mkdir(parents=True)
    (config / "settings.toml").write_text("weekly_goal = 99\n")
    window, notices = build_main_window(time_scale=1.0)
    try:
        assert any("weekly_goal" in n for n in notices)
        assert "weekly_goal" in window.notice.label.text()
        assert "weekly_goal" in capsys.readouterr().err
        assert window.settings.weekly_goal == 3
    finally:
        window.flow.controller.shutdown()
        window.deleteLater()


def test_optional_parts_wait_for_the_first_frame_but_never_forever(qtbot):
    """The history and sound attach after the window is first exposed, exactly once; if no expose ever
    comes, the fallback timer attaches them anyway."""
    from PySide6.QtWidgets import QMainWindow

    from piriformis_desktop.ui.app import AfterFirstExpose

    shown, hidden = QMainWindow(), QMainWindow()
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    calls = []
    shown.show()
    AfterFirstExpose(shown, lambda: calls.append("shown"))
    hidden.create()  # a native window that is never shown, so never exposed
    waiter = AfterFirstExpose(hidden, lambda: calls.append("hidden"))
    waiter._fallback.setInterval(50)
    waiter._fallback.start()
    qtbot.waitUntil(lambda: "shown" in calls and "hidden" in calls)
    shown.hide()
    shown.show()
    qtbot.waitExposed(shown)  # a second expose arrives ...
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()  # ... and its queued call, if there were one, would run now
    assert sorted(calls) == ["hidden", "shown"]


def test_a_german_setting_shows_the_routine_in_german(qapp, private_folders):
    """language = "de" in settings.toml: the card names the first exercise in German, from the packaged data."""
    from piriformis_desktop.ui.translation import install_translation, remove_translation

    config, _ = private_folders
    config.mkdir(parents=True)
    (config / "settings.toml").write_text('language = "de"\n')
    window, _ = build_main_window(time_scale=1.0)
    try:
        assert window.player.card.exercise.text() == "Zehendrehung"
        assert window.routine.exercise("leg-crossover").name == "Beinkreuzen"
    finally:
        window.flow.controller.shutdown()
        window.deleteLater()
        remove_translation()
        install_translation("en")
