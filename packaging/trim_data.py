"""Slimmer copies of the two large data sets the frozen build carries: ICU's and Babel's.

Measured on the Linux one-folder build (187 MB before): ICU's data library
``libicudata.so.73`` is 31 MB and Babel's ``locale-data`` 35 MB (1,149 locales),
a third of the bundle between them. RenewDesk needs little of either:

* **ICU** is linked by Qt Core on Linux only (the Windows and macOS wheels do not
  ship it, so nothing RenewDesk does may depend on it). Qt reaches it for
  collation, case mapping, time zones and text codecs; RenewDesk uses none of
  the classes behind the big items (no QCollator, QStringConverter, QTimeZone:
  its sorting, CSV decoding and dates are Python's). Dropped: the display names
  of languages, regions, currencies, units and zones, number spell-out,
  transliteration, the word-break dictionaries, the codec tables, and the
  collation and locale bundles of every language but English and Swedish. Kept:
  the root bundles, English and Swedish, and every non-locale item (Unicode
  properties, normalisation, time zone rules, break rules, aliases). The data
  package is rebuilt with ``icupkg`` and wrapped in a library exporting the same
  symbol (``icudt73_dat``), which is all ``libicuuc`` looks for.
* **Babel** formats money and dates in ``en_US`` and ``sv_SE`` only (the quote
  languages), and the importer reads one more thing from the locale a file's
  dates are written in (``--date-locale``, the system's by default): the order of
  day, month and year in its short date. Kept in full: ``root``, ``en``,
  ``en_US``, ``sv``, ``sv_SE``. Every other locale keeps its ``date_formats``
  only, so any system locale still orders slash dates correctly.

Both steps skip themselves (keeping the original files) when a tool is missing.
"""

from __future__ import annotations

import pickle
import re
import shutil
import struct
import subprocess
from pathlib import Path

# Babel: the locales RenewDesk formats in, and what every other locale keeps.
BABEL_FULL = frozenset({"root", "en", "en_US", "sv", "sv_SE"})
BABEL_KEEP_KEYS = ("date_formats",)

# ICU: item prefixes (folders) dropped whole, and the languages whose locale
# and collation bundles stay.
ICU_DROP_FOLDERS = ("lang/", "region/", "curr/", "unit/", "zone/", "rbnf/", "translit/")
ICU_LANGUAGES = ("en", "sv")
_LOCALE_ITEM = re.compile(r"^(?:coll/)?([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")


def trim_babel(source: Path, target: Path) -> list[tuple[str, str]]:
    """Write the trimmed ``locale-data`` into ``target``; (file, bundle folder) pairs."""
    target.mkdir(parents=True, exist_ok=True)
    pairs = []
    for path in sorted(source.glob("*.dat")):
        out = target / path.name
        if path.stem in BABEL_FULL:
            shutil.copyfile(path, out)
        else:
            with path.open("rb") as fh:
                data = pickle.load(fh)  # Babel's own files, from the build environment
            kept = {key: data[key] for key in BABEL_KEEP_KEYS if key in data}
            with out.open("wb") as fh:
                pickle.dump(kept, fh, protocol=pickle.HIGHEST_PROTOCOL)
        pairs.append((str(out), "babel/locale-data"))
    return pairs


def _elf_symbol(lib: bytes, name: bytes) -> tuple[int, int]:
    """(file offset, size) of the dynamic symbol ``name`` in a 64-bit little-endian ELF."""
    if lib[:4] != b"\x7fELF" or lib[4] != 2 or lib[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", lib, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", lib, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize) for i in range(shnum)]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym[6]]
    for pos in range(dynsym[4], dynsym[4] + dynsym[5], 24):
        st_name, _info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", lib, pos)
        start = strtab[4] + st_name
        if lib[start : lib.index(b"\0", start)] == name:
            home = sections[shndx]
            return home[4] + (value - home[3]), size
    raise ValueError(f"no symbol {name.decode()}")


def _icu_removals(items: list[str]) -> list[str]:
    drop = []
    for item in items:
        if item.startswith(ICU_DROP_FOLDERS) or item.endswith((".cnv", ".dict")):
            drop.append(item)
            continue
        locale = _LOCALE_ITEM.match(item)
        if locale and locale.group(1) not in ICU_LANGUAGES and item not in ("pool.res",):
            drop.append(item)
    return drop


def trim_icu(lib_path: Path, workdir: Path) -> Path | None:
    """A trimmed copy of ``libicudata.so.NN`` in ``workdir``, or ``None`` without the tools."""
    icupkg, cc = shutil.which("icupkg"), shutil.which("cc") or shutil.which("gcc")
    match = re.match(r"libicudata\.so\.(\d+)$", lib_path.name)
    if not (icupkg and cc and match):
        return None
    symbol = f"icudt{match.group(1)}_dat"
    workdir.mkdir(parents=True, exist_ok=True)
    lib = lib_path.read_bytes()
    offset, size = _elf_symbol(lib, symbol.encode())
    full = workdir / f"icudt{match.group(1)}l.dat"
    full.write_bytes(lib[offset : offset + size])
    listing = subprocess.run([icupkg, "-l", str(full)], capture_output=True, text=True, check=True)
    removals = workdir / "remove.txt"
    removals.write_text("\n".join(_icu_removals(listing.stdout.split())) + "\n")
    trimmed = workdir / "trimmed.dat"
    # --ignore-deps: the break rules name the dictionaries dropped above; ICU loads a
    # dictionary only when a break iterator meets that script, which Qt never asks for.
    subprocess.run(
        [icupkg, "--ignore-deps", "-r", str(removals), str(full), str(trimmed)],
        check=True,
        capture_output=True,
    )
    stub = workdir / "icudata.S"
    stub.write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{trimmed}"\n\t.size {symbol}, .-{symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    out = workdir / lib_path.name
    subprocess.run(
        [cc, "-shared", "-nostdlib", f"-Wl,-soname,{lib_path.name}", "-o", str(out), str(stub)],
        check=True,
    )
    return out


def slim(
    binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]], workdir: Path
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], list[str]]:
    """Both Analysis TOCs with ICU's and Babel's data swapped for the trimmed copies.

    Returns the TOCs and one line per swap for the build log.
    """
    notes: list[str] = []
    new_binaries = []
    for dest, src, kind in binaries:
        name = Path(dest).name
        if name.startswith("libicudata.so."):
            trimmed = trim_icu(Path(src), workdir / "icu")
            if trimmed is not None:
                notes.append(f"ICU data {_mb(Path(src))} -> {_mb(trimmed)}")
                src = str(trimmed)
            else:
                notes.append(f"ICU data kept whole ({_mb(Path(src))}): no icupkg or C compiler")
        new_binaries.append((dest, src, kind))
    babel_entries = [e for e in datas if "babel/locale-data/" in e[0].replace("\\", "/")]
    replacements: dict[str, str] = {}
    if babel_entries:
        source = Path(babel_entries[0][1]).parent
        for src, _folder in trim_babel(source, workdir / "babel"):
            replacements[Path(src).name] = src
        before = sum(Path(e[1]).stat().st_size for e in babel_entries)
        after = sum(Path(p).stat().st_size for p in replacements.values())
        notes.append(f"Babel locale-data {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB")
    new_datas = [
        (dest, replacements.get(Path(dest).name, src), kind)
        if "babel/locale-data/" in dest.replace("\\", "/")
        else (dest, src, kind)
        for dest, src, kind in datas
    ]
    return new_binaries, new_datas, notes


def _mb(path: Path) -> str:
    return f"{path.stat().st_size / 2**20:.1f} MB"
