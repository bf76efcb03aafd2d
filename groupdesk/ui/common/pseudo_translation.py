"""The window in the pseudo-language (GROUPDESK_LANG=qps): every text Indonesian translates is
shown accented and lengthened ("[Ṁéɱƀéŕš ~~]"), by the same function as the core's texts.

A text the window shows as plain English then escaped translation: it never went through
``tr()``, lupdate could not see it, or the Indonesian .ts lacks it. Indonesian readers would
see it in English too. Nothing is generated or kept on disk: the translator answers from the
Indonesian translation it wraps, so it knows exactly the messages Indonesian has.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

from groupdesk.core.messages import PSEUDO_LANGUAGE
from groupdesk.core.messages.pseudo import pseudo_text


class PseudoTranslator(QTranslator):
    """Answers in the pseudo-language for every message ``known`` (a loaded Indonesian
    translation) translates, and not at all for the others, so those show as English.

    A text with a count (``%n``) is answered from its English source, which Qt then fills
    with the count as it does for any translation; ``%1``, ``&`` shortcuts and tags are kept
    (see :func:`pseudo_text`)."""

    def __init__(self, known: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known = known

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:  # None: "no translation here", so Qt asks the next one or keeps the source
        if not self._known.translate(context, source_text, disambiguation, n):
            return None
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:
        return self._known.isEmpty()

    def language(self) -> str:
        return PSEUDO_LANGUAGE
