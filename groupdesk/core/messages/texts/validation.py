"""Texts of checking what someone typed or imported: member numbers, e-mail addresses,
phone numbers, names, dates, statuses."""

from groupdesk.core.messages.registry import texts

say = texts("validation")

say("member_number.required", "a member number is needed")
say("member_number.shape", "use letters and digits, with - / . or a single space between groups")
say("text.too_long", "at most {maximum} characters")
say("text.too_long_has", "at most {maximum} characters (this has {length})")
say("email.required", "an e-mail address is needed")
say("email.no_at", "“{value}” is not an e-mail address: it has no @-sign")
say(
    "email.nothing_before_at", "“{value}” is not an e-mail address: nothing comes before the @-sign"
)
say("email.nothing_after_at", "“{value}” is not an e-mail address: nothing comes after the @-sign")
say("email.several_at", "“{value}” is not an e-mail address: it has more than one @-sign")
say("email.has_space", "“{value}” is not an e-mail address: it contains a space")
say(
    "email.domain_without_dot",
    "“{value}” is not an e-mail address: the part after the @-sign has no dot",
)
say("email.invalid", "“{value}” is not a valid e-mail address")
say("phone.required", "a phone number is needed")
say("phone.too_long", "“{value}” is too long for a phone number")
say("phone.not_a_number", "{value} is not a phone number")
say("phone.invalid", "{value} is not a valid phone number (check the digits)")
say("name.required", "a name is needed")
say("date.future.birth_date", "The birth date cannot be in the future.")
say("date.future.joined_on", "The joining date cannot be in the future.")
say("date.future.consent_date", "The consent date cannot be in the future.")
say("status.unknown", "unknown status: {value}")
