"""Import: read and check a whole exchange file, plan the merge, then write it in one
transaction (or, for a dry run, only report it).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from migdesk.services import contacts, import_invariants, translation_keys
from migdesk.services.clocks import NO_CLOCK, Clock, load_clocks
from migdesk.services.collector import collector_paused
from migdesk.services.errors import MigdeskError
from migdesk.services.exchange.apply import Origin, apply
from migdesk.services.exchange.checks import check_against_db, check_no_cycles, check_resolved
from migdesk.services.exchange.fields import words
from migdesk.services.exchange.lookups import base_of, load_bases
from migdesk.services.exchange.peers import installation_id
from migdesk.services.exchange.plan import OnConflict, Planned, Resolutions, Resolver, plan_record
from migdesk.services.exchange.progress import Phase, Progress, Silent
from migdesk.services.exchange.results import ImportReport, RecordChange
from migdesk.services.exchange_file import ExchangeContent, ExchangeFileError, Unlock
from migdesk.services.exchange_file_read import check_content, read_exchange_file
from migdesk.services.identity import load_identity
from migdesk.services.kinds import KINDS
from migdesk.services.records import Change, ChangeItem, read_snapshots
from migdesk.store.database import Database, known_revisions


@collector_paused()
def import_file(
    db: Database,
    path: Path | str,
    *,
    dry_run: bool = False,
    on_conflict: OnConflict | str = "keep-local",
    resolutions: Resolutions | None = None,
    progress: Progress | None = None,
    passphrase: str | None = None,
    accept_new_key: bool = False,
) -> ImportReport:
    """Check a whole exchange file, then merge it in one transaction (dry_run: write nothing).

    Conflicting fields keep the local value (on_conflict="keep-local") or take the
    incoming one ("take-incoming"); resolutions[(record id, field)] overrides both per
    field with any value (the GUI's keep mine / take theirs / edit). The value not kept
    goes to the record's history. An encrypted file is opened with passphrase or this
    installation's own key; a file signed by another key than the one known for its
    installation (or unsigned, when its files were signed before) is refused unless
    accept_new_key (a dry run reports it in report.trust).
    """
    if on_conflict not in ("keep-local", "take-incoming"):
        raise MigdeskError(f"on_conflict must be keep-local or take-incoming, not {on_conflict!r}")
    path = Path(path)
    whole = progress or Silent()
    resolutions = dict(resolutions or {})
    # One bar for the whole import: checking the file, merging, writing, then saving.
    checking = Phase(whole, 0.0, 0.75 if dry_run else 0.3)
    merging = Phase(whole, checking.end, 1.0 if dry_run else 0.4)
    writing = Phase(whole, merging.end, 0.9)

    def reading(done: int, total: int, name: str) -> None:
        kind = name.removeprefix("records/").removesuffix(".json")
        checking.report(done, total, f"Checking {words(kind) if kind in KINDS else name}")
        checking.check()

    own = load_identity()
    unlock = Unlock(passphrase, (own.age_identity,) if own else ())
    content = read_exchange_file(path, known_revisions(), reading, unlock=unlock)
    rekeyed = translation_keys.rekey_file(content)  # a repair: ids derived from what they translate
    source = content.manifest["installation_id"]
    report = ImportReport(path, source, content.manifest["exported_at"], dry_run,
                          format_version=content.manifest["format_version"],
                          trust=contacts.judge(content.signer, source), encrypted=content.encrypted)
    if report.trust and report.trust.needs_acceptance and not (dry_run or accept_new_key):
        raise ExchangeFileError(f"{path}: {report.trust.line()}; refused: accept the new key "
                                "only once the sender confirmed it (--accept-new-key)")
    _merge(db, content, report, rekeyed, resolutions=resolutions, on_conflict=on_conflict,
           phases=(merging, writing), origin=Origin(f"import of {path.name}", f"Import {path.name}", path.name))
    if not dry_run and report.trust is not None:
        contacts.remember(report.trust)
    return report


def merge_content(
    db: Database,
    content: ExchangeContent,
    where: str,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """Merge content read from another database (a sync's half) as an import would.

    The content is checked as a file's would be (exchange_file_read.check_content), then
    merged in one transaction; conflicts keep the local value and the other goes to the
    record's history, whose source reads "sync with WHERE".
    """
    label = Path(where)  # the name error messages give the data, as a file's path
    progress = progress or Silent()
    check_content(label, content, known_revisions())
    rekeyed = translation_keys.rekey_file(content)  # as for a file: ids derived from what they translate
    report = ImportReport(label, content.manifest["installation_id"], content.manifest["exported_at"],
                          False, format_version=content.manifest["format_version"])
    _merge(db, content, report, rekeyed, resolutions={}, on_conflict="keep-local",
           phases=(Phase(progress, 0.0, 0.4), Phase(progress, 0.4, 1.0)),
           origin=Origin(f"sync with {where}", f"Sync with {where}", label.name))
    return report


def _merge(db: Database, content: ExchangeContent, report: ImportReport, rekeyed: translation_keys.Rekeyed,
           *, resolutions: Resolutions,
           on_conflict: str, phases: tuple[Phase, Phase], origin: Origin) -> None:
    """Merge checked content into the database in one transaction (report.dry_run: write nothing).

    rekeyed: what translation_keys.rekey_file repaired in content (its dropped texts go to history).
    """
    path, dry_run, source = report.path, report.dry_run, report.source_installation
    merging, writing = phases
    with_clocks = report.merged_by == "clocks"
    total = content.record_count
    # Written in bulk: the database checks references once, at the end (the file's were
    # checked by check_against_db before anything is written).
    with (db.session(write=False) if dry_run else db.bulk_session()) as s:
        here = check_against_db(s, path, content)
        me = installation_id(s)
        resolver = Resolver(s, on_conflict, resolutions, dry_run)
        planned: list[Planned] = []
        done = 0
        for kind, snaps in content.records.items():
            ids = [snap["id"] for snap in snaps]
            known = [i for i in ids if i in here]
            locals_ = {snap["id"]: snap for snap in read_snapshots(s, kind, ids=known)} if known else {}
            bases = load_bases(s, ids)
            mine = load_clocks(s, known) if with_clocks else {}
            for snap in snaps:
                record_id = snap["id"]
                local = locals_.get(record_id)
                base = base_of(bases, record_id, local)
                clocks = None
                if with_clocks:
                    theirs = content.clocks.get(record_id)
                    clocks = (mine.get(record_id, NO_CLOCK), Clock.from_json(theirs) if theirs else NO_CLOCK)
                plan = plan_record(kind, snap, local, base, content, clocks, resolver, source, me, report)
                plan.base_current = base is not None and base == snap
                planned.append(plan)
            done += len(snaps)
            merging.report(done, total, f"Merging {words(kind)}")
            merging.check()
        translation_keys.note_dropped(planned, rekeyed)
        in_file = {p.incoming["id"] for p in planned}
        check_resolved(path, planned, resolutions, in_file, s)
        check_no_cycles(s, path, {p.incoming["id"]: p.result for p in planned
                                   if p.kind == "organizations" and p.write})
        import_invariants.check_import(s, path, content, planned, f"import from {source}")
        counts = Counter(p.action for p in planned)
        report.added, report.updated = counts["added"], counts["updated"]
        report.deleted, report.unchanged = counts["deleted"], counts["unchanged"]
        report.changes = [RecordChange(p.kind, p.incoming["id"], p.result, p.action)
                          for p in planned if p.action != "unchanged"]
        if not dry_run:
            apply(s, content, planned, source, writing, with_clocks, origin)
            report.change = Change(
                origin.title,
                tuple(ChangeItem(p.kind, p.incoming["id"], p.local, p.result)
                      for p in planned if p.write),
            )
            writing.report(1, 1, "Saving")
            writing.check()  # a cancel up to here rolls everything back
