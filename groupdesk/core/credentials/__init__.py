"""Credentials (STR, SIP, certificates) with their renewals, and continuing-education credits
(SKP, Satuan Kredit Profesi): what a member holds, what they earned within their licence's
validity, and who is at risk of a licence ending without enough credits."""

from .credits import add_activity, award_credits
from .kinds import add_kind, kinds_of
from .licence import sync_licence
from .progress import AtRisk, Progress, at_risk, progress
from .register import CredentialRow, add_credential, credentials_of, renew_credential

__all__ = [
    "AtRisk",
    "CredentialRow",
    "Progress",
    "add_activity",
    "add_credential",
    "add_kind",
    "at_risk",
    "award_credits",
    "credentials_of",
    "kinds_of",
    "progress",
    "renew_credential",
    "sync_licence",
]
