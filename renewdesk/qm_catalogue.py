"""Read a compiled Qt translation (``.qm``) in pure Python, for the command line.

The window translates through ``QTranslator``; the command line must not load Qt
to print Swedish, so it reads the same ``renewdesk_<lang>.qm`` here. A ``.qm`` is
Qt's documented binary catalogue: a 16-byte magic number, then tagged blocks
(tag byte, big-endian 32-bit length, data). The *messages* block holds, per
message, tagged fields: translations (UTF-16BE, one per plural form), the source
text, the context and the comment (UTF-8), ended by an end tag. The *numerus
rules* block says which plural form a count takes; its byte code is interpreted
by :func:`_plural_form`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

_BLOCK_LANGUAGE, _BLOCK_MESSAGES, _BLOCK_NUMERUS = 0xA7, 0x69, 0x88
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9
_NULL = 0xFFFFFFFF
_LENGTH_FIELDS = frozenset(
    (_SOURCE16, _TRANSLATION, _CONTEXT16, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2)
)

# Numerus rule byte code: a condition is an operator byte (low bits: the comparison;
# high bits: what is taken of n and negation) followed by its operand(s).
_EQ, _LT, _LEQ, _BETWEEN = 0x01, 0x02, 0x03, 0x04
_OP_MASK, _NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x07, 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


class QmFormatError(ValueError):
    """The file is not a ``.qm`` this reader understands."""


@dataclass(frozen=True, slots=True)
class QmCatalogue:
    """The messages of one ``.qm``: ``(context, source, comment)`` -> its plural forms."""

    language: str
    messages: dict[tuple[str, str, str], tuple[str, ...]]
    numerus_rules: bytes

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The translation, or ``""`` when the catalogue has none (as ``QTranslator``)."""
        forms = self.messages.get((context, text, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self.messages.get((context, text, ""))
        if not forms:
            return ""
        index = _plural_form(self.numerus_rules, n) if n >= 0 and len(forms) > 1 else 0
        return forms[min(index, len(forms) - 1)]


def load_qm(path: Path) -> QmCatalogue:
    """Parse the ``.qm`` at ``path``; :class:`QmFormatError` when it is not one."""
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise QmFormatError(f"{path} is not a Qt translation file")
    language, rules = "", b""
    messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
    pos = len(MAGIC)
    while pos + 5 <= len(data):
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        block = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
        if tag == _BLOCK_LANGUAGE:
            language = block.decode("utf-8")
        elif tag == _BLOCK_NUMERUS:
            rules = bytes(block)
        elif tag == _BLOCK_MESSAGES:
            _read_messages(block, messages, path)
    return QmCatalogue(language, messages, rules)


def _read_messages(
    block: bytes, into: dict[tuple[str, str, str], tuple[str, ...]], path: Path
) -> None:
    pos, end = 0, len(block)
    forms: list[str] = []
    source = context = comment = ""
    while pos < end:
        tag = block[pos]
        pos += 1
        if tag == _END:
            into.setdefault((context, source, comment), tuple(forms))
            forms, source, comment = [], "", ""  # a context carries over to the next message
            continue
        if tag == _OBSOLETE1:
            pos += 4
            continue
        if tag not in (
            _SOURCE16,
            _TRANSLATION,
            _CONTEXT16,
            _SOURCE,
            _CONTEXT,
            _COMMENT,
            _OBSOLETE2,
        ):
            raise QmFormatError(f"{path}: unknown message field {tag:#x} at byte {pos - 1}")
        (length,) = struct.unpack_from(">I", block, pos)
        pos += 4
        if length == _NULL:
            raw = b""
        else:
            raw = block[pos : pos + length]
            pos += length
        if tag == _TRANSLATION:
            forms.append(raw.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = raw.decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.decode("utf-8")
        elif tag == _COMMENT:
            comment = raw.decode("utf-8")


def _value(op: int, n: int) -> int:
    if op & _MOD_10:
        return n % 10
    if op & _MOD_100:
        return n % 100
    if op & _LEAD_1000:
        while n >= 1000:
            n //= 1000
    return n


def _plural_form(rules: bytes, n: int) -> int:
    """The index of the plural form count ``n`` takes under ``rules`` (0 = the first).

    Rules are separated by NEWRULE; a rule is conditions joined by AND and OR (AND
    binds tighter); the first rule that holds gives the form, none gives the last.
    """
    form, pos, size = 0, 0, len(rules)
    while pos < size:
        any_true, all_true = False, True
        while pos < size and rules[pos] != _NEWRULE:
            op = rules[pos]
            value = _value(op, n)
            comparison = op & _OP_MASK
            if comparison == _BETWEEN:
                low, high = rules[pos + 1], rules[pos + 2]
                holds = low <= value <= high
                pos += 3
            else:
                operand = rules[pos + 1]
                holds = {
                    _EQ: value == operand,
                    _LT: value < operand,
                    _LEQ: value <= operand,
                }.get(comparison, False)
                pos += 2
            if op & _NOT:
                holds = not holds
            all_true = all_true and holds
            if pos < size and rules[pos] == _AND:
                pos += 1
                continue
            any_true = any_true or all_true
            all_true = True
            if pos < size and rules[pos] == _OR:
                pos += 1
        if any_true:
            return form
        form += 1
        pos += 1  # past NEWRULE
    return form
