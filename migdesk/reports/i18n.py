"""The words of printed reports in the four OAS languages: English, Spanish, French and
Portuguese. French puts a no-break space before a colon ("Original\u00a0: anglais").

Whole sentences are templates with named fields (``{date}``, ``{place}``), never joined
from fragments, so that each language orders them its own way; counts choose between
a singular and a plural template. Dates follow each language's OAS style: "February
13, 2009", "13 de febrero de 2009", "13 février 2009", "13 de fevereiro de 2009".
Plain data, no Qt: the window and the command line pass a language code.
"""

from __future__ import annotations

from datetime import date

LANGUAGES = ("en", "es", "fr", "pt")
#: Action statuses as stored (domain.vocab.ActionStatus), printed in each language.
STATUSES = ("planned", "invited", "in progress", "done", "declined", "cancelled")
DEFAULT = "en"

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
}

#: Each language's name, in each language: NAMES[printed in][language].
NAMES = {
    "en": {"en": "English", "es": "Spanish", "fr": "French", "pt": "Portuguese"},
    "es": {"en": "inglés", "es": "español", "fr": "francés", "pt": "portugués"},
    "fr": {"en": "anglais", "es": "espagnol", "fr": "français", "pt": "portugais"},
    "pt": {"en": "inglês", "es": "espanhol", "fr": "francês", "pt": "português"},
}

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "original": "Original: {language}",
        "page": "Page {page} of {pages}",
        "decisions": "Decisions",
        "actions": "Follow-up actions",
        "outcome": "Outcome: ",
        "status": "Status: ",
        "event": "Event: ",
        "due": "Due: ",
        "mandates": "Mandates: {mandates}.",
        "held_place_date": "The meeting was held in {place}, on {date}.",
        "held_date": "The meeting was held on {date}.",
        "held_place": "The meeting was held in {place}.",
        "chaired": "It was chaired by {chair}.",
        "agenda": "The agenda was distributed as document {symbol}.",
        "order": "The order of business can be found in document {symbol}.",
        "packet": "BRIEFING PACKET",
        "contents": "CONTENTS",
        "contents_entry": "Contents",
        "distribution": "Distribution",
        "prepared": "Prepared",
        "public": "Public",
        "limited": "Limited",
        "summaries_1": "{n} meeting summary",
        "summaries_n": "{n} meeting summaries",
        "attached_1": "{n} attached document",
        "attached_n": "{n} attached documents",
        "meetings_n": "{n} meetings",
        "from": "from {date}",
        "until": "until {date}",
        "s_summaries": "Meeting summaries",
        "s_mandates": "Mandates",
        "s_actions": "Open follow-up actions",
        "s_events": "Upcoming events",
        "s_documents": "Documents",
        "s_attachments": "Attached documents",
        "h_resolution": "Resolution",
        "h_paragraph": "Operative paragraph",
        "h_actions": "Actions",
        "h_dates": "Dates",
        "h_meeting": "Meeting",
        "h_number": "No.",
        "h_action": "Action",
        "h_status": "Status",
        "h_due": "Due",
        "h_event": "Event",
        "h_place": "Place",
        "h_organizer": "Organizer",
        "h_symbol": "Symbol",
        "h_title": "Title",
        "h_date": "Date",
        "h_language": "Language",
        "overdue": "OVERDUE",
        "no_paragraph": "No operative paragraph recorded",
        "planned": "Planned",
        "invited": "Invited",
        "in progress": "In progress",
        "done": "Done",
        "declined": "Declined",
        "cancelled": "Cancelled",
    },
    "es": {
        "original": "Original: {language}",
        "page": "Página {page} de {pages}",
        "decisions": "Decisiones",
        "actions": "Acciones de seguimiento",
        "outcome": "Resultado: ",
        "status": "Estado: ",
        "event": "Evento: ",
        "due": "Plazo: ",
        "mandates": "Mandatos: {mandates}.",
        "held_place_date": "La reunión se celebró en {place}, el {date}.",
        "held_date": "La reunión se celebró el {date}.",
        "held_place": "La reunión se celebró en {place}.",
        "chaired": "La presidió {chair}.",
        "agenda": "El orden del día se distribuyó como documento {symbol}.",
        "order": "El orden de trabajo figura en el documento {symbol}.",
        "packet": "CARPETA INFORMATIVA",
        "contents": "ÍNDICE",
        "contents_entry": "Índice",
        "distribution": "Distribución",
        "prepared": "Preparada",
        "public": "Pública",
        "limited": "Limitada",
        "summaries_1": "{n} resumen de reunión",
        "summaries_n": "{n} resúmenes de reuniones",
        "attached_1": "{n} documento adjunto",
        "attached_n": "{n} documentos adjuntos",
        "meetings_n": "{n} reuniones",
        "from": "desde el {date}",
        "until": "hasta el {date}",
        "s_summaries": "Resúmenes de las reuniones",
        "s_mandates": "Mandatos",
        "s_actions": "Acciones de seguimiento pendientes",
        "s_events": "Próximos eventos",
        "s_documents": "Documentos",
        "s_attachments": "Documentos adjuntos",
        "h_resolution": "Resolución",
        "h_paragraph": "Párrafo resolutivo",
        "h_actions": "Acciones",
        "h_dates": "Fechas",
        "h_meeting": "Reunión",
        "h_number": "N.º",
        "h_action": "Acción",
        "h_status": "Estado",
        "h_due": "Plazo",
        "h_event": "Evento",
        "h_place": "Lugar",
        "h_organizer": "Organizador",
        "h_symbol": "Signatura",
        "h_title": "Título",
        "h_date": "Fecha",
        "h_language": "Idioma",
        "overdue": "VENCIDA",
        "no_paragraph": "No se registró ningún párrafo resolutivo",
        "planned": "Prevista",
        "invited": "Invitación cursada",
        "in progress": "En curso",
        "done": "Realizada",
        "declined": "Declinada",
        "cancelled": "Cancelada",
    },
    "fr": {
        "original": "Original\u00a0: {language}",
        "page": "Page {page} sur {pages}",
        "decisions": "Décisions",
        "actions": "Mesures de suivi",
        "outcome": "Résultat\u00a0: ",
        "status": "État\u00a0: ",
        "event": "Événement\u00a0: ",
        "due": "Échéance\u00a0: ",
        "mandates": "Mandats\u00a0: {mandates}.",
        "held_place_date": "La réunion s’est tenue à {place}, le {date}.",
        "held_date": "La réunion s’est tenue le {date}.",
        "held_place": "La réunion s’est tenue à {place}.",
        "chaired": "Elle a été présidée par {chair}.",
        "agenda": "L’ordre du jour a été distribué sous la cote {symbol}.",
        "order": "Le programme de travail figure dans le document {symbol}.",
        "packet": "DOSSIER D’INFORMATION",
        "contents": "TABLE DES MATIÈRES",
        "contents_entry": "Table des matières",
        "distribution": "Distribution",
        "prepared": "Établi le",
        "public": "Publique",
        "limited": "Restreinte",
        "summaries_1": "{n} résumé de réunion",
        "summaries_n": "{n} résumés de réunions",
        "attached_1": "{n} document joint",
        "attached_n": "{n} documents joints",
        "meetings_n": "{n} réunions",
        "from": "à partir du {date}",
        "until": "jusqu’au {date}",
        "s_summaries": "Résumés des réunions",
        "s_mandates": "Mandats",
        "s_actions": "Mesures de suivi en cours",
        "s_events": "Événements à venir",
        "s_documents": "Documents",
        "s_attachments": "Documents joints",
        "h_resolution": "Résolution",
        "h_paragraph": "Paragraphe du dispositif",
        "h_actions": "Mesures",
        "h_dates": "Dates",
        "h_meeting": "Réunion",
        "h_number": "Nº",
        "h_action": "Mesure",
        "h_status": "État",
        "h_due": "Échéance",
        "h_event": "Événement",
        "h_place": "Lieu",
        "h_organizer": "Organisateur",
        "h_symbol": "Cote",
        "h_title": "Titre",
        "h_date": "Date",
        "h_language": "Langue",
        "overdue": "EN RETARD",
        "no_paragraph": "Aucun paragraphe du dispositif enregistré",
        "planned": "Prévue",
        "invited": "Invitation envoyée",
        "in progress": "En cours",
        "done": "Réalisée",
        "declined": "Déclinée",
        "cancelled": "Annulée",
    },
    "pt": {
        "original": "Original: {language}",
        "page": "Página {page} de {pages}",
        "decisions": "Decisões",
        "actions": "Ações de acompanhamento",
        "outcome": "Resultado: ",
        "status": "Situação: ",
        "event": "Evento: ",
        "due": "Prazo: ",
        "mandates": "Mandatos: {mandates}.",
        "held_place_date": "A reunião realizou-se em {place}, em {date}.",
        "held_date": "A reunião realizou-se em {date}.",
        "held_place": "A reunião realizou-se em {place}.",
        "chaired": "Foi presidida por {chair}.",
        "agenda": "A agenda foi distribuída como documento {symbol}.",
        "order": "A ordem dos trabalhos consta do documento {symbol}.",
        "packet": "DOSSIÊ INFORMATIVO",
        "contents": "ÍNDICE",
        "contents_entry": "Índice",
        "distribution": "Distribuição",
        "prepared": "Preparado em",
        "public": "Pública",
        "limited": "Limitada",
        "summaries_1": "{n} resumo de reunião",
        "summaries_n": "{n} resumos de reuniões",
        "attached_1": "{n} documento anexo",
        "attached_n": "{n} documentos anexos",
        "meetings_n": "{n} reuniões",
        "from": "a partir de {date}",
        "until": "até {date}",
        "s_summaries": "Resumos das reuniões",
        "s_mandates": "Mandatos",
        "s_actions": "Ações de acompanhamento pendentes",
        "s_events": "Próximos eventos",
        "s_documents": "Documentos",
        "s_attachments": "Documentos anexos",
        "h_resolution": "Resolução",
        "h_paragraph": "Parágrafo dispositivo",
        "h_actions": "Ações",
        "h_dates": "Datas",
        "h_meeting": "Reunião",
        "h_number": "Nº",
        "h_action": "Ação",
        "h_status": "Situação",
        "h_due": "Prazo",
        "h_event": "Evento",
        "h_place": "Local",
        "h_organizer": "Organizador",
        "h_symbol": "Símbolo",
        "h_title": "Título",
        "h_date": "Data",
        "h_language": "Idioma",
        "overdue": "ATRASADA",
        "no_paragraph": "Nenhum parágrafo dispositivo registrado",
        "planned": "Prevista",
        "invited": "Convite enviado",
        "in progress": "Em andamento",
        "done": "Realizada",
        "declined": "Recusada",
        "cancelled": "Cancelada",
    },
}


def check_language(lang: str) -> str:
    """``lang`` if it is one of the four languages; ValueError otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return lang


def text(lang: str, key: str, **fields: object) -> str:
    """The sentence or label ``key`` in ``lang``, its named fields filled in. A value
    that is not a key (a status typed by hand) comes back as it is."""
    template = _TEXTS[lang].get(key, _TEXTS[DEFAULT].get(key))
    if template is None:
        return key
    return template.format(**fields) if fields else template


def status_text(status: str, lang: str) -> str:
    """An action's status as printed: "in progress" -> "In progress", "En curso"; a
    status typed by hand keeps its words, first letter capitalised."""
    key = status.strip().lower()
    if key in STATUSES:
        return text(lang, key)
    return status[:1].upper() + status[1:]


def counted(lang: str, key: str, n: int) -> str:
    """A count with its noun: "1 meeting summary", "2 meeting summaries"."""
    return text(lang, f"{key}_1" if n == 1 else f"{key}_n", n=n)


def language_name(code: str, lang: str) -> str:
    """The name of language ``code`` in ``lang`` ("en" in Spanish: "inglés"); a value
    that is not a language code is returned as written."""
    return NAMES[lang].get(code, code)


def _day(value: date, lang: str) -> str:
    if value.day == 1 and lang == "fr":
        return "1er"
    if value.day == 1 and lang == "pt":
        return "1º"
    return str(value.day)


def long_date(value: date | None, lang: str = DEFAULT) -> str:
    """A date in the OAS style of ``lang``; "" for None."""
    if value is None:
        return ""
    month = _MONTHS[lang][value.month - 1]
    if lang == "en":
        return f"{month} {value.day}, {value.year}"
    if lang == "fr":
        return f"{_day(value, lang)} {month} {value.year}"
    return f"{_day(value, lang)} de {month} de {value.year}"


def date_range(start: date | None, end: date | None, lang: str = DEFAULT) -> str:
    """An inclusive date range: "April 23\u201324, 2009", "23\u201324 de abril de 2009",
    "30 avril \u2013 2 mai 2009", across years both dates in full."""
    if start is None:
        return long_date(end, lang)
    if end is None or end == start:
        return long_date(start, lang)
    dash = "\u2013"
    if start.year != end.year:
        return f"{long_date(start, lang)} {dash} {long_date(end, lang)}"
    first_month = _MONTHS[lang][start.month - 1]
    if lang == "en":
        if start.month == end.month:
            return f"{first_month} {start.day}{dash}{end.day}, {end.year}"
        return f"{first_month} {start.day} {dash} {long_date(end, lang)}"
    of = " de " if lang != "fr" else " "
    if start.month == end.month:
        return f"{_day(start, lang)}{dash}{long_date(end, lang)}"
    return f"{_day(start, lang)}{of}{first_month} {dash} {long_date(end, lang)}"
