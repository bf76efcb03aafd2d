"""The Dues page: membership types and fees, charging a month, payments and the ledger."""
