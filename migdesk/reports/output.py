"""Writing a finished PDF to a path (atomically) or to a binary file object."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from migdesk.atomic_write import atomic_file

#: Where a builder writes: a file path or an open binary file.
Output = str | os.PathLike[str] | BinaryIO


def write_output(pdf: bytes, out: Output) -> None:
    """Write ``pdf`` to ``out``; a path is replaced atomically (never left half-written)."""
    if isinstance(out, str | os.PathLike):
        with atomic_file(Path(out)) as fh:  # the umask's permissions, no leftovers
            fh.write(pdf)
    else:
        out.write(pdf)
