"""Files a person names for GroupDesk to write: checked in one place before any byte goes out."""

from .output_path import OutputRefused, Protected, check_output_path

__all__ = ["OutputRefused", "Protected", "check_output_path"]
