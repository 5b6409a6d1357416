"""The window's translations read without Qt, for the command line's messages.

The .ts files of resources/translations (shipped in the wheel and the bundle) hold every
message in Spanish, French and Portuguese. The command line words its refusals from
them, so that `migdesk --lang es ...` and the window say the same thing. Which language:
`--lang`, else $MIGDESK_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache

from migdesk.paths import resource

LANGUAGES = ("en", "es", "fr", "pt")
ENV_VAR = "MIGDESK_LANG"


def language_code(name: str | None) -> str | None:
    """"es", "es_ES.UTF-8", "pt-BR" -> "es", "pt"; None when not one of ours."""
    if not name:
        return None
    code = name.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def message_language(chosen: str | None = None) -> str:
    """The language of messages: chosen (--lang), $MIGDESK_LANG, the locale, else English."""
    env = os.environ
    for candidate in (chosen, env.get(ENV_VAR), env.get("LC_ALL"), env.get("LC_MESSAGES"),
                      env.get("LANG")):
        code = language_code(candidate)
        if code:
            return code
    return "en"


@cache
def catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> its finished translation in language (empty for en)."""
    if language not in LANGUAGES[1:]:
        return {}
    # Here, not at the top: the window imports this module for language_code at start-up.
    import xml.etree.ElementTree as ET

    try:
        root = ET.parse(resource("translations", f"migdesk_{language}.ts")).getroot()
    except (OSError, ET.ParseError):  # our own file; missing in a stripped install
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def translator(language: str) -> Callable[[str, str], str]:
    """translate(context, source) for language, the source itself where none is written."""
    table = catalog(language)

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate
