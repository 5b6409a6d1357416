"""Files attached to documents and resolutions: their content kept once by SHA-256 (blobs).

`attach_file` stores a file's bytes as a blob (if not already there) and adds the
attachment record through records.create_record, so the Change can be undone like any
other; blobs are immutable and shared, and an undone attachment leaves its blob for
redo. Nothing in a file is parsed: it is kept and given back byte for byte.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from sqlalchemy import select

from migdesk.services.errors import InvalidValue, MigdeskError
from migdesk.services.records import Change, Record, create_record, list_records
from migdesk.store.database import Database
from migdesk.store.models import Blob

#: Largest file accepted (a scanned report runs to a few tens of megabytes).
MAX_FILE_BYTES = 200 * 1024 * 1024

_OWNER_FIELD = {"documents": "document_id", "resolutions": "resolution_id"}


def attach_file(
    db: Database, kind: str, record_id: str, path: Path, *, language: str | None = None
) -> Change:
    """Attach the file at path to a document or resolution; the Change adds the attachment."""
    field = _OWNER_FIELD.get(kind)
    if field is None:
        raise InvalidValue("attachments", "document_id", f"files attach to documents or resolutions, not {kind}")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidValue(
                "attachments", "size", f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise MigdeskError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    sha = hashlib.sha256(data).hexdigest()
    with db.session() as s:
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=len(data), data=data))
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    values = {field: record_id, "filename": path.name, "media_type": media_type,
              "sha256": sha, "size": len(data), "language": language}  # fmt: skip
    return create_record(db, "attachments", values)


def attachments_of(db: Database, kind: str, record_id: str) -> list[Record]:
    """The live attachments of a document or resolution, by file name."""
    field = _OWNER_FIELD.get(kind)
    if field is None:
        return []
    found = list_records(db, "attachments", where={field: record_id})
    return sorted(found, key=lambda a: str(a.values["filename"]).casefold())


def attachment_bytes(db: Database, sha256: str) -> bytes:
    """The stored content of an attachment (NotFound-like MigdeskError when missing)."""
    with db.session() as s:
        data = s.scalar(select(Blob.data).where(Blob.sha256 == sha256))
    if data is None:
        raise MigdeskError("the attached file's content is not in this database")
    return bytes(data)
