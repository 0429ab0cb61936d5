"""What the language-model gateway raises, whichever backend (server or local) answered."""

from __future__ import annotations


class LLMError(Exception):
    """The model could not give a usable answer (unreachable, timed out, malformed)."""
