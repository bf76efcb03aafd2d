"""Projects & Shifts: projects, shifts, the week view, sign-ups and the cover finder."""
