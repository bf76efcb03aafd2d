"""The NIK in finding and merging duplicates: two different NIKs are two people; a merge
moves the NIK to the member kept and an unmerge gives it back."""

from __future__ import annotations

from groupdesk.core.services.duplicates import DuplicateService
from groupdesk.core.services.members import MemberService
from tests.integration.services import pair_world


def _with_nik(db, member_id: int, nik: str | None) -> None:
    members = MemberService(db, today=pair_world.TODAY)
    members.update(members.get(member_id).with_changes(nik=nik))


def test_two_different_niks_are_not_a_duplicate(db) -> None:
    world = pair_world.build(db)
    dupes = DuplicateService(db)
    assert (world.ayu, world.ayu2) in {(p.member_a.id, p.member_b.id) for p in dupes.find()}
    _with_nik(db, world.ayu, "3273015708900002")
    _with_nik(db, world.ayu2, "3273015708900003")
    assert (world.ayu, world.ayu2) not in {(p.member_a.id, p.member_b.id) for p in dupes.find()}


def test_a_merge_moves_the_nik_to_the_member_kept_and_unmerge_gives_it_back(db) -> None:
    world = pair_world.build(db)
    _with_nik(db, world.ayu, "3273015708900002")
    dupes = DuplicateService(db)
    members = MemberService(db, today=pair_world.TODAY)
    result = dupes.merge(world.ayu2, world.ayu)
    assert members.get(world.ayu2).nik == "3273015708900002"
    assert members.get(world.ayu).nik is None
    dupes.unmerge(result)
    assert members.get(world.ayu).nik == "3273015708900002"
    assert members.get(world.ayu2).nik is None


def test_the_member_kept_takes_the_photo_it_lacks_and_unmerge_gives_it_back(db) -> None:
    photo = b"\xff\xd8\xff" + b"\x00" * 40
    world = pair_world.build(db)
    members = MemberService(db, today=pair_world.TODAY)
    members.update(members.get(world.ayu).with_changes(photo=photo))
    dupes = DuplicateService(db)
    result = dupes.merge(world.ayu2, world.ayu)
    assert members.get(world.ayu2).photo == photo
    dupes.unmerge(result)
    assert members.get(world.ayu).photo == photo and members.get(world.ayu2).photo is None
