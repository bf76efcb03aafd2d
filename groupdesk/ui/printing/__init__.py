"""Printing and PDF output through Qt's own painter (the core may not use Qt)."""
