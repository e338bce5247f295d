"""Who is at the keyboard, for the audit log: the operating-system login (Windows or Linux)."""

from __future__ import annotations

import getpass
from functools import cache


@cache
def desk_user() -> str:
    """The login name of the person using this PC, or "" when the system does not say."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment nor the password database
        return ""
