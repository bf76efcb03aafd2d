"""The Challenges page: the register, its forms and undoable changes."""
