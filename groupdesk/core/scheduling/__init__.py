"""Scheduling rules shared by manual assignment, suggestions and imports."""
