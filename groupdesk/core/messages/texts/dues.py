"""Texts of dues and payments: amounts refused, ledger refusals, the CLI's summaries."""

from groupdesk.core.messages.registry import texts

say = texts("dues")

say("money.empty", "Type an amount.")
say("money.negative", "“{text}” is negative; an amount is never below zero.")
say("money.not_a_number", "“{text}” is not an amount of money.")
say("money.ambiguous", "“{text}” could mean more than one amount; write it like 150.000.")
say("money.fraction", "“{text}” has a part of a rupiah; amounts are whole rupiah.")
say("dues.period_invalid", "“{text}” is not a period; write it as year-month, like 2026-12.")
say("dues.period_closed", "The period {period} is closed; nothing can be charged or paid in it.")
say("dues.unknown_member", "There is no member with the number {number}.")
say("dues.member_left", "{name} has left the organisation; record nothing for them.")
say("dues.future_payment", "A payment cannot be dated in the future ({when:date}).")
say("dues.not_positive", "The amount must be more than zero.")
say("dues.unknown_method", "“{method}” is not a way of paying.")
say("dues.unknown_entry", "There is no ledger entry {entry}.")
say("dues.already_reversed", "Entry {entry} has already been reversed.")
say.plural(
    "dues.charged",
    "{period}: {count} member charged, {total:money}.",
    "{period}: {count} members charged, {total:money}.",
)
say.plural(
    "dues.would_charge",
    "{period} (dry run): {count} member would be charged, {total:money}.",
    "{period} (dry run): {count} members would be charged, {total:money}.",
)
say("dues.required_hours_range", "Required hours must be between 0 and 8,760 a year, not {hours}.")
say.plural(
    "dues.entry_fees",
    "{text} Included: {count} entry fee of a member who joined this month.",
    "{text} Included: {count} entry fees of members who joined this month.",
)
say.plural(
    "dues.charges_paid",
    "The charges for {period} cannot be taken back: {count} of them is already paid. Reverse "
    "single charges instead.",
    "The charges for {period} cannot be taken back: {count} of them are already paid. Reverse "
    "single charges instead.",
)
say("dues.charges_undone_reason", "Charging {period} undone")
say(
    "dues.type_from_too_early",
    "The new type must start after the current one began ({since:date}).",
)
