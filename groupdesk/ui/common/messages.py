"""The core's messages (refusals, import reasons, counts) in the window's language.

The core never writes a finished sentence: a refusal carries a code and its parameters, and
this module hands it to the message catalogue of the language the window speaks.
"""

from __future__ import annotations

from typing import Any

from groupdesk.core.messages import (
    PSEUDO_LANGUAGE,
    Catalogue,
    Message,
    Refusal,
    catalogue,
    normalise_language,
)
from groupdesk.core.messages.os_errors import os_reason
from groupdesk.ui.common.language import gui_locale, speaks_pseudo_language


def gui_language() -> str:
    """ "id" or "en" (or the pseudo-language): the language the window's texts are in. The
    pseudo-language's locale is English, so it is asked for by name."""
    if speaks_pseudo_language():
        return PSEUDO_LANGUAGE
    return normalise_language(gui_locale().name(), default="en")


def gui_catalogue() -> Catalogue:
    return catalogue(gui_language())


def say(what: Refusal | Message | str | BaseException, /, **params: Any) -> str:
    """A refusal, a message, or a code with ``params``, in the window's language. Another
    exception (one the window raised itself, already in the window's language) says its
    ``message``."""
    if isinstance(what, Refusal):
        what = what.message
    if isinstance(what, Message | str):
        return gui_catalogue().text(what, **params)
    return str(getattr(what, "message", what))


def os_text(err: OSError) -> str:
    """Why the operating system refused, in the window's language (a rare reason in the
    system's own words)."""
    reason = os_reason(err)
    return say(reason) if isinstance(reason, Message) else reason
