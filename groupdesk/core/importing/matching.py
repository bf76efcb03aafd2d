"""Finding the member a spreadsheet row stands for: by member number, else NIK, else email,
else name plus birth date.

The key columns of every member are loaded once into dictionaries (a few columns, no ORM
objects), so matching 100,000 rows is 100,000 dictionary lookups.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from groupdesk.core.errors import CellProblem
from groupdesk.core.models import Member
from groupdesk.core.person_names import name_key
from groupdesk.core.text_keys import fold


@dataclass
class MemberIndex:
    by_number: dict[str, int] = field(default_factory=dict)
    by_nik: dict[str, int] = field(default_factory=dict)
    names_by_id: dict[int, str] = field(default_factory=dict)  # of members with a NIK
    trashed: set[int] = field(default_factory=set)
    by_email: dict[str, int] = field(default_factory=dict)
    by_name_birth: dict[tuple[str, dt.date], int] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)
    numbers: set[str] = field(default_factory=set)
    last_number: str | None = None

    @classmethod
    def load(cls, conn: Connection) -> MemberIndex:
        index = cls()
        rows = conn.execute(
            select(
                Member.id,
                Member.member_number,
                Member.email,
                Member.sort_name,
                Member.full_name,
                Member.birth_date,
                Member.deleted_at,
                Member.nik,
            ).order_by(Member.id)
        )
        for member_id, number, email, name, full_name, born, deleted, nik in rows:
            index.numbers.add(number)
            index.last_number = number
            if nik:  # unique, in the trash too: the trash keeps it
                index.by_nik[nik] = member_id
                index.names_by_id[member_id] = full_name
            if deleted is not None:
                index.trashed.add(member_id)
                continue  # the trash keeps its numbers but is not matched by email or name
            index.by_number[number] = member_id
            if email:
                index.by_email.setdefault(email.lower(), member_id)
            if born is not None:
                # titles and degrees aside: "Ns. Ratna, S.Kep" is Ratna born that day
                index.by_name_birth.setdefault((name_key(full_name), born), member_id)
            index.by_name.setdefault(name, []).append(member_id)
        if index.last_number is None:
            index.last_number = conn.execute(select(func.max(Member.member_number))).scalar()
        return index

    def match(
        self,
        number: str | None,
        email: str | None,
        name: str | None,
        born: dt.date | None,
        *,
        nik: str | None = None,
    ) -> tuple[int | None, str | None]:
        """(member id, what matched) or (None, None): by number, NIK, email, then name and
        birth date."""
        if not self.by_number:
            return None, None  # an empty roster: nothing to match (and no name to fold)
        if number and number in self.by_number:
            return self.by_number[number], "member number"
        if nik:
            found = self.by_nik.get(nik)
            if found is not None and found not in self.trashed:
                return found, "NIK"
        if email:
            found = self.by_email.get(email.lower())
            if found is not None:
                return found, "email"
        if name and born is not None:
            found = self.by_name_birth.get((name_key(name), born))
            if found is not None:
                return found, "name and birth date"
        return None, None

    def find_person(
        self, number: str | None, email: str | None, name: str | None, *, nik: str | None = None
    ) -> int:
        """A member for a sign-up, challenge or credit: by number, NIK, email or an
        unambiguous name.

        Raises ValueError saying why no single member was found."""
        if number:
            if number in self.by_number:
                return self.by_number[number]
            raise CellProblem("person.no_number", number=number)
        if nik:
            found = self.by_nik.get(nik)
            if found is not None and found not in self.trashed:
                return found
            raise CellProblem("person.no_nik", nik=nik)
        if email:
            found = self.by_email.get(email.lower())
            if found is not None:
                return found
        if name:
            ids = self.by_name.get(fold(name), [])
            if len(ids) == 1:
                return ids[0]
            if len(ids) > 1:
                raise CellProblem("person.ambiguous", count=len(ids), name=name)
            raise CellProblem("person.no_name", name=name)
        raise CellProblem("person.not_given")


class NumberSequence:
    """New member numbers in the association's own pattern (GD-000301 after GD-000300)."""

    def __init__(self, taken: set[str], last: str | None) -> None:
        import re

        self.taken = taken
        match = re.search(r"(\d+)(?!.*\d)", last or "")
        if last and match:
            self.prefix, self.suffix = last[: match.start()], last[match.end() :]
            self.width, self.next = len(match.group(1)), int(match.group(1)) + 1
        else:
            self.prefix, self.suffix, self.width, self.next = "", "", 1, 1

    def take(self) -> str:
        while True:
            candidate = f"{self.prefix}{self.next:0{self.width}d}{self.suffix}"
            self.next += 1
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate
