"""Helpers for translatable text (Qt's tr() and lupdate conventions, typed for mypy)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark text for translation in context without translating it yet; returns text."""
    return text


def translate(context: str, text: str) -> str:
    """text in the user's language (as marked with QT_TRANSLATE_NOOP in context)."""
    return QCoreApplication.translate(context, text)


def count_text(n: int, one: str, many: str) -> str:
    """'1 record' / '5 records': one and many already translated, many holding %1."""
    return one if n == 1 else many.replace("%1", str(n))
