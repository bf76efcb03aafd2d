"""The Professions page: occupational groups, their members and licences."""
