"""The English source of every message, one module per area; each has a ``.po`` file per
language in ``groupdesk/resources/messages/<lang>/<area>.po``. A new area is listed here."""

from . import (  # noqa: F401
    challenges,
    cli,
    cli_help,
    common,
    cover,
    credentials,
    database,
    dues,
    fields,
    files,
    import_fields,
    importing,
    members,
    organisation,
    payments_import,
    receipts,
    reference,
    reports,
    schedule,
    spreadsheet,
    system,
    validation,
)
