"""The printed words in four languages: dates, counts, statuses, language names."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.domain.vocab import ActionStatus
from migdesk.reports import i18n


@pytest.mark.parametrize(
    ("lang", "day", "first", "same_month", "two_months", "two_years"),
    [
        ("en", "February 13, 2009", "February 1, 2009", "April 23\u201324, 2009",
         "April 30 \u2013 May 2, 2009", "December 30, 2009 \u2013 January 2, 2010"),
        ("es", "13 de febrero de 2009", "1 de febrero de 2009", "23\u201324 de abril de 2009",
         "30 de abril \u2013 2 de mayo de 2009",
         "30 de diciembre de 2009 \u2013 2 de enero de 2010"),
        ("fr", "13 février 2009", "1er février 2009", "23\u201324 avril 2009",
         "30 avril \u2013 2 mai 2009", "30 décembre 2009 \u2013 2 janvier 2010"),
        ("pt", "13 de fevereiro de 2009", "1º de fevereiro de 2009",
         "23\u201324 de abril de 2009", "30 de abril \u2013 2 de maio de 2009",
         "30 de dezembro de 2009 \u2013 2 de janeiro de 2010"),
    ],
)
def test_dates_in_each_language(lang: str, day: str, first: str, same_month: str,
                                 two_months: str, two_years: str) -> None:
    assert i18n.long_date(date(2009, 2, 13), lang) == day
    assert i18n.long_date(date(2009, 2, 1), lang) == first
    assert i18n.date_range(date(2009, 4, 23), date(2009, 4, 24), lang) == same_month
    assert i18n.date_range(date(2009, 4, 30), date(2009, 5, 2), lang) == two_months
    assert i18n.date_range(date(2009, 12, 30), date(2010, 1, 2), lang) == two_years
    assert i18n.date_range(date(2009, 4, 7), None, lang) == i18n.long_date(date(2009, 4, 7), lang)
    assert i18n.long_date(None, lang) == ""


def test_every_language_has_every_text_and_status() -> None:
    keys = set(i18n._TEXTS["en"])
    for lang in i18n.LANGUAGES:
        assert set(i18n._TEXTS[lang]) == keys, lang
    assert set(i18n.STATUSES) == {s.value for s in ActionStatus}


def test_sentences_counts_statuses_and_language_names() -> None:
    assert i18n.text("es", "held_place_date", place="Washington, D.C.", date="13 de febrero") == (
        "La reunión se celebró en Washington, D.C., el 13 de febrero.")
    assert i18n.counted("en", "summaries", 1) == "1 meeting summary"
    assert i18n.counted("es", "summaries", 2) == "2 resúmenes de reuniones"
    assert i18n.status_text("in progress", "fr") == "En cours"
    assert i18n.status_text("awaiting reply", "fr") == "Awaiting reply"  # typed: as written
    assert i18n.language_name("en", "es") == "inglés"
    assert i18n.language_name("English", "es") == "English"  # not a code: as written
    assert i18n.text("es", "Limited") == "Limited"
    with pytest.raises(ValueError, match="one of en, es, fr, pt"):
        i18n.check_language("de")


def test_the_report_fonts_cover_every_word_of_the_four_languages() -> None:
    from migdesk.reports.fonts import needs_fallback
    from migdesk.reports.styles import register_fonts

    register_fonts()
    words = [t for texts in i18n._TEXTS.values() for t in texts.values()]
    words += [m for months in i18n._MONTHS.values() for m in months]
    words += [n for names in i18n.NAMES.values() for n in names.values()]
    for font in ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans", "DejaVuSans-Bold"):
        assert [w for w in words if needs_fallback(w, font)] == [], font
