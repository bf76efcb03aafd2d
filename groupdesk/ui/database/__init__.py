"""Opening, locking, backing up and restoring the database file from the window."""
