"""A prescription applied through the settings store, kept in the history, undone in one step, and each dose step
recorded with its date and reason."""

from datetime import date

from piriformis_desktop import paths
from piriformis_desktop.core.history import open_history
from piriformis_desktop.core.prescription.applying import (
    apply_prescription,
    decline_step,
    differences,
    past_limits,
    take_step,
    undo_prescription,
    user_changes,
)
from piriformis_desktop.core.prescription.book import StepKind, applied, in_force, steps
from piriformis_desktop.core.prescription.progression import Offer
from piriformis_desktop.core.prescription.reading import parse_prescription
from piriformis_desktop.core.settings import SettingsStore, flatten
from tests.prescription_files import EXAMPLE

IDS = ["toe-rotation", "leg-crossover", "bent-knee-lift"]


def test_apply_then_undo_gives_back_the_settings_and_takes_it_out_of_force():
    store, _ = SettingsStore.open(paths.settings_path())
    store.update({"weekly_goal": 5})
    before = flatten(store.settings)
    prescription = parse_prescription(EXAMPLE, IDS)
    assert [(d.key, d.before, d.after) for d in differences(store.settings, prescription) if d.changes] == [
        ("weekly_goal", 5, 4), ("exercises.toe-rotation.reps", 10, 12), ("exercises.toe-rotation.hold_seconds", 2, 3)]
    with open_history(paths.history_path()).store as history:
        done = apply_prescription(store, history, prescription)
        assert done.history_error is None and store.settings.exercise("toe-rotation").reps == 12
        assert in_force(history, IDS).prescription == prescription
        undo_prescription(store, history, done)
        assert in_force(history, IDS) is None and applied(history, IDS) == []
    assert flatten(SettingsStore.open(paths.settings_path())[0].settings) == before


def test_steps_taken_and_declined_are_kept_with_date_and_reason():
    store, _ = SettingsStore.open(paths.settings_path())
    with open_history(paths.history_path()).store as history:
        done = apply_prescription(store, history, parse_prescription(EXAMPLE, IDS))
        offer = Offer("toe-rotation", StepKind.UP, 13, 3, 12, 3, "3 good sessions.", None)
        decline_step(history, done.prescription_id, offer, today=date(2026, 12, 5))
        take_step(store, history, done.prescription_id, offer, today=date(2026, 12, 7))
        kept = steps(history, done.prescription_id)
    assert [(s.kind, s.local_date, s.reps, s.reason) for s in kept] == [
        (StepKind.DECLINED, date(2026, 12, 5), 13, "3 good sessions."), (StepKind.UP, date(2026, 12, 7), 13,
                                                                         "3 good sessions.")]
    assert store.settings.exercise("toe-rotation").reps == 13
    assert user_changes(store.settings, parse_prescription(EXAMPLE, IDS), kept) == []  # a step is not a hand change


def test_a_hand_change_past_a_max_is_found_and_marked_as_the_users():
    prescription = parse_prescription(EXAMPLE, IDS)
    assert past_limits(prescription, {"exercises.toe-rotation.reps": 16, "weekly_goal": 9}) == [
        ("exercises.toe-rotation.reps", 16, 15)]
    assert past_limits(prescription, {"exercises.toe-rotation.reps": 15}) == []
    store, _ = SettingsStore.open(paths.settings_path())
    store.update(dict(prescription.values))
    store.update({"exercises.toe-rotation.reps": 16})
    assert user_changes(store.settings, prescription, []) == ["exercises.toe-rotation.reps"]
