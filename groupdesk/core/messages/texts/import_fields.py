"""Texts of the fields an import fills (the labels of the import's columns), for the import's
error report and the command line; the window shows the same labels."""

from groupdesk.core.messages.registry import texts

from .identity import IMPORT_LABELS

say = texts("import_fields")

# By English label: the importer's field tables name each field by its English label.
LABELS = {
    "Activity": say("import_field.activity", "Activity"),
    "Activity date": say("import_field.activity_date", "Activity date"),
    "Activity kind": say("import_field.activity_kind", "Activity kind"),
    "Credits (SKP)": say("import_field.credits_skp", "Credits (SKP)"),
    "Organiser": say("import_field.organiser", "Organiser"),
    "Credit or debit": say("import_field.credit_or_debit", "Credit or debit"),
    "Amount": say("import_field.amount", "Amount"),
    "Member phone": say("import_field.member_phone", "Member phone"),
    "Payment date": say("import_field.payment_date", "Payment date"),
    "Payment method": say("import_field.payment_method", "Payment method"),
    "Reference": say("import_field.reference", "Reference"),
    "Address": say("import_field.address", "Address"),
    "Birth date": say("import_field.birth_date", "Birth date"),
    "Category": say("import_field.category", "Category"),
    "Cause area": say("import_field.cause_area", "Cause area"),
    "Checked in at": say("import_field.checked_in_at", "Checked in at"),
    "Checked out at": say("import_field.checked_out_at", "Checked out at"),
    "City": say("import_field.city", "City"),
    "Concerns member": say("import_field.concerns_member", "Concerns member"),
    "Coordinator (member number or name)": say(
        "import_field.coordinator_member_number_or_name", "Coordinator (member number or name)"
    ),
    "Date": say("import_field.date", "Date"),
    "Description": say("import_field.description", "Description"),
    "Dues paid until": say("import_field.dues_paid_until", "Dues paid until"),
    "Email": say("import_field.email", "Email"),
    "End date": say("import_field.end_date", "End date"),
    "End time": say("import_field.end_time", "End time"),
    "First name": say("import_field.first_name", "First name"),
    "Full name": say("import_field.full_name", "Full name"),
    "Hours": say("import_field.hours", "Hours"),
    "Interests": say("import_field.interests", "Interests"),
    "Joined on": say("import_field.joined_on", "Joined on"),
    "Last name": say("import_field.last_name", "Last name"),
    "Licence number": say("import_field.licence_number", "Licence number"),
    "Licence valid until": say("import_field.licence_valid_until", "Licence valid until"),
    "Location": say("import_field.location", "Location"),
    "Maximum volunteers": say("import_field.maximum_volunteers", "Maximum volunteers"),
    "Member email": say("import_field.member_email", "Member email"),
    "Member name": say("import_field.member_name", "Member name"),
    "Member number": say("import_field.member_number", "Member number"),
    "Minimum volunteers": say("import_field.minimum_volunteers", "Minimum volunteers"),
    "Mitigation notes": say("import_field.mitigation_notes", "Mitigation notes"),
    "Notes": say("import_field.notes", "Notes"),
    "Owner": say("import_field.owner", "Owner"),
    "Partner organisation": say("import_field.partner_organisation", "Partner organisation"),
    "Phone": say("import_field.phone", "Phone"),
    "Physically demanding": say("import_field.physically_demanding", "Physically demanding"),
    "Place and date of birth": say(
        "import_field.place_and_date_of_birth", "Place and date of birth"
    ),
    "Profession": say("import_field.profession", "Profession"),
    "Professions": say("import_field.professions", "Professions"),
    "Project": say("import_field.project", "Project"),
    "Project name": say("import_field.project_name", "Project name"),
    "Raised on": say("import_field.raised_on", "Raised on"),
    "Required profession": say("import_field.required_profession", "Required profession"),
    "Required skill": say("import_field.required_skill", "Required skill"),
    "Resolved on": say("import_field.resolved_on", "Resolved on"),
    "Severity": say("import_field.severity", "Severity"),
    "Shift date": say("import_field.shift_date", "Shift date"),
    "Shift start time": say("import_field.shift_start_time", "Shift start time"),
    "Skills": say("import_field.skills", "Skills"),
    "Start date": say("import_field.start_date", "Start date"),
    "Start time": say("import_field.start_time", "Start time"),
    "Status": say("import_field.status", "Status"),
    "Title": say("import_field.title", "Title"),
    **IMPORT_LABELS,
}
