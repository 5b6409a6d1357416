"""What the command line writes to a terminal: data made harmless, errors on one line.

Record text comes from colleagues' files: printed raw, an escape sequence in a title
could retitle, recolour or clear the user's terminal. `terminal_safe` shows every control
character as a visible escape instead. Errors are always one line (SQLAlchemy's own
messages span several, with the statement, its parameters and a web link).
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

# C0 controls, DEL and the C1 controls (a lone 0x9b is a CSI on many terminals); Unicode
# line and paragraph separators and the bidirectional overrides that reorder what is shown.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_KEEP_LAYOUT = {"\n", "\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def terminal_safe(value: Any, *, multiline: bool = False) -> str:
    """value as text with control characters escaped (multiline: keep line feeds and tabs)."""
    text = str(value)
    if multiline:
        return _CONTROL.sub(lambda m: m.group() if m.group() in _KEEP_LAYOUT else _escape(m), text)
    return _CONTROL.sub(_escape, text)


def error_line(message: Any, suffix: str = "") -> str:
    """The `migdesk: error:` line for a message: its first line (then suffix), made safe."""
    text = str(message).strip()
    first = text.splitlines()[0] if text else "failed"
    return f"migdesk: error: {terminal_safe(first + suffix)}"


def undecodable_argument(argv: list[str]) -> str | None:
    """The first argument that was not valid UTF-8 (Python keeps such bytes as surrogates)."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return arg.encode("utf-8", "backslashreplace").decode("ascii", "replace")
    return None


def quiet_closed_pipe() -> None:
    """After a reader closed our output (`| head -1`): drop the rest without a word.

    Python would otherwise complain when it flushes standard output at exit.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
