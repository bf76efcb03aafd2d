"""Texts of fields: one label per field of a record (``field.<entity>.<field>``), used for
report headings and for the History tab's "Field" column alike."""

from groupdesk.core.messages.registry import texts

from .identity import IDENTITY_FIELDS

say = texts("fields")

MEMBER_FIELDS = {
    "member_number": say("field.member.member_number", "Member number"),
    "full_name": say("field.member.full_name", "Full name"),
    "email": say("field.member.email", "Email"),
    "phone": say("field.member.phone", "Phone"),
    "birth_date": say("field.member.birth_date", "Birth date"),
    "joined_on": say("field.member.joined_on", "Joined on"),
    "paid_until": say("field.member.paid_until", "Paid until"),
    "status": say("field.member.status", "Status"),
    "city": say("field.member.city", "City"),
    "address": say("field.member.address", "Address"),
    "notes": say("field.member.notes", "Notes"),
    "consent_given": say("field.member.consent_given", "Consent"),
    "consent_date": say("field.member.consent_date", "Consent date"),
    "professions": say("field.member.professions", "Professions"),
    "skill_ids": say("field.member.skill_ids", "Skills"),
    "cause_area_ids": say("field.member.cause_area_ids", "Interested in (cause areas)"),
    "availability": say("field.member.availability", "Availability"),
    "custom": say("field.member.custom", "More fields"),
    # a dues reminder sent (declared with the reminders' texts)
    "dues_reminder": "field.member.dues_reminder",
    **IDENTITY_FIELDS,
}

# the fields of each kind of record, by the entity name the audit trail uses
FIELDS = {"member": MEMBER_FIELDS}
