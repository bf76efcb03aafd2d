"""One open database and everything the program does with it, built in one place.

Every door goes through here: the window builds an :class:`Application` when it shows a
database (``open_with_dialogs`` returns one), and each ``groupdesk`` command that reads or
writes data opens one with :meth:`Application.open`. So the rules that hold for a database as
a whole are applied the same way whichever door opened it: a member whose paid-until date
has passed is lapsed (written down when the database is writable, see
:mod:`groupdesk.core.membership`), the organisation's rules are read from one place, and
every service sees the same clock and the same user.

Pages, dialogs and commands receive the application and take the services they need from
it; none builds a service of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from groupdesk.core import membership
from groupdesk.core.audit.who import who
from groupdesk.core.database import Database, open_database
from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.reports.service import ReportService
from groupdesk.core.scheduling.notices import NoticeService
from groupdesk.core.scheduling.suggestions import SuggestionService
from groupdesk.core.services.backups import BackupService
from groupdesk.core.services.challenges import ChallengeService
from groupdesk.core.services.common import OrgRules
from groupdesk.core.services.credentials import CredentialService
from groupdesk.core.services.custom_fields import CustomFieldService
from groupdesk.core.services.dashboard import DashboardService
from groupdesk.core.services.duplicates import DuplicateService
from groupdesk.core.services.lookups import Lookups
from groupdesk.core.services.member_finder import MemberFinder
from groupdesk.core.services.members import MemberService
from groupdesk.core.services.organisation import OrganisationService
from groupdesk.core.services.personal_data import PersonalDataService
from groupdesk.core.services.professions import ProfessionService
from groupdesk.core.services.projects import ProjectService
from groupdesk.core.services.roster import RosterService
from groupdesk.core.services.shifts import ShiftService
from groupdesk.core.services.signups import SignUpService

Clock = Callable[[], dt.datetime]


class Application:
    """The services of one open database, the organisation's rules and the current user.

    Build it with :meth:`open` (opens the database too) or over a :class:`Database` that is
    already open; either way the membership rule is brought up to date first.
    ``clock`` gives the organisation's "now" to the scheduling services (tests pin it).
    """

    def __init__(
        self, db: Database, *, user: str | None = None, clock: Clock | None = None
    ) -> None:
        self.db = db
        # Who the audit trail names: the computer's account on a file, the role on a server.
        with db.engine.connect() as conn:
            self.user = user or who(conn)
        # Opened for writing by any door: the statuses are written as of today. A read-only
        # database is not written; its readers compute the same rule in their queries.
        membership.bring_up_to_date(db)
        # Members
        self.members = MemberService(db)
        self.roster = RosterService(db)
        self.lookups = Lookups(db)
        self.custom_fields = CustomFieldService(db)
        self.member_finder = MemberFinder(db)
        self.duplicates = DuplicateService(db)
        self.personal_data = PersonalDataService(db)
        # Professions, scheduling, challenges
        self.professions = ProfessionService(db)
        self.projects = ProjectService(db)
        self.shifts = ShiftService(db)
        self.signups = SignUpService(db, clock=clock)
        self.suggestions = SuggestionService(db)
        self.notices = NoticeService(db)
        self.challenges = ChallengeService(db)
        # The database as a whole
        self.dashboard = DashboardService(db)
        self.reports = ReportService(db)
        self.backups = BackupService(db)
        self.organisation = OrganisationService(db)
        self.dues = DuesService(db)
        self.credentials = CredentialService(db)

    @classmethod
    def open(
        cls,
        target: str | Path | None = None,
        *,
        user: str | None = None,
        clock: Clock | None = None,
        **how: Any,
    ) -> Application:
        """Open the database at ``target`` (see :func:`open_database` for ``how``: create,
        read_only, backup_dir, lock_factory, daily_backup) and build its application.

        Raises the :class:`~groupdesk.core.database.DatabaseError` the opening raises; if
        building fails after the database was opened, it is closed again.
        """
        db = open_database(target, **how)
        try:
            return cls(db, user=user, clock=clock)
        except BaseException:
            db.close()
            raise

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def rules(self) -> OrgRules:
        """The organisation's scheduling rules as they are saved now."""
        return self.organisation.rules()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Application:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


__all__ = ["Application", "Clock"]
