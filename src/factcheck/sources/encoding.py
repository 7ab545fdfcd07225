"""Decode a file's bytes: byte-order marks, UTF-8, then detection of legacy encodings.

:func:`decode` never raises. It returns the text with a note for the
document's warnings (only when the text was not plain UTF-8), or no text and
the reason to skip the file.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from itertools import islice
from typing import NamedTuple

import charset_normalizer

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
# C0 controls other than tab, newline, vertical tab, form feed, carriage return and escape
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f\W\d_]")


class Decoded(NamedTuple):
    """The outcome of :func:`decode`."""

    text: str | None
    """The decoded text, or None when the file is to be skipped."""
    note: str | None = None
    """A warning for the document ("decoded as cp1252"), or the reason to skip it."""


def decode(data: bytes) -> Decoded:
    """Decode `data` as a text file.

    UTF-8 (with or without BOM) and UTF-16/32 with BOM are read directly.
    Data with NUL bytes is binary unless charset-normalizer is confident it
    is UTF-16 without a BOM (and the NUL bytes fit that); data that is mostly
    control characters is binary. UTF-8 with a few broken bytes stays UTF-8
    (the bytes become U+FFFD). Anything else is detected with charset-normalizer.
    """
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"))
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), f"decoded as {name} (byte-order mark)")
    sample = data[:_SNIFF]
    if b"\x00" in sample:
        return _wide_without_bom(data)
    if sample and len(sample) - len(sample.translate(None, _CONTROLS)) > len(sample) // 10:
        return Decoded(None, "binary file (mostly control characters)")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    return mostly if mostly is not None else _detect(data)


def _wide_without_bom(data: bytes) -> Decoded:
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding in ("utf_16_le", "utf_16_be") and best.chaos <= 0.1:
        # NOTE: charset-normalizer also calls short binary blobs UTF-16. In real UTF-16 text
        # the NUL bytes are the high bytes of Latin characters, so nearly all sit at one parity.
        sample = data[:_SNIFF]
        high = 1 if best.encoding == "utf_16_le" else 0
        nul_high, nul_low = sample[high::2].count(0), sample[1 - high::2].count(0)
        if nul_high and nul_high >= 4 * nul_low:
            try:
                text = data.decode(best.encoding)
            except UnicodeDecodeError:
                text = "\x00"
            if "\x00" not in text:
                return Decoded(text, f"decoded as {best.encoding} (no byte-order mark)")
    return Decoded(None, "binary file (contains NUL bytes)")


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 text with a few broken bytes (a truncated or spliced file) stays UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(text) - len(text.encode("ascii", errors="ignore")) - text.count("\ufffd")
    if good >= 4 * bad:  # Windows-1252 text read as UTF-8 has almost no valid sequences
        return Decoded(text, f"{bad} byte(s) are not valid UTF-8: replaced with U+FFFD")
    return None


def _detect(data: bytes) -> Decoded:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return Decoded(None, "not UTF-8 and no known text encoding fits (binary file?)")
    text, encoding = str(best), best.encoding
    # NOTE: on short Western text charset-normalizer cannot tell the Latin code pages
    # apart (it often answers cp1250 or cp852 for Windows-1252 prose). When its answer
    # is Latin script and the bytes are valid Windows-1252, the far more common
    # Windows-1252 wins; Cyrillic, Greek, CJK, ... detections are kept.
    if encoding != "cp1252" and _latin_script(text):
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return Decoded(text, f"decoded as {encoding}")


def _latin_script(text: str) -> bool:
    letters = [m.group() for m in islice(_NON_ASCII_LETTER.finditer(text), 500)]
    latin = sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    return latin >= 0.9 * len(letters)
