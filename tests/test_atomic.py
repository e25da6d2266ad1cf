"""The one atomic-write helper: the old file or the new one, never half of one."""

import os
import stat
import threading

import pytest

from piriformis_desktop.core.atomic import PRIVATE, TargetRefused, current_umask, replacing, write_atomically


def test_a_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "settings.toml"
    target.write_text("old")
    write_atomically(target, "new ✓")
    assert target.read_text("utf-8") == "new ✓"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml"]


def test_a_failure_inside_the_block_keeps_the_old_file(tmp_path):
    target = tmp_path / "history.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), replacing(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]


def test_private_files_are_readable_only_by_the_user(tmp_path):
    target = tmp_path / "journal.json"
    write_atomically(target, b"{}", mode=PRIVATE)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_shared_files_get_the_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "sheet.pdf", b"%PDF")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "sheet.pdf").stat().st_mode) == 0o644


def test_the_folder_is_made_private_when_asked(tmp_path):
    target = tmp_path / "config" / "settings.toml"
    write_atomically(target, "x", make_folder=True)
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


def test_a_missing_folder_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        write_atomically(tmp_path / "nowhere" / "x.csv", "x")


# -- the target as a careful Unix tool treats it ---------------------------------------------------------------

def test_a_symbolic_link_is_written_through_to_its_target(tmp_path):
    """Exporting onto a link changes the file it points at; the link stays a link."""
    (tmp_path / "documents").mkdir()
    real = tmp_path / "documents" / "history.csv"
    real.write_text("old")
    link = tmp_path / "history.csv"
    link.symlink_to(real)
    write_atomically(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new"
    assert sorted(p.name for p in (tmp_path / "documents").iterdir()) == ["history.csv"]


def test_a_read_only_file_is_refused_with_a_sentence_and_kept(tmp_path):
    """A file the user made read-only is not swapped for a writable one (even for root, who could)."""
    target = tmp_path / "report.pdf"
    target.write_text("keep me")
    target.chmod(0o444)
    with pytest.raises(TargetRefused) as refused:
        write_atomically(target, "new")
    assert str(refused.value) == "it is read-only, so it was not replaced"
    assert target.read_text() == "keep me" and stat.S_IMODE(target.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_replaced_document_keeps_its_permissions(tmp_path):
    """Replacing an export the user shared with a group (0640) keeps it 0640, whatever the umask says."""
    target = tmp_path / "sessions.csv"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(TargetRefused, match="it is a folder"):
        write_atomically(tmp_path, "x")


def test_a_named_pipe_is_written_into_not_replaced(tmp_path):
    """A document sent to a FIFO flows through it (as `cp` would write it); the FIFO stays a FIFO."""
    fifo = tmp_path / "printer"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomically(fifo, b"%PDF-1.4 sheet")
    reader.join(timeout=10)
    assert received == [b"%PDF-1.4 sheet"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["printer"]


def test_the_apps_own_files_never_go_to_a_pipe(tmp_path):
    """Settings or the journal (PRIVATE) are only ever regular files: a FIFO in their place is refused."""
    fifo = tmp_path / "settings.toml"
    os.mkfifo(fifo)
    with pytest.raises(TargetRefused, match="not a regular file"):
        write_atomically(fifo, "x", mode=PRIVATE)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("name", ["-", "/dev/stdout"])
def test_dash_and_dev_stdout_mean_standard_output(name, capsys, tmp_path, monkeypatch):
    """`-` and /dev/stdout are the stream, not a file named "-" nor a replaced /dev/stdout."""
    monkeypatch.chdir(tmp_path)
    write_atomically(name, "started_at\n")
    assert capsys.readouterr().out == "started_at\n"
    assert list(tmp_path.iterdir()) == []


def test_the_umask_is_read_without_changing_it():
    old = os.umask(0o027)
    try:
        assert current_umask() == 0o027
    finally:
        os.umask(old)
