"""Dues and payments in the window: the Dues page (membership types and fees, charging a
month, payments and the ledger) and the reminders dialog."""
