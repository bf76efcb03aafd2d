"""Who is making a change: the name every audit row carries.

On an SQLite file on this computer that is the operating-system account running GroupDesk;
on a database server it is the role the server knows the connection as, which is what the
server's own logs and permissions go by. Neither comes from an environment variable: $USER
and $LOGNAME are whatever the shell or a service manager set (or left unset), and Python's
``getpass.getuser()`` reads them before it asks the system.
"""

from __future__ import annotations

import getpass
import os
from functools import cache

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

# The key under which a server connection remembers its role (Connection.info lives as long
# as the driver's connection, through the pool).
_INFO_KEY = "groupdesk.audit.user"


@cache
def os_user() -> str:
    """The account this process runs as, by its user id; never empty.

    POSIX asks the password database for the process's own user id; Windows (no ``pwd``) has
    only ``getpass`` (%USERNAME%). A user id without an entry (a container started with a
    bare ``--user 1234``) is named by its number."""
    try:
        import pwd

        name = pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, OSError):
        name = ""
    if not name.strip():
        try:
            name = getpass.getuser()
        except (ImportError, KeyError, OSError):
            name = ""
    if not name.strip():
        name = f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"
    return name.strip()


def database_user(connection: Connection) -> str:
    """The server's ``current_user`` for this connection, asked once per connection."""
    known = connection.info.get(_INFO_KEY)
    if known is None:
        name = connection.execute(select(func.current_user())).scalar()
        known = str(name or "").strip() or os_user()
        connection.info[_INFO_KEY] = known
    return str(known)


def who(target: Session | Connection) -> str:
    """The user to record for a change made through ``target`` (the session or connection
    of the change's own transaction)."""
    connection = target.connection() if isinstance(target, Session) else target
    if connection.dialect.name == "sqlite":
        return os_user()
    return database_user(connection)
