"""Dues and payments in the window."""
