"""Guessing which column is which from the headings people actually use."""

from __future__ import annotations

import pytest

from groupdesk.core.spreadsheet.mapping import guess_mapping, header_signature, normalise_header
from groupdesk.core.spreadsheet.synonyms import SYNONYMS


def test_indonesian_member_sheet() -> None:
    headers = [
        "No. Anggota",
        "Nama Lengkap",
        "Tempat, Tanggal Lahir",
        "No HP",
        "E-mail",
        "Kabupaten/Kota",
        "Iuran s/d",
        "Profesi",
        "No. STR",
        "STR Berlaku s/d",
        "Keterangan",
        "Keahlian",
        "Bidang Minat",
        "Tanggal Bergabung",
        "Status",
        "Alamat",
    ]
    mapping = guess_mapping(headers, "members")
    assert [mapping.get(i) for i in range(len(headers))] == [
        "member_number",
        "full_name",
        "ttl",
        "phone",
        "email",
        "city",
        "paid_until",
        "profession",
        "licence_number",
        "licence_valid_until",
        "notes",
        "skills",
        "interests",
        "joined_on",
        "status",
        "address",
    ]


def test_churchcrm_english_export() -> None:
    headers = [
        "FamilyID",
        "LastName",
        "FirstName",
        "Address1",
        "City",
        "State",
        "Zip",
        "Email",
        "BirthDate",
        "HomePhone",
        "MembershipDate",
    ]
    mapping = guess_mapping(headers, "members")
    assert mapping == {
        1: "last_name",
        2: "first_name",
        3: "address",
        4: "city",
        5: "province",
        6: "postal_code",
        7: "email",
        8: "birth_date",
        9: "phone",
        10: "joined_on",
    }


def test_case_punctuation_and_typos() -> None:
    mapping = guess_mapping(
        ["NAMA  LENGKAP", "tgl. lahir", "Tangal Lahir", "WA", "e_mail"], "members"
    )
    assert mapping == {0: "full_name", 1: "birth_date", 3: "phone", 4: "email"}
    assert guess_mapping(["Nomr Anggota", "Pekerjan"], "members") == {
        0: "member_number",
        1: "profession",
    }


def test_duplicate_headings_map_only_once() -> None:
    assert guess_mapping(["FirstName", "FirstName (2)"], "members") == {0: "first_name"}


def test_unknown_headings_are_left_for_a_person() -> None:
    assert guess_mapping(["Golongan Darah", "Ukuran Kaos", ""], "members") == {}


@pytest.mark.parametrize(
    ("kind", "headers", "expected"),
    [
        (
            "projects",
            ["Nama Kegiatan", "Lokasi", "Mulai", "Selesai", "Koordinator"],
            ["name", "location", "start_date", "end_date", "coordinator"],
        ),
        (
            "shifts",
            ["Kegiatan", "Giliran", "Tanggal", "Jam Mulai", "Jam Selesai", "Kuota"],
            ["project", "title", "date", "start_time", "end_time", "max_volunteers"],
        ),
        (
            "signups",
            ["NIA", "Nama Relawan", "Giliran", "Kehadiran", "Jumlah Jam"],
            ["member_number", "full_name", "shift", "status", "hours"],
        ),
        (
            "challenges",
            ["Tantangan", "Kategori", "Tingkat", "Proyek", "Solusi", "PIC"],
            ["title", "category", "severity", "project", "mitigation_notes", "owner"],
        ),
    ],
)
def test_other_kinds(kind: str, headers: list[str], expected: list[str]) -> None:
    mapping = guess_mapping(headers, kind)
    assert [mapping.get(i) for i in range(len(headers))] == expected


def test_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown import kind"):
        guess_mapping(["Nama"], "donations")


def test_every_synonym_maps_to_its_own_field() -> None:
    for kind, fields in SYNONYMS.items():
        for field, synonyms in fields.items():
            for synonym in synonyms:
                assert guess_mapping([synonym], kind) == {0: field}, (kind, synonym)


def test_header_signature_ignores_order_case_and_punctuation() -> None:
    a = header_signature(["Nama", "No. HP", "E-mail"])
    b = header_signature(["e-mail", "NAMA", "No HP"])
    assert a == b == "e mail|nama|no hp"
    assert header_signature(["Nama", "Kota"]) != a
    assert normalise_header("Iuran s/d") == "iuran sd"


def test_valid_until_after_a_licence_number_is_the_licence_expiry() -> None:
    # "No. STR | Berlaku s/d" is how health workers' rosters give a registration's expiry
    assert guess_mapping(["Nama", "No. STR", "Berlaku s/d"], "members")[2] == (
        "licence_valid_until"
    )
    assert guess_mapping(["Nama", "No. SIP", "Berlaku Sampai"], "members")[2] == (
        "licence_valid_until"
    )
    # elsewhere "valid until" is the membership's, as before
    assert guess_mapping(["Nama", "Berlaku s/d"], "members")[1] == "paid_until"
    assert guess_mapping(["No. STR", "Kota", "Berlaku s/d"], "members")[2] == "paid_until"
    # dues and licence side by side: each gets its own
    mapping = guess_mapping(["Iuran s/d", "No. STR", "Berlaku s/d"], "members")
    assert mapping == {0: "paid_until", 1: "licence_number", 2: "licence_valid_until"}
    # a heading that says it outright wins; the bare one then is the membership's again
    mapping = guess_mapping(["No. STR", "Berlaku s/d", "STR Berlaku s/d"], "members")
    assert mapping[2] == "licence_valid_until" and mapping[1] == "paid_until"
    mapping = guess_mapping(["Nama", "No. STR", "Expiry", "STR berlaku sampai"], "members")
    assert mapping[2] == "paid_until" and mapping[3] == "licence_valid_until"
