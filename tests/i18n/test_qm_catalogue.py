"""The pure-Python .qm reader the command line uses answers exactly as Qt's QTranslator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from renewdesk import i18n_tools as tools
from renewdesk.qm_catalogue import QmFormatError, load_qm

COUNTS = (0, 1, 2, 3, 5, 11, 21, 101, 1000)


@pytest.mark.parametrize("lang", list(tools.LANGUAGES))
def test_every_shipped_message_reads_as_qt_reads_it(lang: str) -> None:
    path = tools.qm_path(lang)
    ours = load_qm(path)
    qt = QTranslator()
    assert qt.load(str(path))
    assert ours.messages, "the catalogue came back empty"
    assert ours.language == qt.language()
    for entry in tools.read_ts(tools.ts_path(lang)):
        context, source, comment = entry.key
        if entry.numerus:
            for n in COUNTS:
                assert ours.translate(context, source, comment or None, n) == qt.translate(
                    context, source, comment or None, n
                ), (entry.key, n)
        else:
            assert ours.translate(context, source, comment or None) == qt.translate(
                context, source, comment or None
            ), entry.key


def test_swedish_plural_and_an_unknown_text() -> None:
    sv = load_qm(tools.qm_path("sv"))
    one = sv.translate("SubscriptionsPage", "%n subscription(s)", None, 1)
    many = sv.translate("SubscriptionsPage", "%n subscription(s)", None, 3)
    assert (one, many) == ("%n prenumeration", "%n prenumerationer")
    assert sv.translate("Cli", "no such text anywhere") == ""


def test_a_file_that_is_not_a_catalogue_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "renewdesk_sv.qm"
    bogus.write_bytes(b"not a translation file")
    with pytest.raises(QmFormatError, match="not a Qt translation file"):
        load_qm(bogus)
