"""A briefing packet as the report builders' plain data: the meetings it covers, their
summaries, mandates, actions, events, documents and attached PDFs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select

from migdesk.domain.vocab import ActionStatus
from migdesk.reports import data as rd
from migdesk.reports import i18n
from migdesk.reports.i18n import counted, date_range, language_name, long_date
from migdesk.services import records
from migdesk.services.errors import NotFound
from migdesk.services.kinds import KINDS
from migdesk.services.print_lookup import Lookup
from migdesk.services.print_summary_data import summary, to_date
from migdesk.services.records import Record
from migdesk.store.database import Database
from migdesk.store.models import Blob


def choose_meetings(
    db: Database,
    meeting_ids: Sequence[str] = (),
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[Record]:
    """The meetings a packet covers: those named, else those in the period (all without one)."""
    if meeting_ids:
        chosen = [records.get_record(db, "meetings", m) for m in meeting_ids]
    else:
        chosen = records.list_records(db, "meetings")
    out = []
    for m in chosen:
        day = to_date(m.values["date"])
        if date_from and (day is None or day < date_from):
            continue
        if date_to and (day is None or day > date_to):
            continue
        out.append(m)
    if not out:
        raise NotFound("no meetings match; choose meetings or a period that holds some",
                       code="no_meetings_match")
    return sorted(out, key=lambda m: (m.values["date"] or "", m.values["title"]))


def packet_data(
    db: Database,
    meetings: Sequence[Record],
    *,
    sections: Iterable[str] = rd.ALL_SECTIONS,
    today: date | None = None,
    attachments_dir: Path | None = None,
    period: tuple[date | None, date | None] = (None, None),
    lang: str = "en",
    look: Lookup | None = None,
) -> rd.PacketData:
    """Everything a briefing packet prints for these meetings, in ``lang``.

    Attachment PDFs are written into attachments_dir (required to include attachments).
    ``look`` (made here if not given) keeps the records read and what was untranslated.
    """
    today = today or date.today()
    look = look or Lookup(db, i18n.check_language(lang))
    lang = look.lang
    summaries = [summary(look, m, today) for m in meetings]
    meeting_ids = {m.id for m in meetings}
    titles = {m.id: _meeting_title(look, m) for m in meetings}

    mandate_ids: list[str] = []
    for m in meetings:
        mandate_ids += [r for r in m.values["mandate_ids"] if r not in mandate_ids]
    actions = [a for a in look.all("actions").values() if a.values["meeting_id"] in meeting_ids]
    mandates: list[rd.MandateRow] = []
    for rid in mandate_ids:
        res = look.get("resolutions", rid)
        if res is None:
            continue
        mandated = [m for m in meetings if rid in m.values["mandate_ids"]]
        mandated_ids = {m.id for m in mandated}
        acts = [_action_text(look, a) for a in actions if a.values["meeting_id"] in mandated_ids]
        dates = ", ".join(
            long_date(to_date(m.values["date"]), lang) for m in mandated if m.values["date"]
        )
        paragraphs = sorted(
            look.children("paragraphs", "resolution_id", rid), key=lambda p: p.values["number"]
        )
        texts = [f"{p.values['number']}. {look.text(p, 'text')}" for p in paragraphs] or [""]
        for n, text in enumerate(texts):
            mandates.append(
                rd.MandateRow(
                    res.values["symbol"],
                    text,
                    acts if n == 0 else (),
                    dates,
                    title=look.text(res, "title") if n == 0 else "",
                )
            )

    open_rows = []
    for a in actions:
        v = a.values
        if not ActionStatus(v["status"]).is_open:
            continue
        due = to_date(v["due_date"])
        open_rows.append(
            rd.OpenActionRow(
                meeting=titles[v["meeting_id"]],
                number="" if v["number"] is None else str(v["number"]),
                description=look.text(a, "description"),
                status=v["status"],
                due_date=due,
                overdue=due is not None and due < today,
            )
        )
    open_rows.sort(key=lambda r: (not r.overdue, r.due_date or date.max, r.meeting, r.number))

    since = period[0] or today
    events = []
    for e in look.all("events").values():
        start, end = to_date(e.values["start_date"]), to_date(e.values["end_date"])
        if (end or start or date.min) < since:
            continue
        organizer = look.get("organizations", e.values["organizer_id"])
        events.append(
            rd.EventRow(
                look.text(e, "title"),
                start,
                end,
                look.text(e, "place"),
                look.text(organizer, "name") if organizer else "",
            )
        )
    events.sort(key=lambda r: (r.start or date.max, r.title))

    listed = _packet_documents(look, meetings, period)
    documents = [
        rd.DocumentRow(
            r.values["symbol"],
            look.text(r, "title"),
            to_date(r.values["date"]) or cited,
            language_name(r.values["language"], lang),
        )
        for r, cited in listed
    ]
    documents.sort(key=lambda d: (d.date or date.max, d.symbol))
    mandate_records = [look.get("resolutions", rid) for rid in mandate_ids]
    owners = [r for r, _ in listed] + [r for r in mandate_records if r is not None]

    attachments: list[rd.AttachmentRef] = []
    if attachments_dir is not None:
        attachments = _attachment_files(db, look, owners, attachments_dir)

    bodies = sorted({" / ".join(s.body_hierarchy[-1:]) for s in summaries if s.body_hierarchy})
    limited = any(r.values.get("distribution") == "limited" for r in owners)
    first, last = period
    if not (first or last):
        first, last = summaries[0].meeting_date, summaries[-1].meeting_date
    if first and last:
        when = date_range(first, last, lang)
    elif first:
        when = i18n.text(lang, "from", date=long_date(first, lang))
    else:
        when = i18n.text(lang, "until", date=long_date(last, lang))
    if len(meetings) <= FEW_MEETINGS:
        title = "; ".join(s.title for s in summaries)
    else:
        title = counted(lang, "meetings", len(meetings))
    return rd.PacketData(
        title=title,
        body="; ".join(bodies),
        distribution="limited" if limited else "public",
        date_prepared=today,
        period=when,
        meetings=summaries,
        sections=frozenset(sections),
        mandates=mandates,
        open_actions=open_rows,
        events=events,
        documents=documents,
        attachments=attachments,
        lang=lang,
    )



FEW_MEETINGS = 3  # a packet of up to this many meetings is titled with their titles


def _meeting_title(look: Lookup, meeting: Record) -> str:
    """A meeting as the packet's tables name it: "February 13, 2009 Title"."""
    day = long_date(to_date(meeting.values["date"]), look.lang)
    return f"{day} {look.text(meeting, 'title')}".strip()


def _action_text(look: Lookup, action: Record) -> str:
    """A follow-up action in full ("2. The delegation of ..."), never cut short."""
    number = action.values["number"]
    text = look.text(action, "description")
    return f"{number}. {text}" if number is not None else text


def _packet_documents(
    look: Lookup, meetings: Sequence[Record], period: tuple[date | None, date | None]
) -> list[tuple[Record, date | None]]:
    """The documents of a packet, each with the date of the first meeting that cites it.

    A document belongs when a meeting refers to it through any field (agenda, order of
    business, ...), when it refers to one of the meetings, or when it is a document of
    one of the meetings' bodies dated within the period (the meetings' dates without
    one). Resolutions are mandates, listed in their own table.
    """
    cited: dict[str, date | None] = {}
    meeting_fields = [f for f in KINDS["meetings"].fields if f.ref_kind == "documents"]
    document_fields = [f for f in KINDS["documents"].fields if f.ref_kind == "meetings"]
    for m in meetings:
        for f in meeting_fields:
            value = m.values[f.name]
            for doc_id in value if isinstance(value, list) else [value]:
                if doc_id:
                    cited.setdefault(doc_id, to_date(m.values["date"]))
    ids = {m.id: m for m in meetings}
    for doc in look.all("documents").values():
        for f in document_fields:
            value = doc.values[f.name]
            hits = [ids[v] for v in (value if isinstance(value, list) else [value]) if v in ids]
            if hits:
                cited.setdefault(doc.id, to_date(hits[0].values["date"]))
    days = [d for d in (to_date(m.values["date"]) for m in meetings) if d is not None]
    first, last = period[0] or min(days, default=None), period[1] or max(days, default=None)
    bodies = {m.values["body_id"] for m in meetings if m.values["body_id"]}
    for doc in look.all("documents").values():
        day = to_date(doc.values["date"])
        in_period = day is not None and (first is None or first <= day) and (
            last is None or day <= last
        )
        if doc.values["body_id"] in bodies and in_period:
            cited.setdefault(doc.id, None)
    found = ((look.get("documents", doc_id), day) for doc_id, day in cited.items())
    return [(doc, day) for doc, day in found if doc is not None]


def _attachment_files(
    db: Database, look: Lookup, owners: list[Record], folder: Path
) -> list[rd.AttachmentRef]:
    """Write the PDFs attached to these documents/resolutions into folder, in list order;
    of a document's language versions, only the one in the packet's language (see
    ``_language_version``)."""
    refs: list[rd.AttachmentRef] = []
    owner_ids = {o.id: o for o in owners}
    pdfs: dict[str, list[Record]] = {}
    for a in look.all("attachments").values():
        owner_id = a.values["document_id"] or a.values["resolution_id"]
        if owner_id in owner_ids and a.values["media_type"] == "application/pdf":
            pdfs.setdefault(owner_id, []).append(a)
    wanted = [
        a
        for owner_id, found in pdfs.items()
        for a in _language_version(found, look.lang, owner_ids[owner_id].values.get("language"))
    ]
    with db.session(write=False) as s:
        for n, att in enumerate(wanted):
            owner = owner_ids[att.values["document_id"] or att.values["resolution_id"]]
            blob = s.scalar(select(Blob.data).where(Blob.sha256 == att.values["sha256"]))
            if blob is None:
                continue
            target = folder / f"{n:04d}.pdf"
            target.write_bytes(blob)
            refs.append(rd.AttachmentRef(owner.values["symbol"], target))
    return refs


def _language_version(pdfs: list[Record], lang: str, original: str | None) -> list[Record]:
    """The PDFs of one document to append: those in ``lang`` when there are some, else
    those in the document's original language, else those of no stated language, else
    all of them."""
    for wanted in (lang, original, None):
        chosen = [a for a in pdfs if (a.values.get("language") or None) == wanted]
        if chosen:
            return chosen
    return pdfs
