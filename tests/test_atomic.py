"""The one atomic-write helper: the old file or the new one, never half of one."""

import os
import stat

import pytest

from piriformis_desktop.core.atomic import PRIVATE, replacing, write_atomically


def test_a_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "settings.toml"
    target.write_text("old")
    write_atomically(target, "new ✓")
    assert target.read_text("utf-8") == "new ✓"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml"]


def test_a_failure_inside_the_block_keeps_the_old_file(tmp_path):
    target = tmp_path / "history.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with replacing(target) as temporary:
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
