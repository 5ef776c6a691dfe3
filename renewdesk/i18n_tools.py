"""Maintain the translations: extract, compile, check, and make a pseudo-locale.

Run from a source checkout (the files live in ``resources/translations/``)::

    python -m renewdesk.i18n_tools update    # pyside6-lupdate over renewdesk/**/*.py
    python -m renewdesk.i18n_tools compile   # pyside6-lrelease -> the shipped .qm files
    python -m renewdesk.i18n_tools check     # unfinished, obsolete, placeholder mismatches
    python -m renewdesk.i18n_tools pseudo OUT.qm  # every string ~40% longer, for layouts

``renewdesk_sv.ts`` holds every string; ``renewdesk_en.ts`` only the plural forms
English needs (``%n row(s)`` -> "1 row" / "2 rows"), as ``lupdate -pluralonly``
makes it. Both are compiled to ``.qm`` files that are committed and shipped. The
tools are the ``lupdate``/``lrelease`` binaries PySide6-Essentials ships (the
same ones the ``pyside6-lupdate``/``pyside6-lrelease`` commands run).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE = ROOT / "renewdesk"
# language -> extract only plural forms (English is the source language)
LANGUAGES: dict[str, bool] = {"sv": False, "en": True}
TARGETS = {"sv": "sv_SE", "en": "en_US"}

# {name} (str.format), %1..%99 (QString.arg), %n / %Ln (numerus)
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d{1,2}|%L?n")


def qt_tool(name: str) -> Path:
    """The path of a Qt tool PySide6 ships (``lupdate``, ``lrelease``)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    exe = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    if not exe.is_file():
        raise FileNotFoundError(f"{exe} not found: install PySide6-Essentials")
    return exe


def sources() -> list[Path]:
    """Every Python file lupdate reads, relative to the checkout (stable order)."""
    return sorted(p.relative_to(ROOT) for p in PACKAGE.rglob("*.py"))


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"renewdesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"renewdesk_{lang}.qm"


def lupdate(ts: Path, *, plural_only: bool = False, lang: str = "sv") -> str:
    """Extract into ``ts`` (merging what it holds), dropping vanished strings."""
    args = [
        str(qt_tool("lupdate")),
        *map(str, sources()),
        "-no-obsolete",
        # renewdesk.lazy_text: messages of the Qt-free layers, translated when shown
        "-tr-function-alias",
        "QT_TRANSLATE_NOOP+=tr_later",
        "-locations",
        "relative",
        "-source-language",
        "en_US",
        "-target-language",
        TARGETS.get(lang, lang),
        "-ts",
        str(ts),
    ]
    if plural_only:
        args.insert(1, "-pluralonly")
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm``."""
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )


@dataclass(frozen=True)
class Entry:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form
    kind: str  # "" (finished), "unfinished", "obsolete", "vanished"
    numerus: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[Entry]:
    """Every message in a .ts file, in file order."""
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            assert tr is not None, f"{path}: a message without <translation>"
            forms = tr.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (tr.text or "",)
            entries.append(
                Entry(
                    name,
                    msg.findtext("source") or "",
                    msg.findtext("comment") or "",
                    texts,
                    tr.get("type", ""),
                    msg.get("numerus") == "yes",
                )
            )
    return entries


def placeholders(text: str) -> set[str]:
    """``{name}``, ``%1`` and ``%n`` markers in ``text`` (``{{`` is a literal brace)."""
    return set(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def problems(entries: Iterable[Entry], *, plural_only: bool = False) -> list[str]:
    """What keeps a .ts from shipping: unfinished, obsolete, empty, placeholder drift."""
    found = []
    for e in entries:
        where = f"{e.context}: {e.source!r}"
        if e.kind:
            found.append(f"{where} is {e.kind}")
            continue
        if not all(t.strip() for t in e.translations):
            found.append(f"{where} has an empty translation")
            continue
        want = placeholders(e.source)
        for text in e.translations:
            got = placeholders(text)
            # A plural form may spell out the number ("one row") instead of %n.
            if e.numerus:
                want, got = want - {"%n", "%Ln"}, got - {"%n", "%Ln"}
            if got != want:
                found.append(f"{where}: placeholders {sorted(got)} != {sorted(want)} in {text!r}")
        if plural_only and not e.numerus:
            found.append(f"{where} is not a plural form")
    return found


def extracted_keys(*, plural_only: bool = False) -> set[tuple[str, str, str]]:
    """The (context, source, comment) of every string the sources hold now."""
    with tempfile.TemporaryDirectory(prefix="renewdesk-lupdate-") as tmp:
        ts = Path(tmp) / ("renewdesk_en.ts" if plural_only else "renewdesk_sv.ts")
        lupdate(ts, plural_only=plural_only)
        return {e.key for e in read_ts(ts)}


# ---- pseudo-locale --------------------------------------------------------------------

_ACCENTED = dict(
    zip(
        "abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ",
        "àƀçđéĝĥîķľñöŕšţûŵýžÀƁÇĐÉĜĤÎĶĽÑÖŔŠŢÛŴÝŽ",
        strict=True,
    )
)
# Kept as they are: placeholders, HTML tags and entities, and the "&" of a mnemonic.
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d{1,2}|%L?n|<[^>]+>|&[a-z]+;|&&|&(?=\w)|\\n|\n")


def pseudo(text: str, growth: float = 0.4) -> str:
    """``text`` accented and padded about ``growth`` longer, in brackets: ``[Ŕéñéŵ·~~]``."""
    if not text.strip():
        return text
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append("".join(_ACCENTED.get(c, c) for c in text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append("".join(_ACCENTED.get(c, c) for c in text[last:]))
    body = "".join(parts)
    pad = max(1, round(len(text) * growth) - 2)
    if pad <= 8:
        return f"[{body}{'~' * pad}]"
    # Long texts grow by words, as a translation would, so they can still wrap.
    words = ["~" * 7] * ((pad - 1) // 8) + ["~" * ((pad - 1) % 8)]
    return f"[{body} {' '.join(w for w in words if w)}]"


def write_pseudo_ts(source: Path, target: Path) -> None:
    """A copy of ``source`` with every translation replaced by :func:`pseudo` of its source."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_US")  # two plural forms, like English
    for msg in root.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        if msg.get("numerus") == "yes":
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = pseudo(src)
        else:
            tr.text = pseudo(src)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def build_pseudo_qm(target: Path) -> Path:
    """Compile a pseudo-locale ``.qm`` from a fresh extraction of the sources."""
    with tempfile.TemporaryDirectory(prefix="renewdesk-pseudo-") as tmp:
        ts = Path(tmp) / "renewdesk_sv.ts"
        lupdate(ts)
        pseudo_ts = Path(tmp) / "renewdesk_pseudo.ts"
        write_pseudo_ts(ts, pseudo_ts)
        lrelease(pseudo_ts, target)
    return target


# ---- command line ---------------------------------------------------------------------


def _check() -> int:
    bad = 0
    for lang, plural_only in LANGUAGES.items():
        entries = read_ts(ts_path(lang))
        found = problems(entries, plural_only=plural_only)
        missing = extracted_keys(plural_only=plural_only) - {e.key for e in entries}
        found += [f"{c}: {s!r} is in the sources but not in the .ts" for c, s, _ in missing]
        stale = False
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.qm"
            lrelease(ts_path(lang), fresh)
            stale = fresh.read_bytes() != qm_path(lang).read_bytes()
        if stale:
            found.append(f"{qm_path(lang).name} is not compiled from {ts_path(lang).name}")
        print(f"{ts_path(lang).name}: {len(entries)} entries, {len(found)} problems")
        for line in found:
            print("  " + line)
        bad += len(found)
    return 1 if bad else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m renewdesk.i18n_tools")
    parser.add_argument("command", choices=["update", "compile", "check", "pseudo"])
    parser.add_argument("output", nargs="?", type=Path, help="the .qm to write (pseudo)")
    args = parser.parse_args(argv)
    if args.command == "update":
        for lang, plural_only in LANGUAGES.items():
            print(lupdate(ts_path(lang), plural_only=plural_only, lang=lang).strip())
            unfinished = [e for e in read_ts(ts_path(lang)) if e.kind == "unfinished"]
            print(f"{ts_path(lang).name}: {len(unfinished)} unfinished")
        return 0
    if args.command == "compile":
        for lang in LANGUAGES:
            lrelease(ts_path(lang), qm_path(lang))
            print(f"{qm_path(lang).relative_to(ROOT)}")
        return 0
    if args.command == "pseudo":
        if args.output is None:
            parser.error("pseudo needs the .qm file to write")
        print(build_pseudo_qm(args.output))
        return 0
    return _check()


if __name__ == "__main__":
    sys.exit(main())
