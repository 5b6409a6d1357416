"""Writing a finished PDF to a path (atomically) or to a binary file object."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO

#: Where a builder writes: a file path or an open binary file.
Output = str | os.PathLike[str] | BinaryIO


def write_output(pdf: bytes, out: Output) -> None:
    """Write ``pdf`` to ``out``; a path is replaced atomically (never left half-written)."""
    if isinstance(out, str | os.PathLike):
        path = Path(out)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pdf)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    else:
        out.write(pdf)
