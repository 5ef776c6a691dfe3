"""XLSX files that unpack to gigabytes, built without ever holding the gigabytes.

A deflate stream may be cut into blocks that each start afresh (a full flush
empties the compressor's window), so the compressed form of one megabyte of
repeated XML can be written a thousand times over to make a real, valid
member of a thousand megabytes; only its CRC has to be computed over all of
it. The archive is written by hand (the zip format is small) around members
taken from a genuine openpyxl workbook.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import openpyxl

MB = 1024 * 1024
_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")


def _raw_deflate(data: bytes, mode: int) -> bytes:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return co.compress(data) + co.flush(mode)


class Member:
    """A zip member given as a head, a chunk repeated ``times`` and a tail."""

    def __init__(
        self, name: str, head: bytes, chunk: bytes = b"", times: int = 0, tail: bytes = b""
    ):
        self.name = name
        self.head, self.chunk, self.times, self.tail = head, chunk, times, tail

    @property
    def size(self) -> int:
        return len(self.head) + len(self.chunk) * self.times + len(self.tail)

    def crc(self) -> int:
        crc = zlib.crc32(self.head)
        for _ in range(self.times):
            crc = zlib.crc32(self.chunk, crc)
        return zlib.crc32(self.tail, crc)

    def write_data(self, out: io.BufferedWriter) -> int:
        """Write the deflated data; returns its length."""
        parts = [_raw_deflate(self.head, zlib.Z_FULL_FLUSH)]
        block = _raw_deflate(self.chunk, zlib.Z_FULL_FLUSH) if self.times else b""
        written = len(parts[0])
        out.write(parts[0])
        for _ in range(self.times):
            out.write(block)
        written += len(block) * self.times
        tail = _raw_deflate(self.tail, zlib.Z_FINISH)
        out.write(tail)
        return written + len(tail)


def write_zip(path: Path, members: list[Member]) -> Path:
    """A zip archive of ``members`` (deflated), sizes under 4 GiB each."""
    central = []
    with path.open("wb") as out:
        for m in members:
            offset = out.tell()
            name = m.name.encode()
            crc, size = m.crc(), m.size
            out.write(_LOCAL.pack(b"PK\x03\x04", 20, 0, 8, 0, 0x21, 0, 0, 0, len(name), 0))
            out.write(name)
            packed = m.write_data(out)
            end = out.tell()
            out.seek(offset + 14)
            out.write(struct.pack("<3L", crc, packed, size))
            out.seek(end)
            central.append(
                _CENTRAL.pack(
                    b"PK\x01\x02",
                    20,
                    20,
                    0,
                    8,
                    0,
                    0x21,
                    crc,
                    packed,
                    size,
                    len(name),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
                + name
            )
        start = out.tell()
        for entry in central:
            out.write(entry)
        out.write(
            _END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), out.tell() - start, start, 0)
        )
    return path


def workbook_members(header: list[str], rows: list[list[object]]) -> dict[str, bytes]:
    """The parts of a real workbook holding ``header`` and ``rows``."""
    import zipfile

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def xlsx_with(path: Path, parts: dict[str, bytes], big: Member) -> Path:
    """The workbook ``parts`` with ``big`` in place of (or beside) the part of its name."""
    members = [Member(name, data) for name, data in parts.items() if name != big.name]
    return write_zip(path, [*members, big])


def sheet_bomb(path: Path, parts: dict[str, bytes], megabytes: int) -> Path:
    """The first sheet replaced by one of ``megabytes`` MB of rows."""
    row = b'<row><c t="inlineStr"><is><t>' + b"A" * 40 + b"</t></is></c></row>"
    chunk = row * (MB // len(row))
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData>"
    )
    tail = b"</sheetData></worksheet>"
    return xlsx_with(path, parts, Member("xl/worksheets/sheet1.xml", head, chunk, megabytes, tail))


def shared_strings_bomb(path: Path, parts: dict[str, bytes], megabytes: int) -> Path:
    """A shared-strings table of ``megabytes`` MB beside a normal sheet."""
    item = b"<si><t>" + b"B" * 24 + b"</t></si>"
    chunk = item * (MB // len(item))
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    )
    big = Member("xl/sharedStrings.xml", head, chunk, megabytes, b"</sst>")
    types = parts["[Content_Types].xml"]
    if b"sharedStrings" not in types:
        types = types.replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
    rels = parts["xl/_rels/workbook.xml.rels"]
    if b"sharedStrings" not in rels:
        rels = rels.replace(
            b"</Relationships>",
            b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )
    return xlsx_with(
        path, {**parts, "[Content_Types].xml": types, "xl/_rels/workbook.xml.rels": rels}, big
    )
