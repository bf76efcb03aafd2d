"""Enumerated values stored as plain text, so reports and other programs can read them.

Each is a ``StrEnum`` whose value is what the database holds; labels for people live in the UI.
They live outside the ORM package so that the GUI can name a status without touching the
database schema (``groupdesk.core.models`` re-exports them).
"""

from __future__ import annotations

from enum import StrEnum


class MemberStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    LAPSED = "lapsed"
    LEFT = "left"


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ShiftStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


class AssignmentStatus(StrEnum):
    SIGNED_UP = "signed_up"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


# Sign-ups that are or were on the shift and hold one of its places: every "signed up"
# count (calendar, dashboard, reports, capacity) uses these, so attending never makes a
# full shift look empty.
PLACE_STATES = (
    AssignmentStatus.SIGNED_UP.value,
    AssignmentStatus.CONFIRMED.value,
    AssignmentStatus.ATTENDED.value,
)


class ChallengeStatus(StrEnum):
    OPEN = "open"
    MITIGATING = "mitigating"
    RESOLVED = "resolved"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ChallengeGroup(StrEnum):
    """Whom a challenge category concerns, after the domain articles."""

    OCCUPATIONAL = "occupational"
    VOLUNTEER = "volunteer"
    GENERAL = "general"


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    MERGE = "merge"
    ANONYMISE = "anonymise"
    IMPORT = "import"


class Gender(StrEnum):
    """As the KTP records it: L (laki-laki) or P (perempuan)."""

    MALE = "male"
    FEMALE = "female"


class Education(StrEnum):
    """Highest education, in the Indonesian ladder from senior high school to specialist."""

    SMA = "sma"
    D3 = "d3"
    D4 = "d4"
    S1 = "s1"
    PROFESI = "profesi"
    S2 = "s2"
    S3 = "s3"
    SPESIALIS = "sp"


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(m.value for m in enum)
