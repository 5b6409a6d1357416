"""The translation files: complete, up to date with the code, compiled, and shipped."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402


def test_ts_files_are_up_to_date_finished_and_compiled() -> None:
    """lupdate finds no new or vanished message, none is unfinished, every .qm matches."""
    assert update_translations.stale() == []


def test_the_check_sees_a_stale_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A .ts file missing a message, or holding an unfinished one, is reported."""
    for lang in update_translations.LANGUAGES:
        source = update_translations.ts_path(lang)
        text = source.read_text(encoding="utf-8")
        if lang == "es":  # one message dropped
            start = text.index("<message>")
            text = text[:start] + text[text.index("</message>", start) + len("</message>"):]
        if lang == "fr":  # one message left unfinished
            text = text.replace("<translation>", '<translation type="unfinished">', 1)
        (tmp_path / source.name).write_text(text, encoding="utf-8")
        (tmp_path / source.with_suffix(".qm").name).write_bytes(source.with_suffix(".qm").read_bytes())
    monkeypatch.setattr(update_translations, "TS_DIR", tmp_path)
    monkeypatch.setattr(update_translations, "ts_path", lambda lang, folder=tmp_path: folder / f"migdesk_{lang}.ts")
    problems = update_translations.stale()
    assert any(p.startswith("migdesk_es.ts: not in the file:") for p in problems)
    assert any(p.startswith("migdesk_fr.ts: unfinished:") for p in problems)
    assert any(p.startswith("migdesk_es.qm: out of date") for p in problems)
    assert not any(p.startswith("migdesk_pt") for p in problems)


def test_the_bundle_and_the_wheel_ship_the_translations() -> None:
    """resources/ is package data (every file) and the bundle keeps Qt's es, fr, pt files."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"migdesk.resources" = ["**/*"]' in pyproject
    spec = (ROOT / "packaging" / "migdesk.spec").read_text(encoding="utf-8")
    assert 'tree(ROOT / "resources", "migdesk/resources")' in spec
    assert "_(es|fr|pt|pt_BR|pt_PT)\\.qm$" in spec
    for lang in update_translations.LANGUAGES:
        assert (ROOT / "resources" / "translations" / f"migdesk_{lang}.qm").stat().st_size > 10_000
