"""Masking of personal data (partner names, emails, phones) before text leaves the machine."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{6,}\d(?!\w)")


@dataclass
class Masker:
    """Replaces known names, emails and phones by placeholders and puts them back after."""

    names: list[str] = field(default_factory=list)
    table: dict[str, str] = field(default_factory=dict)

    def _token(self, kind: str, original: str) -> str:
        for token, value in self.table.items():
            if value == original:
                return token
        token = f"[{kind}_{len(self.table) + 1}]"
        self.table[token] = original
        return token

    def mask(self, text: str) -> str:
        for name in sorted(self.names, key=len, reverse=True):
            if name and name in text:
                text = text.replace(name, self._token("NAME", name))
        text = EMAIL.sub(lambda m: self._token("EMAIL", m.group(0)), text)
        return PHONE.sub(lambda m: self._token("PHONE", m.group(0)), text)

    def unmask(self, text: str) -> str:
        for token, value in self.table.items():
            text = text.replace(token, value)
        return text
