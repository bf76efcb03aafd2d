"""A member's photo: a JPG or PNG picture of at most 2 MB, known by its first bytes (a
file's name can say anything)."""

from __future__ import annotations

from groupdesk.core.errors import ValidationError

MAX_MB = 2
MAX_BYTES = MAX_MB * 1024 * 1024
JPEG, PNG = "image/jpeg", "image/png"
_MAGIC = ((b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))


def media_type(content: bytes) -> str | None:
    """ "image/jpeg" or "image/png" when the bytes begin as such a picture does, else None."""
    for magic, kind in _MAGIC:
        if content.startswith(magic):
            return kind
    return None


def check(content: bytes | None, *, field: str = "photo") -> bytes | None:
    """The photo as it will be stored (None for no photo), or ValidationError saying why not."""
    if not content:
        return None
    if len(content) > MAX_BYTES:
        raise ValidationError(field, "photo.too_big", maximum=MAX_MB)
    if media_type(content) is None:
        raise ValidationError(field, "photo.not_an_image")
    return bytes(content)
