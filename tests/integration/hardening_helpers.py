"""Shared helpers of the hardening tests: run the command in-process, a rich database."""

from __future__ import annotations

import contextlib
import hashlib
import io
from pathlib import Path

from migdesk.cli import main
from migdesk.services import records as r
from migdesk.services.demo import demo_id, load_demo
from migdesk.store.database import Database
from migdesk.store.models import Blob

ATTACHED = b"%PDF-1.4 attached file"


def run(*args: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `migdesk ARGS`, run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def assert_refused(result: tuple[int, str, str], *fragments: str) -> None:
    """Exit 1 with one `migdesk: error:` line holding every fragment, no internal error."""
    code, _out, err = result
    assert code == 1, result
    assert err.startswith("migdesk: error: ") and err.count("\n") == 1, err
    assert "please report" not in err and "Traceback" not in err, err
    for fragment in fragments:
        assert fragment in err, err


def rich_database(path: Path) -> dict[str, str]:
    """The demo plus one record of every kind it lacks; returns an id of each kind."""
    db = Database.open(path)
    try:
        load_demo(db)
        ids = {kind: r.list_ids(db, kind)[0] for kind in ("organizations", "resolutions",
               "documents", "meetings", "agenda_items", "interventions", "actions", "events",
               "invitations")}
        ids["persons"] = r.create_record(db, "persons", {"name": "Ambassador A"}).items[0].id
        ids["offices"] = r.create_record(db, "offices", {
            "person_id": ids["persons"], "body_id": demo_id("ceam")}).items[0].id
        ids["paragraphs"] = r.create_record(db, "paragraphs", {
            "resolution_id": ids["resolutions"], "number": 1, "text": "To request"}).items[0].id
        ids["decisions"] = r.create_record(db, "decisions", {
            "meeting_id": ids["meetings"], "text": "Agreed."}).items[0].id
        ids["translations"] = r.create_record(db, "translations", {
            "record_id": ids["meetings"], "field": "title", "language": "fr", "text": "Lier"}).items[0].id
        sha = hashlib.sha256(ATTACHED).hexdigest()
        with db.session() as s:
            s.add(Blob(sha256=sha, size=len(ATTACHED), data=ATTACHED))
        ids["attachments"] = r.create_record(db, "attachments", {
            "document_id": ids["documents"], "filename": "a.pdf", "sha256": sha,
            "size": len(ATTACHED)}).items[0].id
        return ids
    finally:
        db.close()
