"""English sentences the services wrote (and may have stored) reworded in the interface language.

Some texts reach the window already written in English: the report parser's warnings,
the reasons an import set a value aside (kept in the database's history). A table of
patterns recognises each, and its translatable wording is filled with what the pattern
captured (groups a, b, c become %1, %2, %3). A text no pattern knows is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from migdesk.gui.i18n import translate

#: (the services' English, as a regular expression; the words marked with QT_TRANSLATE_NOOP)
Rewording = tuple[re.Pattern[str], str]


def reword(text: str, context: str, table: Sequence[Rewording]) -> str:
    """text in the interface language when a pattern of table matches it whole."""
    for pattern, words in table:
        found = pattern.fullmatch(text)
        if found:
            out = translate(context, words)
            for n, group in enumerate(("a", "b", "c"), start=1):
                out = out.replace(f"%{n}", found.groupdict().get(group) or "")
            return out
    return text
