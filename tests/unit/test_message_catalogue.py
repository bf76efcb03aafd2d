"""The core's message catalogues: every code said in every language, the .po files in step
with the English sources, plural forms, and values written the reader's way."""

from __future__ import annotations

import datetime as dt
import re
import string
from decimal import Decimal

import pytest

from groupdesk.core.errors import ValidationError
from groupdesk.core.messages import Message, catalogue
from groupdesk.core.messages.catalogue import Catalogue
from groupdesk.core.messages.po_update import update
from groupdesk.core.messages.sources import sources

TRANSLATED = ["id"]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_po_files_are_in_step_with_the_sources(tmp_path):
    """`make messages` would change nothing: no code lacks an entry, none is left over."""
    import shutil

    from groupdesk.core.messages.po_update import ROOT

    for language in TRANSLATED:
        shutil.copytree(ROOT / language, tmp_path / language)
        assert update(language, tmp_path) == [], "run `make messages` and translate"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_code_is_translated_for_its_current_english(language):
    cat = Catalogue(language)
    missing = [
        code
        for code, source in sources().items()
        if code not in cat.translations
        or cat.translations[code][:2] != (source.singular, source.plural)
    ]
    assert missing == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_name_the_same_parameters(language):
    cat = Catalogue(language)
    for code, source in sources().items():
        wanted = _fields(source.singular) | _fields(source.plural or "")
        for form in cat.translations[code][2]:
            assert _fields(form) <= wanted | {"count"}, (code, form)


def test_plural_forms_follow_the_language():
    msg = Message("member.count", {"count": 3})
    assert catalogue("en").text(msg) == "3 members"
    assert catalogue("en").text("member.count", count=1) == "1 member"
    assert catalogue("id").text(msg) == "3 anggota"
    assert catalogue("id").text("member.count", count=1200) == "1.200 anggota"


def test_values_are_written_the_readers_way():
    ind, eng = catalogue("id"), catalogue("en")
    assert ind.money(150000) == "Rp 150.000"
    assert eng.money(150000) == "Rp 150,000"
    assert ind.money(Decimal("-2500")) == "-Rp 2.500"
    assert ind.number(1234.5) == "1.234,5"
    assert ind.date(dt.date(2026, 8, 17), "long") == "17 Agustus 2026"
    assert eng.date(dt.date(2026, 8, 17), "long") == "17 August 2026"
    assert ind.date(dt.date(2026, 8, 17), "short") == "17/08/2026"


def test_a_refusal_carries_a_code_and_is_said_in_each_language():
    err = ValidationError("status", "challenge.open_actions", count=2)
    assert err.field == "status" and err.code == "challenge.open_actions"
    assert err.params == {"count": 2}
    assert "2 mitigation actions" in str(err)
    indonesian = catalogue("id").text(err.message)
    assert "2" in indonesian and "mitigation" not in indonesian


def test_languages_are_read_from_locale_names():
    assert catalogue("id_ID.UTF-8").language == "id"
    assert catalogue("in").language == "id"
    assert catalogue("en_GB").language == "en"
    assert catalogue("fr").language == "id"  # the default, GroupDesk's first users


def test_the_pseudo_language_accents_every_letter_but_keeps_values():
    said = catalogue("qps").text("challenge.unknown_member", text="Agus")
    assert "Agus" in said
    assert not re.search(r"\b(No|member|called|list)\b", said)


def test_every_field_an_import_fills_has_a_label_in_the_catalogue() -> None:
    """A new import field gets its label in every language (the error report and the command
    line name fields by it), not the English of the field table."""
    from groupdesk.core.importing.fields import FIELDS
    from groupdesk.core.messages.texts.import_fields import LABELS

    labels = {field.label for fields in FIELDS.values() for field in fields}
    assert sorted(labels - set(LABELS)) == []
