"""The sentences of the reason codes the services give their refusals, and their wording.

Every coded error (InvalidValue, NotFound, StillReferenced, ExchangeFileError...) carries
`code` and `params`; REASONS maps each code to an English sentence whose {name} stands
for params[name]. The window words it through Qt's translators, the command line
through the same translations read from the .ts files (migdesk/message_catalog.py):
`reason_text(error, translate)` is the one wording both use. The sentences are marked
for pyside6-lupdate in the context "Errors" (packaging/update_translations.py reads
this file beside the window's).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from migdesk.services.kinds import KINDS

Translate = Callable[[str, str], str]  # (context, English source) -> text in a language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark text for translation in context; returns it unchanged."""
    return text


#: reason code -> the sentence; {name} stands for the error's params[name].
REASONS: dict[str, str] = {
    # InvalidValue: a field's value ("Meeting, Title: <reason>")
    "required": QT_TRANSLATE_NOOP("Errors", "a value is required"),
    "not_text": QT_TRANSLATE_NOOP("Errors", "expected text"),
    "nul": QT_TRANSLATE_NOOP("Errors", "text may not contain NUL characters"),
    "not_int": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a whole number"),
    "not_date": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date (use YYYY-MM-DD, e.g. 2009-02-13)"),
    "no_such_day": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a day of the calendar"),
    "not_time": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a time (use HH:MM)"),
    "not_choice": QT_TRANSLATE_NOOP("Errors", "“{value}” is not one of the choices"),
    "not_json": QT_TRANSLATE_NOOP("Errors", "expected a JSON value"),
    "not_list": QT_TRANSLATE_NOOP("Errors", "expected a list"),
    "unknown_field": QT_TRANSLATE_NOOP("Errors", "unknown field (fields: {fields})"),
    "read_only": QT_TRANSLATE_NOOP("Errors", "is set by MigDesk and cannot be changed"),
    "cycle": QT_TRANSLATE_NOOP("Errors", "an organization cannot be its own ancestor"),
    "ends_before_start": QT_TRANSLATE_NOOP("Errors", "ends ({end}) before it starts ({start})"),
    "translation_exists": QT_TRANSLATE_NOOP(
        "Errors", "this field already has a translation into {language}: change its text instead"),
    "translation_key_fixed": QT_TRANSLATE_NOOP(
        "Errors", "cannot be changed once the translation exists (delete it and add another)"),
    # NotFound
    "not_an_id": QT_TRANSLATE_NOOP(
        "Errors", "“{id}” is not the id of a {kind} (a UUID or its first 8 characters or more)"),
    "no_such_record": QT_TRANSLATE_NOOP("Errors", "no {kind} has the id “{id}”"),
    "ambiguous_id": QT_TRANSLATE_NOOP(
        "Errors", "the id prefix “{id}” matches several records: give more of it"),
    "no_such_peer": QT_TRANSLATE_NOOP(
        "Errors", "no colleague installation “{id}” (files were never exchanged with it)"),
    "ambiguous_peer": QT_TRANSLATE_NOOP(
        "Errors", "“{id}” matches several colleague installations: give more of it"),
    "no_meetings_match": QT_TRANSLATE_NOOP(
        "Errors", "no meetings match: choose meetings or a period that holds some"),
    # StillReferenced
    "still_referenced": QT_TRANSLATE_NOOP(
        "Errors", "cannot delete the {kind} “{label}”: {count} other record(s) still refer to it "
        "({referrers})"),
    # StaleWrite (the window words it with the fields' titles: gui/error_text.py)
    "stale_write": QT_TRANSLATE_NOOP(
        "Errors", "the {kind} “{label}” was changed by another writer since it was read (now "
        "version {current}): {fields} not saved"),
    # ExchangeFileError: {file} is the file's name, {detail} the particulars (English)
    "file_refused": QT_TRANSLATE_NOOP("Errors", "{file} cannot be imported: {detail}"),
    "file_unsafe": QT_TRANSLATE_NOOP(
        "Errors", "{file} was refused as unsafe, and nothing was imported ({detail})"),
    "not_exchange_file": QT_TRANSLATE_NOOP("Errors", "{file} is not a MigDesk exchange file"),
    "file_newer": QT_TRANSLATE_NOOP(
        "Errors", "{file} was made by a newer MigDesk: update MigDesk to import it"),
    "bad_signature": QT_TRANSLATE_NOOP(
        "Errors", "the signature of {file} does not verify: the file was changed after it was "
        "signed, or signed by another key than the one it names"),
    "no_such_file": QT_TRANSLATE_NOOP("Errors", "{file}: no such file"),
    "file_unreadable": QT_TRANSLATE_NOOP("Errors", "{file} cannot be read ({detail})"),
    "passphrase_needed": QT_TRANSLATE_NOOP(
        "Errors", "{file} is encrypted with a passphrase: give the passphrase"),
    "wrong_passphrase": QT_TRANSLATE_NOOP("Errors", "{file}: wrong passphrase (or the file was changed)"),
    "cannot_decrypt": QT_TRANSLATE_NOOP("Errors", "{file} cannot be decrypted: {detail}"),
}

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# Parameters that name a kind ("meetings"): worded as the kind's name, translated.
_KIND_PARAMS = ("kind",)
# Parameters that name a language ("es"): worded as its name, translated.
_LANGUAGE_PARAMS = ("language",)
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("Errors", "English"),
    "es": QT_TRANSLATE_NOOP("Errors", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("Errors", "French"),
    "pt": QT_TRANSLATE_NOOP("Errors", "Portuguese"),
}


def reason_text(error: BaseException, translate: Translate) -> str | None:
    """The reason of a coded error in the language of translate; None without a known code
    (or without the params its sentence needs)."""
    code = getattr(error, "code", None)
    template = REASONS.get(code) if isinstance(code, str) else None
    if template is None:
        return None
    params: Any = getattr(error, "params", None) or {}
    if any(name[1:-1] not in params for name in _PLACEHOLDER.findall(template)):
        return None
    text = translate("Errors", template)
    for name, value in dict(params).items():
        if name in _KIND_PARAMS:
            value = kind_word(str(value), translate)
        elif name in _LANGUAGE_PARAMS and value in LANGUAGE_NAMES:
            value = translate("Errors", LANGUAGE_NAMES[value])
        text = text.replace("{" + name + "}", str(value))
    return text


def kind_word(kind: str, translate: Translate) -> str:
    """A kind's singular name ("meeting") translated; "record" for no kind in particular."""
    if kind in KINDS:
        return translate("Kinds", KINDS[kind].singular)
    return translate("Errors", QT_TRANSLATE_NOOP("Errors", "record"))
