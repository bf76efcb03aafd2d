"""The Reports page and the Export dialog."""
