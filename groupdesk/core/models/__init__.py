"""The whole domain schema; import models from here."""

from .audit import AuditEntry
from .base import NAMING_CONVENTION, Base, utcnow
from .challenge import Challenge, ChallengeCategory, MitigationAction
from .custom_field import CustomField, CustomFieldValue
from .enums import (
    AssignmentStatus,
    AuditAction,
    ChallengeGroup,
    ChallengeStatus,
    CustomFieldType,
    MemberStatus,
    ProjectStatus,
    Severity,
    ShiftStatus,
)
from .import_template import ImportTemplate
from .member import (
    AvailabilityWindow,
    CauseArea,
    Member,
    MemberInterest,
    MemberPhoto,
    MemberProfession,
    MemberSkill,
    Skill,
)
from .organisation import DEFAULT_PHONE_COUNTRY, DEFAULT_TIME_ZONE, OrganisationSettings
from .profession import Profession
from .volunteering import (
    Assignment,
    ProjectRequiredProfession,
    ProjectRequiredSkill,
    Shift,
    VolunteerProject,
)

__all__ = [
    "DEFAULT_PHONE_COUNTRY",
    "DEFAULT_TIME_ZONE",
    "NAMING_CONVENTION",
    "Assignment",
    "AssignmentStatus",
    "AuditAction",
    "AuditEntry",
    "AvailabilityWindow",
    "Base",
    "CauseArea",
    "Challenge",
    "ChallengeCategory",
    "ChallengeGroup",
    "ChallengeStatus",
    "CustomField",
    "CustomFieldType",
    "CustomFieldValue",
    "ImportTemplate",
    "Member",
    "MemberInterest",
    "MemberPhoto",
    "MemberProfession",
    "MemberSkill",
    "MemberStatus",
    "MitigationAction",
    "OrganisationSettings",
    "Profession",
    "ProjectRequiredProfession",
    "ProjectRequiredSkill",
    "ProjectStatus",
    "Severity",
    "Shift",
    "ShiftStatus",
    "Skill",
    "VolunteerProject",
    "utcnow",
]
from .credential import (  # noqa: F401  (registered on the metadata)
    Credential,
    CredentialKind,
    CreditActivity,
    CreditAward,
    CreditCategoryRule,
)
from .dues import (  # noqa: F401  (registered on the metadata)
    ClosedPeriod,
    LedgerAllocation,
    LedgerEntry,
    MembershipFee,
    MembershipType,
    MemberTypeAssignment,
    ReceiptCounter,
)
