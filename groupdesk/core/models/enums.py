"""The enumerations, kept where the schema modules have always found them.

They live in :mod:`groupdesk.core.enums`, which the GUI reads without importing the ORM.
"""

from groupdesk.core.enums import (
    PLACE_STATES,
    AssignmentStatus,
    AuditAction,
    ChallengeGroup,
    ChallengeStatus,
    CustomFieldType,
    Education,
    Gender,
    MemberStatus,
    ProjectStatus,
    Severity,
    ShiftStatus,
    values,
)

__all__ = [
    "PLACE_STATES",
    "AssignmentStatus",
    "AuditAction",
    "ChallengeGroup",
    "ChallengeStatus",
    "CustomFieldType",
    "Education",
    "Gender",
    "MemberStatus",
    "ProjectStatus",
    "Severity",
    "ShiftStatus",
    "values",
]
