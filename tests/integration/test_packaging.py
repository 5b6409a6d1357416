"""The installable app: the wheel and sdist carry everything MigDesk needs, and the wheel
runs from a fresh virtual environment, away from the checkout.

How the installed wheel gets its third-party dependencies (PySide6, SQLAlchemy, ReportLab,
...): reinstalling them from a registry or a local wheelhouse would take minutes and need
the network. Instead the fresh venv gets the wheel with `pip install --no-deps`, plus a
.pth file naming the dev venv's site-packages, appended after its own. A .pth *line*
only extends sys.path; the dev venv's own .pth files (among them the editable install
that points at the checkout) are not run, so `migdesk` can only come from the wheel,
which the test proves by checking where it was imported from. What this does not test:
that the dependency list in pyproject.toml is complete (a missing dependency would still
be found in the dev venv); the PyInstaller bundle's smoke test (packaging/build-bundle.sh)
covers that, as it runs with nothing but the bundle.

The bundle itself takes 2-3 minutes to build: that test runs only with
MIGDESK_TEST_BUNDLE=1.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]
LINUX = REPO / "packaging" / "linux"
APP_ID = "io.github.migdesk.MigDesk"

# Not part of a source tree: caches, virtual environments, build output.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "__pycache__", "*.pyc", "*.egg-info", ".mypy_cache",
    ".ruff_cache", ".pytest_cache", ".hypothesis",
)  # fmt: skip


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The sdist and the wheel, built as `python -m build` does (wheel from the sdist).

    Built from a copy of the checkout so that the build's egg-info and build/ folders never
    land in the checkout (and two test runs cannot trip over each other). --no-isolation:
    the dev venv already has setuptools, so no download of a build environment.
    """
    base = tmp_path_factory.mktemp("dists")
    source, out = base / "src", base / "out"
    shutil.copytree(REPO, source, ignore=_NOT_SOURCE, symlinks=True)
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = out.glob("migdesk-*.whl")
    (sdist,) = out.glob("migdesk-*.tar.gz")
    yield {"wheel": wheel, "sdist": sdist}


def _wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def _source_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


def test_wheel_has_every_module_and_data_file(dists: dict[str, Path]) -> None:
    names = _wheel_names(dists["wheel"])
    assert dists["wheel"].name == f"migdesk-{VERSION}-py3-none-any.whl"

    # Every file of the package: modules of every subpackage (the package list in
    # pyproject.toml is explicit), compiled forms, migrations, JSON data and schemas.
    missing = [
        p.relative_to(REPO).as_posix()
        for p in _source_files(REPO / "migdesk")
        if p.relative_to(REPO).as_posix() not in names
    ]
    assert not missing, (
        "not in the wheel (a new package folder must be added to [tool.setuptools] "
        f"packages in pyproject.toml; a new data type to package-data): {missing}"
    )
    # resources/ becomes the package migdesk.resources.
    missing = [
        p.relative_to(REPO).as_posix()
        for p in _source_files(REPO / "resources")
        if "migdesk/" + p.relative_to(REPO).as_posix() not in names
    ]
    assert not missing, f"resources missing from migdesk/resources in the wheel: {missing}"

    # The parts the issue names, spelled out (the loops above would pass on an empty tree).
    migrations = "migdesk/store/migrations/"
    assert {migrations + "env.py", migrations + "script.py.mako"} <= names
    revisions = [n for n in names if re.fullmatch(migrations + r"versions/\w+\.py", n)]
    assert len(revisions) >= 2, revisions
    fonts = {n for n in names if n.startswith("migdesk/resources/fonts/")}
    assert "migdesk/resources/fonts/LICENSE-DejaVu.txt" in fonts
    # The fallback fonts for other scripts ship with their licences.
    for name in ("LICENSE-Noto.txt", "LICENSE-DroidSansFallback.txt",
                 "NotoNaskhArabic-Regular.ttf", "DroidSansFallbackFull.ttf"):
        assert f"migdesk/resources/fonts/{name}" in fonts, name
    assert sum(n.endswith(".ttf") for n in fonts) >= 8, fonts
    assert "migdesk/resources/icons/migdesk.svg" in names
    assert {f"migdesk/resources/translations/migdesk_{lang}.qm" for lang in ("es", "fr", "pt")} <= names
    assert sum(n.startswith("migdesk/resources/icons/") and n.endswith(".svg") for n in names) > 10
    forms = [n for n in names if re.fullmatch(r"migdesk/gui/forms/ui_\w+\.py", n)]
    assert len(forms) == len(list((REPO / "ui").glob("*.ui"))) > 0, forms
    assert "migdesk/services/demo_ceam_2009.json" in names
    assert "migdesk/services/exchange_schema.json" in names

    # Only the migdesk package: no tests/, no top-level resources/, no caches.
    tops = {n.split("/", 1)[0] for n in names}
    assert tops == {"migdesk", f"migdesk-{VERSION}.dist-info"}, tops
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert dists["wheel"].stat().st_size < 10_000_000  # fonts ~5 MB compressed; not a venv


def test_wheel_metadata_and_entry_point(dists: dict[str, Path]) -> None:
    with zipfile.ZipFile(dists["wheel"]) as zf:
        info = f"migdesk-{VERSION}.dist-info/"
        entry_points = zf.read(info + "entry_points.txt").decode()
        metadata = zf.read(info + "METADATA").decode()
    assert re.search(r"\[console_scripts\]\s*\nmigdesk = migdesk\.cli:main", entry_points)
    required = {
        str(Requirement(line.split(":", 1)[1]))
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    }
    assert required == {str(Requirement(d)) for d in PYPROJECT["project"]["dependencies"]}
    assert "Requires-Python: >=3.11" in metadata
    assert "License-Expression: GPL-3.0-or-later" in metadata


def test_sdist_is_the_whole_source(dists: dict[str, Path]) -> None:
    import tarfile

    with tarfile.open(dists["sdist"]) as tf:
        root = f"migdesk-{VERSION}/"
        names = {m.name.removeprefix(root) for m in tf.getmembers() if m.isfile()}
    expected = {
        "pyproject.toml",
        "README.md",
        "MANIFEST.in",
        "packaging/migdesk.spec",
        "packaging/build-bundle.sh",
        f"packaging/linux/{APP_ID}.desktop",
        "resources/fonts/LICENSE-DejaVu.txt",
        "migdesk/store/migrations/script.py.mako",
        *(f"ui/{p.name}" for p in (REPO / "ui").glob("*.ui")),
        *(p.relative_to(REPO).as_posix() for p in (REPO / "tests").rglob("test_*.py")),
    }
    assert not expected - names, sorted(expected - names)
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def _fresh_venv(root: Path, wheel: Path) -> Path:
    """A venv holding only the wheel; third-party packages come from the dev venv (.pth)."""
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    dev = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    # "zz": read after anything pip puts there, so the venv's own packages come first.
    (Path(purelib) / "zz-migdesk-dev-deps.pth").write_text("\n".join(dev) + "\n")
    # The dev venv's pip installs into the fresh one (--python), so the fresh venv needs no
    # pip of its own; --isolated/--no-index: no config, no registry, just this file.
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "--isolated", "install",
         "--no-index", "--no-deps", "--no-compile", "--quiet", str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return venv


def _pdf_fonts(pdf: Path) -> dict[str, bool]:
    """Every font the PDF's pages use, and whether its font program is embedded."""
    from pypdf import PdfReader

    fonts: dict[str, bool] = {}
    for page in PdfReader(pdf).pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources else None
        for ref in (font_dict.get_object() if font_dict else {}).values():
            font = ref.get_object()
            if "/DescendantFonts" in font:  # Type0 (CID) fonts keep the descriptor below
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


@pytest.mark.slow
def test_installed_wheel_runs_away_from_the_checkout(
    dists: dict[str, Path], tmp_path: Path
) -> None:
    venv = _fresh_venv(tmp_path, dists["wheel"])
    work = tmp_path / "work"  # the cwd: outside the checkout, so it cannot be imported
    work.mkdir()
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "MIGDESK_DB")
    }
    env.update(
        PATH=f"{venv / 'bin'}:/usr/bin:/bin",
        HOME=str(tmp_path / "home"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONNOUSERSITE="1",
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(args, cwd=work, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{args}: {done.stderr}"
        return done

    where = run(
        str(venv / "bin" / "python"),
        "-c",
        "import json, sys, migdesk, migdesk.paths; print(json.dumps("
        "[migdesk.__file__, str(migdesk.paths.resources_dir()), sys.path]))",
    )
    module, resources, path = json.loads(where.stdout)
    assert Path(module).is_relative_to(venv), module
    assert Path(resources) == Path(module).parent / "resources"
    assert str(REPO) not in path, "the checkout is importable from the fresh venv"

    migdesk = str(venv / "bin" / "migdesk")  # the console script pip made from the wheel
    assert run(migdesk, "--version").stdout.strip() == f"migdesk {VERSION}"
    assert "demo loaded" in run(migdesk, "--db", "x.sqlite", "init", "--demo").stdout
    meetings = json.loads(run(migdesk, "--db", "x.sqlite", "list", "meetings", "--json").stdout)
    (meeting,) = [m for m in meetings if m["date"] == "2009-02-13"]

    run(migdesk, "--db", "x.sqlite", "pdf", "summary", meeting["id"], "-o", "s.pdf")
    fonts = _pdf_fonts(work / "s.pdf")
    assert fonts and all(fonts.values()), f"fonts not embedded: {fonts}"
    assert all("DejaVu" in name for name in fonts), fonts

    # The exchange file's JSON schema is package data too: an import validates against it.
    run(migdesk, "--db", "x.sqlite", "export", "x.migdesk")
    report = run(migdesk, "--db", "y.sqlite", "import", "x.migdesk", "--dry-run", "--json")
    assert json.loads(report.stdout)["added"] > 0


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_linux_desktop_files_agree() -> None:
    """The .desktop entry, MIME type, AppStream metadata and icons name the same things."""
    entry = dict(
        line.split("=", 1)
        for line in (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
        if "=" in line and not line.startswith("#")
    )
    assert entry["Exec"] == "migdesk %f"
    assert entry["MimeType"] == "application/x-migdesk;"
    assert entry["Icon"] == APP_ID

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ElementTree.parse(LINUX / "migdesk-mime.xml").getroot()
    (mime_type,) = mime.findall("m:mime-type", ns)
    assert mime_type.get("type") == "application/x-migdesk"
    assert [g.get("pattern") for g in mime_type.findall("m:glob", ns)] == ["*.migdesk"]
    assert mime_type.find("m:sub-class-of", ns).get("type") == "application/zip"

    meta = ElementTree.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.findtext("provides/binary") == "migdesk"
    assert meta.findtext("provides/mediatype") == "application/x-migdesk"
    assert meta.find("releases/release").get("version") == VERSION

    hicolor = LINUX / "icons" / "hicolor"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (REPO / "resources" / "icons" / "migdesk.svg").read_bytes(), (
        "the app icon changed: run packaging/linux/render_icons.py"
    )


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("MIGDESK_TEST_BUNDLE") != "1",
    reason="builds the PyInstaller bundle (2-3 min); set MIGDESK_TEST_BUNDLE=1",
)
def test_bundle_builds_and_passes_its_smoke_test(tmp_path: Path) -> None:
    env = {**os.environ, "DIST": str(tmp_path / "dist"), "WORK": str(tmp_path / "work")}
    done = subprocess.run(
        ["bash", str(REPO / "packaging" / "build-bundle.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "build-bundle: OK" in done.stdout
