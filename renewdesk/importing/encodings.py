"""Which text encoding a CSV file is in, and where a byte that does not fit it sits.

Detection reads the whole file once in chunks, through an incremental UTF-8
decoder that turns each byte that is not UTF-8 into a marker
(``surrogateescape``), and counts both the characters that *are* valid UTF-8
beyond ASCII and the bytes that are not:

- no bad byte: UTF-8 (a byte-order mark is allowed and dropped);
- bad bytes and no valid UTF-8 letter beyond ASCII (nor a byte-order mark):
  an 8-bit file, read as Windows-1252, the encoding spreadsheets on Windows
  write (the admin can choose another: :data:`ENCODINGS`);
- bad bytes *and* valid UTF-8 letters (or a UTF-8 byte-order mark): a UTF-8 file
  with a few stray bytes, usually one pasted from another program. Reading it
  as Windows-1252 would turn every Å of the file into ``Ã…``, so it is refused,
  naming the row and column of the first bad byte.

An encoding the admin chose is used as it is, strictly: a byte it does not
define is refused the same way.
"""

from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass
from pathlib import Path

from renewdesk.importing.errors import ImportFileError, file_error
from renewdesk.importing.texts import Import

# The encodings an admin may choose (Python codec name -> the name people know).
ENCODINGS: dict[str, str] = {
    "utf-8": "UTF-8",
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "iso-8859-1": "ISO-8859-1",
    "iso-8859-2": "ISO-8859-2",
    "iso-8859-15": "ISO-8859-15",
}
_ALIASES = {codecs.lookup(name).name: name for name in ENCODINGS} | {
    "utf-8-sig": "utf-8",
    "utf8": "utf-8",
    "latin-1": "iso-8859-1",
    "latin1": "iso-8859-1",
}
_CHUNK = 1 << 20
_ESCAPED = re.compile("[\udc80-\udcff]")


def encoding_name(codec: str | None) -> str:
    """The name an admin knows for ``codec`` (``utf-8-sig`` -> ``UTF-8``)."""
    if not codec:
        return ""
    return ENCODINGS.get(normalize_encoding(codec) or "", codec)


def normalize_encoding(text: str | None) -> str | None:
    """The :data:`ENCODINGS` key for ``text`` (``Windows-1250``, ``cp1250``, ``latin-1``...).

    ``None`` for an empty value (detect), raises ``ValueError`` for an unknown one.
    """
    if text is None or not text.strip():
        return None
    key = text.strip().lower()
    for codec, label in ENCODINGS.items():
        if key == label.lower():
            return codec
    try:
        name = codecs.lookup(key).name
    except LookupError:
        name = key
    found = _ALIASES.get(name) or _ALIASES.get(key)
    if found is None:
        raise ValueError(
            Import.tr('"{value}" is not an encoding RenewDesk reads (use one of {choices})').format(
                value=text.strip(), choices=", ".join(ENCODINGS.values())
            )
        )
    return found


@dataclass(frozen=True)
class Detected:
    """What a scan of the file found."""

    codec: str  # what to open the file with
    lines: int  # line breaks, for the progress estimate


def _not_a_table() -> str:
    return Import.tr("the file is not a CSV text file or an XLSX workbook")


def detect(path: Path, name: str, chosen: str | None = None) -> Detected:
    """The codec to read ``path`` with; raises :class:`ImportFileError` for a file that is none."""
    codec = chosen or "utf-8"
    decoder = codecs.getincrementaldecoder(codec)(errors="surrogateescape")
    bad = letters = lines = 0
    started = False
    with path.open("rb") as fh:
        head = fh.read(3)
        fh.seek(0)
        while chunk := fh.read(_CHUNK):
            if b"\x00" in chunk:
                raise file_error(name, _not_a_table())
            lines += chunk.count(b"\n")
            started = started or not chunk.isspace()
            if chunk.isascii() and not decoder.getstate()[0]:
                continue
            text = decoder.decode(chunk)
            escaped = len(_ESCAPED.findall(text))
            bad += escaped
            letters += len(text) - len(text.encode("ascii", "ignore")) - escaped
        tail = decoder.decode(b"", final=True)
        bad += len(_ESCAPED.findall(tail))
    if not started:
        raise file_error(name, Import.tr("the file is empty"))
    bom = head.startswith(codecs.BOM_UTF8)
    if chosen is not None:
        if bad:
            raise locate_bad_byte(path, name, chosen)
        return Detected("utf-8-sig" if chosen == "utf-8" else chosen, lines)
    if not bad:
        return Detected("utf-8-sig", lines)
    if bom or letters:
        raise locate_bad_byte(path, name, "utf-8", mixed=True)
    try:
        with path.open("rb") as fh:
            cp1252 = codecs.getincrementaldecoder("cp1252")()
            while chunk := fh.read(_CHUNK):
                cp1252.decode(chunk)
    except UnicodeDecodeError:
        raise locate_bad_byte(path, name, "cp1252") from None
    return Detected("cp1252", lines)


def locate_bad_byte(path: Path, name: str, codec: str, mixed: bool = False) -> ImportFileError:
    """The error naming the row, column and value of the first byte ``codec`` cannot read."""
    label = encoding_name(codec)
    delimiter, skip = _delimiter_of(path, codec)
    with path.open(encoding=codec, errors="surrogateescape", newline="") as fh:
        if skip:
            fh.readline()  # Excel's sep= line: hidden, so the header is still row 1
        reader = csv.reader(fh, delimiter=delimiter)
        header: list[str] = []
        try:
            for number, cells in enumerate(reader, start=1):
                if number == 1:
                    header = cells
                for pos, cell in enumerate(cells):
                    found = _ESCAPED.search(cell)
                    if found is None:
                        continue
                    byte = ord(found.group()) - 0xDC00
                    column = header[pos].lstrip("\ufeff") if pos < len(header) else ""
                    if number == 1:
                        column = ""
                    return file_error(
                        name,
                        _bad_byte_text(mixed).format(byte=f"0x{byte:02X}", encoding=label),
                        row=number,
                        column=column,
                    )
        except csv.Error:
            pass
    return file_error(name, _bad_byte_text(mixed).format(byte="?", encoding=label))


def _bad_byte_text(mixed: bool) -> str:
    if mixed:
        return Import.tr(
            "byte {byte} is not UTF-8, though the rest of the file is: the file mixes "
            "encodings; correct that value or choose the file's encoding"
        )
    return Import.tr("byte {byte} is not a character in {encoding}; choose the file's encoding")


def _delimiter_of(path: Path, codec: str) -> tuple[str, bool]:
    from renewdesk.importing.reader import sniff_delimiter

    with path.open(encoding=codec, errors="surrogateescape", newline="") as fh:
        sample = [line for _, line in zip(range(30), fh, strict=False)]
    first = sample[0].strip() if sample else ""
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4], True
    return sniff_delimiter(sample), False
