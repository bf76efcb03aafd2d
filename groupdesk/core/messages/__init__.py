"""Every word GroupDesk says, in the reader's language, outside the window's own texts.

A refusal, an import reason, a report's heading or a command line's summary is a
:class:`Message`: a code and its parameters, never a finished sentence. A :class:`Catalogue`
for one language turns it into text, with that language's plural forms and its way of
writing numbers, dates and money (Babel). The English source of each code is declared once,
in ``texts/``; the other languages are ``.po`` files in ``groupdesk/resources/messages/<lang>/``,
so adding a language is adding files (see ``resources/translations/README.md``).
"""

from __future__ import annotations

from .catalogue import Catalogue, catalogue
from .languages import DEFAULT_LANGUAGE, PSEUDO_LANGUAGE, SUPPORTED_LANGUAGES, normalise_language
from .message import Message
from .refusal import Refusal

__all__ = [
    "DEFAULT_LANGUAGE",
    "PSEUDO_LANGUAGE",
    "SUPPORTED_LANGUAGES",
    "Catalogue",
    "Message",
    "Refusal",
    "catalogue",
    "normalise_language",
]
