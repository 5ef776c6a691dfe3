"""The frozen build's slimmer ICU and Babel data still answer what RenewDesk asks of them."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import trim_data


@pytest.fixture(scope="module")
def trimmed_babel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import babel.localedata

    target = tmp_path_factory.mktemp("locale-data")
    trim_data.trim_babel(Path(babel.localedata._dirname), target)
    return target


def test_babel_keeps_en_and_sv_whole_and_every_locales_date_order(
    trimmed_babel: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import babel.localedata
    from babel.numbers import format_currency

    from renewdesk.importing.values import DateParser

    size = sum(p.stat().st_size for p in trimmed_babel.iterdir())
    assert size < 6 * 2**20, f"{size / 2**20:.1f} MB"
    monkeypatch.setattr(babel.localedata, "_dirname", str(trimmed_babel))
    monkeypatch.setattr(babel.localedata, "_cache", {})
    sv = format_currency(Decimal("12345"), "SEK", locale="sv_SE").replace("\xa0", " ")
    en = format_currency(Decimal("12345"), "SEK", locale="en_US")
    assert (sv, en) == ("12 345,00 kr", "SEK12,345.00")
    orders = {name: DateParser(name).order for name in ("de_DE", "en_GB", "fr_CA", "ja_JP")}
    assert orders == {"de_DE": "dmy", "en_GB": "dmy", "fr_CA": "ymd", "ja_JP": "ymd"}


def test_icu_keeps_english_swedish_root_and_every_non_locale_item() -> None:
    items = [
        "root.res",
        "en_GB.res",
        "sv.res",
        "de.res",
        "pool.res",
        "zoneinfo64.res",
        "coll/sv.res",
        "coll/de_.res",
        "coll/ucadata.icu",
        "lang/sv.res",
        "brkitr/cjdict.dict",
        "brkitr/root.res",
        "ibm-943_P15A-2003.cnv",
    ]
    dropped = set(trim_data._icu_removals(items))
    assert dropped == {
        "de.res",
        "coll/de_.res",
        "lang/sv.res",
        "brkitr/cjdict.dict",
        "ibm-943_P15A-2003.cnv",
    }


def test_the_icu_data_symbol_is_found_in_qts_library() -> None:
    import PySide6

    libs = list((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libs:
        pytest.skip("this PySide6 ships no ICU (only the Linux wheels do)")
    data = libs[0].read_bytes()
    version = libs[0].name.rsplit(".", 1)[-1]
    offset, size = trim_data._elf_symbol(data, f"icudt{version}_dat".encode())
    assert size > 1_000_000
    assert data[offset + 12 : offset + 16] == b"CmnD"  # ICU's common data package
