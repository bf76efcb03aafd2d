"""Saved mappings come back for a file with the same headers, whatever their order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from groupdesk.core.importing import ImportPlan, prepare
from groupdesk.core.importing.templates import find_templates, save_template

from .helpers import cli, members, write_book


def test_a_template_is_found_again_and_used_by_the_cli(db, tmp_path: Path) -> None:
    headers = ["Kode", "Siapa", "Kontak Surel"]  # nothing the guesser knows
    save_template(
        db, "Ekspor bulanan", "members", headers, {0: "member_number", 1: "full_name", 2: "email"}
    )
    shuffled = ["kontak surel", "KODE", "Siapa"]
    [found] = find_templates(db, "members", shuffled)
    assert found.mapping_for(shuffled) == {0: "email", 1: "member_number", 2: "full_name"}
    assert find_templates(db, "projects", shuffled) == []
    assert find_templates(db, "members", [*shuffled, "Kota"]) == []
    path = write_book(tmp_path / "a.xlsx", [shuffled, ["ayu@contoh.or.id", "K-1", "Ayu"]])
    code, _out, err = cli(
        "--db", str(db.path), "import", "members", str(path), "--mapping", "Ekspor bulanan"
    )
    assert code == 0, err
    assert members(db)["K-1"]["email"] == "ayu@contoh.or.id"


def test_a_json_mapping_file(db, tmp_path: Path) -> None:
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Siapa": "full_name", "Kode": "member_number"}))
    path = write_book(tmp_path / "a.xlsx", [["Kode", "Siapa"], ["K-9", "Budi"]])
    code, _, err = cli(
        "--db", str(db.path), "import", "members", str(path), "--mapping", str(mapping)
    )
    assert code == 0, err
    assert members(db)["K-9"]["full_name"] == "Budi"


def test_a_field_given_two_columns_is_refused_before_anything_is_read(db, tmp_path: Path) -> None:
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Siapa": "full_name", "HP": "phone", "Telepon": "phone"}))
    path = write_book(tmp_path / "a.xlsx", [["Siapa", "HP", "Telepon"], ["Budi", "0812", "0813"]])
    code, _, err = cli(
        "--db", str(db.path), "import", "members", str(path), "--mapping", str(mapping)
    )
    assert code == 2
    assert err.count("\n") == 1 and "one column only: phone" in err
    assert members(db) == {}


def test_prepare_refuses_a_mapping_that_gives_a_field_two_columns(db, tmp_path: Path) -> None:
    path = write_book(tmp_path / "a.xlsx", [["Nama", "Lahir", "Lahir (2)"], ["Ani", 1, 2]])
    plan = ImportPlan("members", path, mapping={0: "full_name", 1: "birth_date", 2: "birth_date"})
    with pytest.raises(ValueError, match="one column only: birth_date"):
        prepare(db, plan)
