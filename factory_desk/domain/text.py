"""Folding and sort keys that are right for Russian and Latvian on every database engine, and the plain
forms names, dates and times are written in.

SQLite folds case for ASCII only and sorts by code point, so names are folded and keyed in Python
when they are written, stored in indexed columns, and searched and sorted there.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Letters that Latvian sorts as separate letters right after their base letter (CLDR lv).
_LATVIAN_AFTER_BASE = {"č": "c", "ģ": "g", "ķ": "k", "ļ": "l", "ņ": "n", "š": "s", "ž": "z"}
# Cyrillic letters keep their identity (й is not и); only ё is folded, to е, as Russian readers expect.
_CYRILLIC_FOLD = {"ё": "е"}
# Sorts after every letter of the same script's base range in a binary ("C") comparison.
_AFTER_BASE_MARK = "~"
# Separates the primary key from the tie-breaker; sorts before every printable character.
_LEVEL_SEPARATOR = "\x01"


def normalize_spaces(value: str | None) -> str:
    """Trim and collapse runs of whitespace (including non-breaking spaces) to one space."""
    if not value:
        return ""
    return _SPACES.sub(" ", value.replace("\u00a0", " ")).strip()


def full_name(surname: str, first_name: str = "", patronymic: str = "") -> str:
    """«Иванов Иван Иванович», «Bērziņš Jānis»: the parts of a name in one line, the empty ones left out."""
    return " ".join(part for part in (surname, first_name, patronymic) if part)


def day_text(date: dt.date) -> str:
    """A date as sentences, lists and files show it: «05.03.2026»."""
    return date.strftime("%d.%m.%Y")


def time_text(time: dt.time) -> str:
    """A time of day as schedules show it: «09:00»."""
    return time.strftime("%H:%M")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _strip_marks(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(value: str | None) -> str:
    """The search form of a text: case, ё/е and Latin diacritics ignored, spaces collapsed.

    `fold("Семёнов") == fold("семенов")`, `fold("Bērziņš") == "berzins"`.
    """
    text = normalize_spaces(value).casefold()
    out: list[str] = []
    for char in text:
        if _is_cyrillic(char):
            out.append(_CYRILLIC_FOLD.get(char, char))
        else:  # compatibility forms can decompose into capitals (𝝖 → Α), so fold case again
            out.append(_strip_marks(char).casefold())
    # Compatibility forms can decompose into spaces (a lone cedilla is a space plus a mark).
    return normalize_spaces("".join(out))


def _primary(value: str) -> str:
    text = normalize_spaces(value).casefold()
    out: list[str] = []
    for char in text:
        if _is_cyrillic(char):
            out.append(_CYRILLIC_FOLD.get(char, char))
        elif char in _LATVIAN_AFTER_BASE:
            out.append(_LATVIAN_AFTER_BASE[char] + _AFTER_BASE_MARK)
        elif char.isalnum():
            out.append(_strip_marks(char))
        elif char == " " or char == "-":
            out.append(" ")
        # other punctuation (quotes, dots) does not take part in alphabetical order
    return "".join(out)


def sort_key(*parts: str | None) -> str:
    """A key whose binary order is the alphabetical order a Russian or Latvian reader expects.

    Ё sorts with Е, Latvian Č Ģ Ķ Ļ Ņ Š Ž right after C G K L N S Z, long vowels with their short
    ones; ties are broken by the exact spelling so the order is total and stable.
    """
    primary = " ".join(_primary(p or "") for p in parts).rstrip()
    tie = normalize_spaces(" ".join(p or "" for p in parts))
    return f"{primary}{_LEVEL_SEPARATOR}{tie}"


_WORD_BREAKS = re.compile(r"[\s\-‐–—'’`«»\"().,;:/]+")


def words(*parts: str | None) -> list[str]:
    """The folded words of a name, each a way in for search: «Римских-Корсаков» gives римских, корсаков."""
    seen: dict[str, None] = {}
    for part in parts:
        for word in _WORD_BREAKS.split(fold(part)):
            if word:
                seen.setdefault(word, None)
    return list(seen)


def search_terms(query: str | None) -> list[str]:
    """The folded words of a search query; a name matches when each term begins one of its words."""
    return words(query)


def prefix_end(prefix: str) -> str:
    """The smallest text after every text that starts with `prefix` (in code point order).

    `word >= prefix AND word < prefix_end(prefix)` is a prefix match that any B-tree index answers.
    """
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def like_escape(term: str, escape: str = "\\") -> str:
    """Escape LIKE wildcards so a user's `%` or `_` is searched literally."""
    return term.replace(escape, escape * 2).replace("%", escape + "%").replace("_", escape + "_")
