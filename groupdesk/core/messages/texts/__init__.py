"""The English source of every message, one module per area; each has a ``.po`` file per
language in ``groupdesk/resources/messages/<lang>/<area>.po``. A new area is listed here."""

from . import (  # noqa: F401
    challenges,
    cli,
    common,
    cover,
    dues,
    fields,
    files,
    importing,
    members,
    organisation,
    payments_import,
    reports,
    schedule,
    validation,
)
