"""Texts of credentials (STR, SIP, certificates) and continuing-education credits (SKP,
Satuan Kredit Profesi): why one is refused, and the words of the credentials report."""

from groupdesk.core.messages.registry import texts

from .reports import ENUMS, HEADINGS, SHEETS, TITLES, _slug

say = texts("credentials")

say("credentials.unknown_member", "there is no member {member} on the roster")
say("credentials.member_left", "{name} has left the association")
say("credentials.unknown_kind", "there is no such kind of credential")
say("credentials.unknown_profession", "there is no such profession")
say("credentials.unknown_credential", "there is no such credential")
say("credentials.kind_name_required", "A name for the kind of credential is required.")
say("credentials.kind_exists", "the profession has a kind of credential named {name} already")
say(
    "credentials.licence_kind_exists",
    "the profession's licence is {name} already; a profession has one licence kind",
)
say("credentials.points_negative", "credits cannot be below zero")
say(
    "credentials.bad_minimum",
    "{text} is not a category with its minimum credits (write e.g. Ilmiah: 5, Praktik: 10)",
)
say("credentials.number_required", "The credential's number is required.")
say("credentials.issued_required", "The issue date is required.")
say("credentials.issued_in_future", "issued on {when:date} is a day still to come")
say(
    "credentials.ends_before_issued",
    "valid until {until:date} is before it was issued ({issued:date})",
)
say(
    "credentials.renewal_before_old",
    "a renewal issued on {when:date} is older than the credential it renews ({old:date})",
)
say("credits.activity_name_required", "The activity's name is required.")
say(
    "credits.unknown_activity_kind", "{value} is not a kind of activity (use one of {choices:list})"
)
say("credits.date_required", "The activity's date is required.")
say(
    "credits.future_activity",
    "the activity on {when:date} has not taken place yet; its credits cannot be recorded",
)
say("credits.points_invalid", "credits must be a number of zero or more")
say("credits.unknown_activity", "there is no such activity")
say("credits.already_awarded", "{name} has the credits of this activity already")
say("credits.kind.seminar", "seminar")
say("credits.kind.pelatihan", "training")
say("credits.kind.publikasi", "publication")
say("credits.kind.pengabdian", "community service")
# importing an attendance sheet
say("credits_import.member_not_given", "the member is not given (member number or name)")
say("credits_import.activity_not_given", "the activity is not given (name, or --activity)")
say(
    "credits_import.already_recorded",
    "{name} has the credits of this activity already; the row is skipped",
)
say(
    "credits_import.also_on_row",
    "the same member and activity are on row {row}; the row is skipped",
)
say(
    "credits_import.activity_differs",
    "the activity {name} on {when:date} is given with other points or organiser on row {row}",
)
say("credits_import.summary_new_activities", "new activities: {names:list}")
# the credentials report: its title, sheet and headings, added to the report tables so that
# every format says them in the organisation's language
TITLES["credentials"] = say("report.title.credentials", "Credentials and credits (SKP)")
SHEETS["Credentials"] = say("report.sheet.credentials", "Credentials")
SHEETS["At Risk"] = say("report.sheet.at_risk", "At Risk")
for _heading in (
    "Credential",
    "Number",
    "Issued On",
    "Valid Until",
    "Issued By",
    "Credits Earned",
    "Credits Required",
    "At Risk",
):
    HEADINGS[_heading] = say(f"report.heading.credentials.{_slug(_heading)}", _heading)
ENUMS["credential_risk"] = {"yes": say("report.value.at_risk", "yes")}
