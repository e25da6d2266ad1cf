"""The prescription's presenter: File > Open prescription… and Save as prescription…, the Settings banner and
its Undo, the Ready card's note, and the summary's offer of a step.

Built, like the session flow, from its collaborators: the settings store, the history source, the player page
(the card's note, the summary's offer) and the widget its dialogs belong to. It talks back through its own
signals (`notice`, `settings_wanted`); the window wires those and the menu, and is never read from here.
Settings change only through the store, and what was applied and each step go to the history.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from piriformis_desktop.core.history.source import Change, HistoryChange, HistorySource
from piriformis_desktop.core.routine import Routine
from piriformis_desktop.core.settings import Settings, SettingsStore
from piriformis_desktop.ui.prescription.words import setting_name

if TYPE_CHECKING:  # the prescription's core reads the history (sqlite3): loaded once the history is open
    from piriformis_desktop.core.history import HistoryStore
    from piriformis_desktop.core.prescription.applying import Applying
    from piriformis_desktop.core.prescription.book import Applied
    from piriformis_desktop.ui.prescription.offer import OfferPanel
    from piriformis_desktop.ui.prescription.settings_part import PrescriptionBanner
    from piriformis_desktop.ui.session.page import PlayerPage


def _book():
    from piriformis_desktop.core.prescription import book  # sqlite3 comes with it: after the first frame

    return book


def session_has_flag(session) -> bool:
    """The safety flags of core.flags, one rule for History, the report and the progression."""
    from piriformis_desktop.core.prescription.progression import flagged

    return flagged(session)


class PrescriptionPresenter(QObject):
    notice = Signal(str)  # a sentence for the notice bar
    settings_wanted = Signal()  # a prescription was applied: show Settings, where its banner is

    def __init__(self, store: SettingsStore, history: HistorySource, player: PlayerPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget, self.store, self.history, self.player = parent, store, history, player
        self.applied: Applied | None = None
        self.last_applying: Applying | None = None  # what Undo goes back to (this run only)
        self.banner: PrescriptionBanner | None = None
        self.offer: OfferPanel | None = None
        self._by_hand: list[str] = []
        self.run_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted  # tests answer for the user
        self.ask = lambda title, text: QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
        self.tell = lambda title, text: QMessageBox.warning(parent, title, text)
        self.history.subscribe(self._history_changed)
        self.store.subscribe(self._settings_changed)

    @property
    def routine(self) -> Routine:
        """The routine, in the user's language: the store's (never kept here)."""
        return self.store.routine

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.routine.exercises]

    # -- what is in force ----------------------------------------------------------------------
    def refresh(self) -> None:
        self.applied = _book().in_force(self.history.store, self.ids) if self.history.is_open else None
        note = self.applied.prescription.note if self.applied else ""
        self.player.card.set_prescription_note(
            self.tr("From your physiotherapist: {note}").format(note=note) if note else "")
        if self.banner is not None:
            self.banner.show_prescription(self.applied, self.user_changes(), date.today())
            self.banner.undo.setVisible(self.last_applying is not None)

    def user_changes(self) -> list[str]:
        from piriformis_desktop.core.prescription.applying import user_changes

        if self.applied is None:
            return []
        return user_changes(self.store.settings, self.applied.prescription,
                            _book().steps(self.history.store, self.applied.id))

    # -- Settings ------------------------------------------------------------------------------
    def attach_settings(self, pane) -> None:
        """Settings shows the banner above its groups and asks before a value goes past its limit."""
        from piriformis_desktop.ui.prescription.settings_part import PrescriptionBanner

        self.banner = PrescriptionBanner(self.routine)
        self.banner.undo_requested.connect(self.undo)
        pane.layout().insertWidget(0, self.banner)
        pane.confirm_change = self.confirm_change
        self.refresh()

    def confirm_change(self, changes: dict) -> bool:
        from piriformis_desktop.core.prescription.applying import past_limits

        if self.applied is None:
            return True
        past = past_limits(self.applied.prescription, changes)
        if not past:
            return True
        lines = [self.tr("{setting}: {value}, above the {limit} {name} prescribed.").format(
            setting=setting_name(key, self.routine), value=value, limit=limit,
            name=self.applied.prescription.prescribed_by) for key, value, limit in past]
        if not self.ask(self.tr("Go past the prescribed limit?"), "\n".join(
                [*lines, self.tr("It will be marked as your own change, in Settings and in the report.")])):
            return False
        self._by_hand = [key.split(".")[1] for key, _, _ in past]
        return True

    def _settings_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        if self._by_hand and self.applied is not None:
            from piriformis_desktop.core.prescription.applying import record_by_hand

            exercises, self._by_hand = self._by_hand, []
            self._write(lambda: record_by_hand(self._open_history(), self.applied.id, settings, exercises))
        self.refresh()

    # -- applying and undoing ------------------------------------------------------------------
    def choose_and_open(self) -> None:
        from piriformis_desktop.core.prescription.model import SUFFIX

        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Open prescription"), str(Path.home()),
                                              self.tr("Prescriptions (*{suffix});;TOML files (*.toml)").format(
                                                  suffix=SUFFIX))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        """Show what the prescription at `path` changes; apply it if the user agrees. True if applied."""
        from piriformis_desktop.core.prescription.applying import apply_prescription, differences
        from piriformis_desktop.core.prescription.reading import PrescriptionError, read_prescription
        from piriformis_desktop.ui.prescription.apply_dialog import ApplyDialog

        try:
            prescription = read_prescription(path, self.ids)
        except PrescriptionError as error:
            self.tell(self.tr("Prescription not applied"), self.tr("{problem} Nothing was changed.").format(
                problem=error))
            return False
        if not self.history.writable:
            self.tell(self.tr("Prescription not applied"), self.tr(
                "Your history cannot be written, so the prescription could not be kept. Nothing was changed."))
            return False
        dialog = ApplyDialog(prescription, differences(self.store.settings, prescription), self.routine, path.name,
                             self.parent_widget)
        if not self.run_dialog(dialog):
            return False
        try:
            self.last_applying = apply_prescription(self.store, self.history.store, prescription, str(path))
        except PrescriptionError as error:
            self.tell(self.tr("Prescription not applied"), str(error))
            return False
        for problem in (self.last_applying.saved.error, self.last_applying.history_error):
            if problem:
                self.notice.emit(problem)
        self.refresh()
        self.settings_wanted.emit()
        return True

    def undo(self) -> None:
        from piriformis_desktop.core.prescription.applying import undo_prescription

        if self.last_applying is None:
            return
        applying, self.last_applying = self.last_applying, None
        self._write(lambda: undo_prescription(self.store, self.history.store, applying))
        self.refresh()

    def save_as(self) -> None:
        from piriformis_desktop.ui.prescription.save_dialog import SaveDialog

        dialog = SaveDialog(self.store.settings, self.routine, self.applied, self.parent_widget)
        if self.run_dialog(dialog):
            dialog.save()

    # -- the summary's offer -------------------------------------------------------------------
    def _history_changed(self, change: HistoryChange) -> None:
        if change.kind is Change.OPENED:
            self.refresh()
        elif change.kind is Change.CHECKED_IN and self.player.showing_summary():
            self.offer_steps()

    def offer_steps(self) -> None:
        from piriformis_desktop.core.prescription.progression import offers
        from piriformis_desktop.ui.prescription.offer import OfferPanel

        self.refresh()
        if self.applied is None:
            return
        found = offers(self.applied, _book().steps(self.history.store, self.applied.id), self.store.settings,
                       self.history.sessions(), session_has_flag)
        if not found:
            return
        if self.offer is None:
            self.offer = OfferPanel(self.routine)
            self.offer.setMaximumWidth(980)
            self.offer.accepted.connect(self._accept)
            self.offer.declined.connect(self._decline)
            self.player.summary.extra.addWidget(self.offer, 0, Qt.AlignmentFlag.AlignHCenter)
        self.offer.show_offers(found, self.applied.prescription.prescribed_by)
        QTimer.singleShot(0, self.offer.setFocus)  # after the check-in hands focus to "Start a new session"

    def _accept(self, offers) -> None:
        from piriformis_desktop.core.prescription.applying import take_step

        assert self.applied is not None  # offers come only from a prescription in force
        prescription_id = self.applied.id
        for offer in offers:
            self._write(lambda o=offer: take_step(self.store, self._open_history(), prescription_id, o))
        self._summary_line(self.tr("The new dose is saved; it applies from your next session."))

    def _decline(self, offers) -> None:
        from piriformis_desktop.core.prescription.applying import decline_step

        assert self.applied is not None  # offers come only from a prescription in force
        prescription_id = self.applied.id
        for offer in offers:
            self._write(lambda o=offer: decline_step(self._open_history(), prescription_id, o))
        self._summary_line(self.tr("The dose stays as it is."))

    def _summary_line(self, words: str) -> None:
        saved = self.player.summary.saved
        saved.setText(f"{saved.text()} {words}")
        self.player.summary.again.setFocus()

    def _open_history(self) -> HistoryStore:
        store = self.history.store
        assert store is not None  # a prescription in force, and its steps, were read from the open history
        return store

    def _write(self, change) -> None:
        from piriformis_desktop.core.history.record import HistoryError

        try:
            change()
        except HistoryError as error:
            self.notice.emit(str(error))
