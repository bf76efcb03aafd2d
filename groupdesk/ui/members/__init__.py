"""The Members page: the roster table, the member form, duplicates, personal data."""
