"""Texts of exported files: report titles, sheet names, column headings, the About sheet,
page footers, the calendar's events, and the words for stored status values.

Headings are coded by field (``report.heading.<slug of the English heading>``) so that one
heading reads the same in every report and the importer can recognise it on the way back.
"""

from groupdesk.core.messages.registry import texts

from .identity import IDENTITY_ENUMS, IDENTITY_FILTERS, IDENTITY_HEADINGS

say = texts("reports")

# report titles, by report key
TITLES = {
    "members": say("report.title.members", "Member roster"),
    "professions": say("report.title.professions", "Professions and licences"),
    "schedule": say("report.title.schedule", "Shift schedule"),
    "hours": say("report.title.hours", "Volunteer hours"),
    "understaffed": say("report.title.understaffed", "Understaffed shifts"),
    "challenges": say("report.title.challenges", "Challenges register"),
    "signin": say("report.title.signin", "Sign-in sheet"),
}

# sheet names, by the English name the report builders give (at most 31 characters)
SHEETS = {
    "Members": say("report.sheet.members", "Members"),
    "Licences": say("report.sheet.licences", "Licences"),
    "Schedule": say("report.sheet.schedule", "Schedule"),
    "Understaffed": say("report.sheet.understaffed", "Understaffed"),
    "Challenges": say("report.sheet.challenges", "Challenges"),
    "Actions": say("report.sheet.actions", "Actions"),
    "Sign-in": say("report.sheet.signin", "Sign-in"),
    "Detail": say("report.sheet.detail", "Detail"),
    "By Member": say("report.sheet.by_member", "By Member"),
    "By Project": say("report.sheet.by_project", "By Project"),
    "By Month": say("report.sheet.by_month", "By Month"),
    "Required Hours": say("report.sheet.required_hours", "Required Hours"),
}

_HEADINGS = (
    "Action",
    "Address",
    "Birth Date",
    "Capacity",
    "Category",
    "Challenge",
    "Challenge No.",
    "City",
    "Date",
    "Day",
    "Days Left",
    "Days Open",
    "Description",
    "Done On",
    "Due On",
    "Email",
    "End",
    "Full Name",
    "Group",
    "Hours",
    "Hours Required",
    "No.",
    "Date Joined",
    "Licence Number",
    "Licence Status",
    "Licence Valid Until",
    "Location",
    "Member",
    "Member Number",
    "Membership Type",
    "Mitigating Since",
    "Mitigation Notes",
    "Month",
    "Needed",
    "Notes",
    "Open Actions",
    "Owner",
    "Paid Until",
    "Phone",
    "Profession",
    "Project",
    "Qualification",
    "Raised On",
    "Requires",
    "Resolved On",
    "Severity",
    "Shift ID",
    "Shifts Served",
    "Shifts",
    "Shortfall",
    "Short By",
    "Signed Up",
    "Signature",
    "Start",
    "Status",
    "Time In",
    "Volunteers",
    "Week Of",
)


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_")


# column headings, by the English heading the report builders give
HEADINGS = {
    **{text: say(f"report.heading.{_slug(text)}", text) for text in _HEADINGS},
    **IDENTITY_HEADINGS,
}

# the filters in words (About sheet, PDF heading)
FILTERS = {
    "Project": say("report.filter.project", "Project"),
    "Period": say("report.filter.period", "Period"),
    "Status": say("report.filter.status", "Status"),
    "Member": say("report.filter.member", "Member"),
    "Search": say("report.filter.search", "Search"),
    "Statuses": say("report.filter.statuses", "Statuses"),
    "City": say("report.filter.city", "City"),
    "Profession id": say("report.filter.profession_id", "Profession id"),
    "Skill id": say("report.filter.skill_id", "Skill id"),
    "Cause area id": say("report.filter.cause_area_id", "Cause area id"),
    "Licence expiring within (days)": say(
        "report.filter.licence_days", "Licence expiring within (days)"
    ),
    "Renewal due within (days)": say("report.filter.renewal_days", "Renewal due within (days)"),
    "Custom field value": say("report.filter.custom_value", "Custom field value"),
    "Trash": say("report.filter.trash", "Trash"),
    "Shift": say("report.filter.shift", "Shift"),
    "Location": say("report.filter.location", "Location"),
    "Shift ID": say("report.filter.shift_id", "Shift ID"),
    "Expiry counted from": say("report.filter.expiry_from", "Expiry counted from"),
    **IDENTITY_FILTERS,
}
say("report.period.from", "from {day}")
say("report.period.until", "until {day}")
say("report.value.yes", "yes")

# the About sheet, totals and printed pages
say("report.about.sheet", "About this report", comment="sheet name, at most 31 characters")
say("report.about.generated_at", "Generated at")
say("report.about.version", "GroupDesk version")
say("report.about.filters", "Filters")
say("report.about.no_filters", "(none)")
say("report.about.rows_per_sheet", "Rows per sheet")
say("report.about.exported_by", "Exported by GroupDesk {version}")
say("report.total", "Total")
say("report.untitled", "Report")
say("report.page", "Page {page} of {pages}")
say("report.continued", "{title} (continued)")
say("report.generated_by", "Generated {at:datetime} by GroupDesk {version}")
say("report.all_records", "All records, no filters")

# the calendar file
say("report.ics.summary", "{project} (volunteer shift)")
say("report.ics.alarm", "Tomorrow: {summary}")
say("report.ics.volunteers", "Volunteers: {signed} signed up, {needed} needed, room for {room}.")
say("report.ics.category", "Volunteering")
say("report.ics.calendar", "volunteer shifts")

# words for stored values; one code per enum and value, worded as the window's labels
# (groupdesk.ui.common.labels) except where the importer must read them back: a challenge
# being mitigated is "Mitigating" / "Sedang ditangani", words the challenges import knows
ENUMS: dict[str, dict[str, str]] = {
    "member_status": {
        "active": say("enum.member_status.active", "Active"),
        "inactive": say("enum.member_status.inactive", "Inactive"),
        "lapsed": say("enum.member_status.lapsed", "Lapsed"),
        "left": say("enum.member_status.left", "Left"),
    },
    "project_status": {
        "planned": say("enum.project_status.planned", "Planned"),
        "active": say("enum.project_status.active", "Active"),
        "completed": say("enum.project_status.completed", "Completed"),
        "cancelled": say("enum.project_status.cancelled", "Cancelled"),
    },
    "shift_status": {
        "scheduled": say("enum.shift_status.scheduled", "Scheduled"),
        "cancelled": say("enum.shift_status.cancelled", "Cancelled"),
    },
    "assignment_status": {
        "signed_up": say("enum.assignment_status.signed_up", "Signed up"),
        "confirmed": say("enum.assignment_status.confirmed", "Confirmed"),
        "waitlisted": say("enum.assignment_status.waitlisted", "Waitlist"),
        "attended": say("enum.assignment_status.attended", "Attended"),
        "no_show": say("enum.assignment_status.no_show", "No-show"),
        "cancelled": say("enum.assignment_status.cancelled", "Cancelled"),
    },
    "challenge_status": {
        "open": say("enum.challenge_status.open", "Open"),
        "mitigating": say("enum.challenge_status.mitigating", "Mitigating"),
        "resolved": say("enum.challenge_status.resolved", "Resolved"),
    },
    "severity": {
        "low": say("enum.severity.low", "Low"),
        "medium": say("enum.severity.medium", "Medium"),
        "high": say("enum.severity.high", "High"),
        "critical": say("enum.severity.critical", "Critical"),
    },
    "challenge_group": {
        "occupational": say("enum.challenge_group.occupational", "Occupational groups"),
        "volunteer": say("enum.challenge_group.volunteer", "Volunteers"),
        "general": say("enum.challenge_group.general", "General"),
    },
    "custom_field_type": {
        "text": say("enum.custom_field_type.text", "Text"),
        "number": say("enum.custom_field_type.number", "Number"),
        "date": say("enum.custom_field_type.date", "Date"),
        "bool": say("enum.custom_field_type.bool", "Yes/No"),
        "choice": say("enum.custom_field_type.choice", "Choice list"),
    },
    "audit_action": {
        "create": say("enum.audit_action.create", "Created"),
        "update": say("enum.audit_action.update", "Changed"),
        "delete": say("enum.audit_action.delete", "Moved to trash"),
        "restore": say("enum.audit_action.restore", "Restored"),
        "merge": say("enum.audit_action.merge", "Merged"),
        "anonymise": say("enum.audit_action.anonymise", "Anonymised"),
        "import": say("enum.audit_action.import", "Imported"),
    },
    "licence_state": {
        "valid": say("enum.licence_state.valid", "Valid"),
        "expiring": say("enum.licence_state.expiring", "Expiring"),
        "expired": say("enum.licence_state.expired", "Expired"),
        "not_needed": say("enum.licence_state.not_needed", "Not needed"),
        "missing": say("enum.licence_state.missing", "Missing"),
    },
    **IDENTITY_ENUMS,
}

# a member whose personal data was erased
say("member.anonymised_name", "Anonymised member #{number}")

# the cover finder's call list, printed or saved as CSV
CALL_LIST = (
    say("report.call_list.rank", "Rank"),
    say("report.call_list.name", "Name"),
    say("report.call_list.phone", "Phone"),
    say("report.call_list.email", "Email"),
    say("report.call_list.hours", "Hours (30 days)"),
    say("report.call_list.why", "Why"),
)

# filters and formats a report cannot take
say("filter.not_a_date", "not a date: '{value}' (use yyyy-mm-dd or dd/mm/yyyy)")
say(
    "filter.period_backwards",
    "the period ends ({end:date_short}) before it starts ({start:date_short})",
)
say("filter.no_project", "no project named '{name}'")
say(
    "filter.status_not_here",
    "status '{status}' does not apply to the {report} report (use one of {allowed})",
)
say("filter.option_not_here", "{option} does not apply to the {report} report")
say("filter.unknown_report", "unknown report '{key}' (choose from {reports:list})")
say("format.unknown_suffix", "cannot tell the format from '{suffix}' (use {known})")
say("format.no_suffix", "cannot tell the format from no extension (use {known})")
say("format.not_for_report", "the {report} report cannot be written as {suffix} (use {allowed})")
say("format.pdf_unavailable", "PDF export needs the printing part of GroupDesk")
say("filter.no_member", "no member with number '{number}'")
say("filter.no_shift", "no shift with id {id}")
say("filter.signin_needs_shift", "the sign-in sheet needs a shift: give --shift ID")

# Why an export would hold no rows: what is missing, and the choices that narrowed it.
say("report.empty", "{nothing}{period}{project}{status}.")
say("report.empty.between", " between {start:date_short} and {end:date_short}")
say("report.empty.from", " from {start:date_short} on")
say("report.empty.until", " up to {end:date_short}")
say("report.empty.project", " in the project {project}")
say("report.empty.status", " with the status {status}")

# What an empty report lacks, by report.
say("report.nothing.members", "No members match these choices")
say("report.nothing.professions", "No licences")
say("report.nothing.schedule", "No shifts")
say("report.nothing.hours", "No volunteer hours")
say("report.nothing.understaffed", "No understaffed shifts")
say("report.nothing.challenges", "No challenges")
say("report.nothing.signin", "Nobody is signed up for this shift")
say("report.nothing.payments", "No dues payments")
say("report.nothing.arrears", "Nobody owes dues")
say("report.nothing.dues_summary", "No dues charged or paid")
say("report.nothing.statement", "Nothing on this member's account")
say("report.nothing.credentials", "No credentials")
say("report.nothing.any", "Nothing to export")
