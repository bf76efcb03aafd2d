"""``groupdesk gui --self-test``: the window opens, says what it found and closes again; the
bundle's build check relies on it to notice lost icons, translations or time zones."""

from __future__ import annotations

from groupdesk.cli import build_parser, main
from groupdesk.core.demo import generate_demo


def test_self_test_opens_the_window_in_indonesian_and_closes(
    db, db_path, capsys, monkeypatch
) -> None:
    generate_demo(db, members=30, shifts=5)
    db.close()
    monkeypatch.setenv("GROUPDESK_LANG", "id")
    code = main(["--db", str(db_path), "gui", "--self-test"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0, lines
    assert "language: id" in lines
    assert "menus: Berkas, Sunting, Tampilan, Bantuan" in lines
    assert any(line.startswith("icons: ") and "0 of" not in line for line in lines)
    assert any(line.startswith("time zones: ") and "Asia/Jakarta found" in line for line in lines)
    assert lines[-1] == "self-test: ok"


def test_self_test_is_not_offered_to_users() -> None:
    parser = build_parser()
    gui = parser._subparsers._group_actions[0].choices["gui"]  # type: ignore[union-attr]
    assert "--self-test" not in gui.format_help()
