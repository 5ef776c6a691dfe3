"""The shipped translations are complete, current and compiled from what is committed.

A string added in code but not translated, a translation left unfinished, a
vanished string kept in the file, a placeholder lost in translation, or a .qm not
rebuilt after the .ts changed: each fails here, with the fix in the message
(``python -m renewdesk.i18n_tools update``, translate, ``... compile``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from renewdesk import i18n_tools as tools

FIX = "run `python -m renewdesk.i18n_tools update`, translate, then `... compile`"


@pytest.mark.parametrize("lang", list(tools.LANGUAGES))
def test_every_entry_is_finished_and_keeps_its_placeholders(lang: str) -> None:
    entries = tools.read_ts(tools.ts_path(lang))
    assert entries
    found = tools.problems(entries, plural_only=tools.LANGUAGES[lang])
    assert not found, f"{len(found)} problems ({FIX}):\n" + "\n".join(found)


@pytest.mark.parametrize("lang", list(tools.LANGUAGES))
def test_the_ts_holds_exactly_the_strings_the_sources_hold(lang: str) -> None:
    shipped = {e.key for e in tools.read_ts(tools.ts_path(lang))}
    extracted = tools.extracted_keys(plural_only=tools.LANGUAGES[lang])
    missing = sorted(extracted - shipped)
    vanished = sorted(shipped - extracted)
    assert not missing, f"in the code, not in {lang}.ts ({FIX}): {missing}"
    assert not vanished, f"in {lang}.ts, gone from the code ({FIX}): {vanished}"


@pytest.mark.parametrize("lang", list(tools.LANGUAGES))
def test_the_shipped_qm_is_compiled_from_the_shipped_ts(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"renewdesk_{lang}.qm"
    tools.lrelease(tools.ts_path(lang), fresh)
    assert fresh.read_bytes() == tools.qm_path(lang).read_bytes(), (
        f"{tools.qm_path(lang).name} is older than its .ts: run "
        "`python -m renewdesk.i18n_tools compile`"
    )


def test_swedish_plural_forms_are_two_and_differ() -> None:
    plural = [e for e in tools.read_ts(tools.ts_path("sv")) if e.numerus]
    assert plural
    for e in plural:
        assert len(e.translations) == 2, e
        assert "%n" in e.translations[0] and "%n" in e.translations[1], e


def test_the_ts_files_declare_their_languages() -> None:
    sv = ET.parse(tools.ts_path("sv")).getroot()
    en = ET.parse(tools.ts_path("en")).getroot()
    assert (sv.get("language"), sv.get("sourcelanguage")) == ("sv_SE", "en_US")
    assert en.get("language") == "en_US"


def test_placeholder_check_catches_a_lost_or_renamed_placeholder() -> None:
    def entry(source: str, translation: str) -> tools.Entry:
        return tools.Entry("Ctx", source, "", (translation,), "", False)

    assert tools.problems([entry("Quote {number}", "Offert {number}")]) == []
    assert tools.problems([entry("Quote {number}", "Offert {nummer}")])
    assert tools.problems([entry("%1 of %2", "%1 av")])
    assert tools.problems([entry("{{literal}} {x}", "{x}")]) == []


def test_pseudo_keeps_placeholders_markup_and_grows_about_forty_percent() -> None:
    text = "Renew %1 of {count} <b>now</b> &Next"
    out = tools.pseudo(text)
    assert out.startswith("[") and out.endswith("]")
    for kept in ("%1", "{count}", "<b>", "</b>", "&"):
        assert kept in out
    assert tools.placeholders(out) == tools.placeholders(text)
    assert 1.3 * len(text) <= len(out) <= 1.5 * len(text)
