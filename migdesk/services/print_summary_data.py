"""A meeting's summary as the report builders' plain data: its header (bodies, chair,
symbols, dates), interventions, decisions and follow-up actions, in the language asked.
"""

from __future__ import annotations

from datetime import date

from migdesk.reports import data as rd
from migdesk.reports import i18n
from migdesk.services import records
from migdesk.services.print_lookup import Lookup
from migdesk.services.records import Record
from migdesk.store.database import Database

DEFAULT_CLASSIFICATION = "OEA/Ser.G"


def to_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _hierarchy(look: Lookup, body_id: str | None) -> list[str]:
    """Body names from the top, in capitals; the organization at the very top is implied."""
    chain: list[str] = []
    body = look.get("organizations", body_id)
    while body is not None:
        chain.insert(0, look.text(body, "name").upper())
        parent = look.get("organizations", body.values["parent_id"])
        if parent is not None and parent.values["kind"] == "intergovernmental organization":
            break
        body = parent
    return chain


def _symbol(look: Lookup, kind: str, record_id: str | None) -> str:
    rec = look.get(kind, record_id)
    return rec.values["symbol"] if rec else ""


def _chair(look: Lookup, person_id: str | None) -> str:
    """The chair as printed: honorific, name and position ("Ambassador Jane Doe,
    Permanent Representative of Belize")."""
    person = look.get("persons", person_id)
    if person is None:
        return ""
    p = person.values
    name = " ".join(x.strip() for x in (p["honorific"] or "", p["name"]) if x and x.strip())
    title = look.text(person, "job_title").strip()
    return f"{name}, {title}" if title else name


def summary(look: Lookup, meeting: Record, today: date) -> rd.MeetingSummaryData:
    """The summary of one meeting; ``today`` stands in for a meeting without a date."""
    v = meeting.values
    lang = v["language"]

    def said(record: Record, field: str) -> str:
        return look.text(record, field, lang)

    items = look.children("agenda_items", "meeting_id", meeting.id)
    items.sort(key=lambda r: r.values["position"])
    interventions = sorted(
        look.children("interventions", "meeting_id", meeting.id), key=lambda r: r.values["position"]
    )
    sections: list[rd.AgendaSection] = []
    loose = [i for i in interventions if i.values["agenda_item_id"] not in {x.id for x in items}]
    if loose:
        sections.append(rd.AgendaSection(None, [_line(look, i, lang) for i in loose]))
    for item in items:
        mine = [i for i in interventions if i.values["agenda_item_id"] == item.id]
        # One agenda item that repeats the meeting's title needs no heading of its own.
        only = len(items) == 1 and not loose and item.values["title"].strip() == v["title"].strip()
        title = None if only else said(item, "title")
        sections.append(rd.AgendaSection(title, [_line(look, i, lang) for i in mine]))
    actions = sorted(
        look.children("actions", "meeting_id", meeting.id), key=lambda r: r.values["position"]
    )
    decisions = sorted(
        look.children("decisions", "meeting_id", meeting.id), key=lambda r: r.values["position"]
    )
    agenda = look.get("documents", v["agenda_document_id"])
    return rd.MeetingSummaryData(
        title=said(meeting, "title"),
        meeting_date=to_date(v["date"]) or today,
        place=said(meeting, "place"),
        chair=_chair(look, v["chair_id"]),
        body_hierarchy=_hierarchy(look, v["body_id"]),
        classification=(agenda.values["classification"] if agenda else None)
        or DEFAULT_CLASSIFICATION,
        symbol=v["symbol"] or "",
        date_of_issue=to_date(v["summary_date"]),
        original_language=lang,
        introduction=[p for p in said(meeting, "introduction").split("\n\n") if p.strip()],
        agenda_symbol=_symbol(look, "documents", v["agenda_document_id"]),
        order_of_business_symbol=_symbol(look, "documents", v["order_of_business_document_id"]),
        mandates=[
            (res.values["symbol"], look.text(res, "title"))
            for res in (look.get("resolutions", rid) for rid in v["mandate_ids"])
            if res is not None
        ],
        agenda_items=sections,
        decisions=[said(d, "text") for d in decisions],
        actions=[_action(look, a, lang) for a in actions],
        lang=look.lang,
    )


def _line(look: Lookup, intervention: Record, lang: str) -> rd.InterventionLine:
    """An intervention; its speaker as typed, else the linked delegations' names."""
    v = intervention.values
    speaker = (v["speaker"] or "").strip()
    if speaker and look.lang != (v["language"] or lang):
        # A speaker typed in the original ("Some countries") leads a translated text
        # only when it is translated too.
        speaker = (look.translation(intervention, "speaker") or "").strip()
    elif not speaker:
        orgs = (look.get("organizations", oid) for oid in v["speaker_ids"] or [])
        speaker = ", ".join(look.text(o, "name") for o in orgs if o is not None)
    return rd.InterventionLine(speaker, look.text(intervention, "text", lang))


def _action(look: Lookup, action: Record, lang: str) -> rd.ActionLine:
    v = action.values
    event = look.get("events", v["event_id"])
    return rd.ActionLine(
        number="" if v["number"] is None else str(v["number"]),
        description=look.text(action, "description", lang),
        status=v["status"],
        outcome=look.text(action, "outcome", lang),
        due_date=to_date(v["due_date"]),
        event=look.text(event, "title", lang) if event else "",
    )



def summary_data(
    db: Database, meeting_id: str, *, lang: str = "en", look: Lookup | None = None
) -> rd.MeetingSummaryData:
    """The printable summary of one meeting (id or unique prefix) in ``lang``; its
    header carries the meeting's date of issue (``summary_date``), none while empty."""
    meeting = records.get_record(db, "meetings", meeting_id)
    return summary(look or Lookup(db, i18n.check_language(lang)), meeting, date.today())
