"""The command line's refusals in the user's language (`--lang`, $MIGDESK_LANG, the locale).

A coded error (services/reasons.py) is worded from the window's own translations; in
English, and for an error without a known code, the services' line is kept as it is (the
English lines are what scripts have always read). The `migdesk: error:` prefix never
changes (cli_output.error_line).
"""

from __future__ import annotations

from migdesk.message_catalog import translator
from migdesk.services.errors import InvalidValue
from migdesk.services.reasons import reason_text


def error_message(error: BaseException, language: str) -> str:
    """What `migdesk: error:` says for error in language ("es", "fr", "pt" or "en")."""
    if language == "en":
        return str(error)
    reason = reason_text(error, translator(language))
    if reason is None:
        return str(error)
    if isinstance(error, InvalidValue):  # the field as the command line names it
        return f"{error.kind}.{error.field}: {reason}"
    return reason
