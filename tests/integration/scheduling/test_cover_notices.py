"""The cover finder leaves out nobody but puts whoever just cancelled last, and the messages a
coordinator sends say the truth about the shift and whom to call."""

from __future__ import annotations

from dataclasses import replace

from groupdesk.core.scheduling.notices import NoticeService
from groupdesk.core.scheduling.suggestions import suggest
from groupdesk.core.services.common import load_rules, save_rules

from .conftest import NOW, at


def _coordinator(sched, phone: str | None = "0811 2222 3333") -> int:
    coordinator = sched.member("Pak Joko", phone=phone)
    data = sched.projects.get(sched.project_id)
    sched.projects.update(sched.project_id, replace(data, coordinator_id=coordinator))
    return coordinator


def _set_contact_phone(sched, phone: str) -> None:
    with sched.db.transaction() as s:
        save_rules(s, replace(load_rules(s), contact_phone=phone))


def test_people_who_cancelled_this_shift_come_last_with_the_reason(sched):
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=3, max_volunteers=3)
    window = ((0, 7, 13),)
    quitters = [sched.member(f"Quit {i}", windows=window) for i in range(3)]
    fresh = sched.member("Zainal", windows=window)
    for m in quitters:
        sched.signups.cancel(sched.signups.sign_up(shift, m).assignment_id)
    with sched.db.session() as s:
        found = suggest(s, shift, now=NOW)
    assert [x.name for x in found] == ["Zainal", "Quit 0", "Quit 1", "Quit 2"]
    assert found[0].member_id == fresh and not found[0].cancelled
    assert all(x.cancelled for x in found[1:])
    assert found[1].reasons[0].kind == "cancelled" and not found[1].reasons[0].good
    assert found[1].reasons[0].message.code == "fit.cancelled"


def test_full_shift_message_offers_the_waiting_list_not_room_for_zero(sched):
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=2, max_volunteers=2)
    for name in ("Ani", "Budi", "Citra"):
        sched.signups.sign_up(shift, sched.member(name))
    _coordinator(sched)
    notices = NoticeService(sched.db)
    text = notices.cover_message(shift)
    assert "tempat untuk 0" not in text
    assert "Shift ini sudah penuh (1 orang sudah menunggu)." in text
    assert "daftar tunggu" in text
    assert "hubungi Pak Joko (0811 2222 3333)" in text
    sched.settings(language="en")
    english = notices.cover_message(shift)
    assert "Room for 0" not in english and "This shift is full" in english
    assert "or call Pak Joko (0811 2222 3333)" in english


def test_organisation_contact_phone_goes_into_every_message(sched):
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=2, max_volunteers=3)
    _coordinator(sched, phone=None)
    _set_contact_phone(sched, "0812-9999-0000")
    text = NoticeService(sched.db).cover_message(shift)
    assert "Masih dibutuhkan: 2 orang lagi" in text
    assert "hubungi Pak Joko (0812-9999-0000)" in text


def test_messages_for_the_promoted_wait_lister_and_the_removed_volunteer(sched):
    shift = sched.shift(at(0, 8), at(0, 12), max_volunteers=1, location="Posko Bekasi")
    _coordinator(sched)
    first = sched.signups.sign_up(shift, sched.member("Ani")).assignment_id
    waiting = sched.signups.sign_up(shift, sched.member("Budi")).assignment_id
    promoted = sched.signups.cancel(first)
    assert promoted == [waiting]
    notices = NoticeService(sched.db)
    moved_up = notices.promoted(waiting)
    assert moved_up.startswith("Halo Budi, kabar baik!")
    assert "Senin, 7 Januari 2030, pukul 08.00–12.00 WIB" in moved_up
    assert "Tempat: Posko Bekasi" in moved_up
    assert "Pak Joko (0811 2222 3333)" in moved_up
    removed = notices.removed(first)
    assert removed.startswith("Halo Ani, pendaftaran Anda untuk *Posko Banjir*")
    assert "telah dibatalkan" in removed and "Pak Joko (0811 2222 3333)" in removed
    sched.settings(language="en")
    assert notices.promoted(waiting).startswith("Hello Budi, good news!")
    assert "has been cancelled" in notices.removed(first)
