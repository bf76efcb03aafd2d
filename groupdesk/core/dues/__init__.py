"""Dues and payments: money as integer minor units, membership fees and the ledger."""
