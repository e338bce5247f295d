"""QR codes on printed documents: encoded by reportlab's qrencoder and drawn as one filled path of whole-module
rectangles, which is crisp at any zoom, adds no font (reportlab's QrCodeWidget re-adds Helvetica) and is fast.

reportlab's encoder spends most of its time rebuilding the Reed–Solomon generator for every code and trying the
eight masks with a slow score; `_QuickQR` keeps the encoder's own bit stream and module placement, caches what does
not depend on the text (generators, module positions, mask bits) and scores the masks on rows and columns held as
bit strings: about 3 ms a code instead of 30 ms, so a thousand certificates do not wait on their QR codes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.graphics.barcode import qrencoder

__all__ = ["draw_qr", "qr_rows"]

_UTF8_ECI = 26  # tells a reader the bytes are UTF-8 (without it some readers guess Shift_JIS or Latin-1)
_LEVEL = qrencoder.QRErrorCorrectLevel.M  # 15 % of the code can be smudged or folded and it still reads

_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):
    _EXP[_power] = _value
    _LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _power in range(255, 512):
    _EXP[_power] = _EXP[_power - 255]


@cache
def _products(degree: int) -> tuple[tuple[int, ...], ...]:
    """For each byte, its products with the Reed–Solomon generator polynomial of `degree` (the leading 1 left
    out): the division then xors one precomputed row per data byte."""
    poly = [1]
    for power in range(degree):
        out = [0] * (len(poly) + 1)
        for index, coefficient in enumerate(poly):
            out[index] ^= coefficient
            if coefficient:
                out[index + 1] ^= _EXP[_LOG[coefficient] + power]
        poly = out
    logs = [_LOG[c] for c in poly[1:]]
    return ((0,) * degree, *(tuple(_EXP[_LOG[byte] + log] for log in logs) for byte in range(1, 256)))


def _error_correction(data: Sequence[int], degree: int) -> list[int]:
    products = _products(degree)
    remainder = [0] * degree
    for byte in data:
        factor = byte ^ remainder[0]
        remainder = [r ^ p for r, p in zip(remainder[1:] + [0], products[factor], strict=True)]
    return remainder


class _Bits:
    """The bit buffer qrencoder's segments write to, as a string of 0 and 1 (reportlab's puts bit by bit)."""

    def __init__(self) -> None:
        self.text = ""

    def put(self, number: int, length: int) -> None:
        self.text += format(number, "b").zfill(length)

    def getLengthInBits(self) -> int:  # noqa: N802 - reportlab's name
        return len(self.text)


def _codewords(version: int, level: int, segments: Sequence[qrencoder.QR]) -> str:
    """The data and error-correction codewords, interleaved by block as the standard (and qrencoder) lays them
    out, as a string of bits."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    capacity = sum(block.dataCount for block in blocks) * 8
    bits = _Bits()
    for segment in segments:
        segment.write(bits, version)
    text = bits.text
    if len(text) > capacity:
        raise ValueError("The text is too long for a QR code.")
    text += "0" * min(4, capacity - len(text))  # the terminator
    text += "0" * (-len(text) % 8)
    stream = [int(text[at:at + 8], 2) for at in range(0, len(text), 8)]
    stream += itertools.islice(itertools.cycle((0xEC, 0x11)), capacity // 8 - len(stream))
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        data = stream[offset:offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(data)
        ec_blocks.append(_error_correction(data, block.totalCount - block.dataCount))
    return "".join(format(c, "08b") for group in (data_blocks, ec_blocks) for column in itertools.zip_longest(*group)
                   for c in column if c is not None)


@dataclass(frozen=True)
class _Version:
    """What every code of one version shares: its size, the function patterns (finders, timing, alignment,
    version information) as row bit masks, where each data bit goes, and each mask's bits and format info."""

    size: int
    patterns: tuple[int, ...]
    places: tuple[tuple[int, int], ...]  # (row, bit of the column) of each data bit, in reading order
    masks: tuple[tuple[int, ...], ...]  # per mask: the data modules it flips, by row
    formats: tuple[tuple[int, ...], ...]  # per mask: the format information modules, by row


def _rows(modules: Sequence[Sequence[bool | None]]) -> tuple[int, ...]:
    return tuple(int("".join("1" if dark else "0" for dark in row), 2) for row in modules)


@cache
def _version(version: int) -> _Version:
    code = qrencoder.QRCode(version, _LEVEL)
    size = code.moduleCount = version * 4 + 17

    def blank() -> list[list[bool]]:
        code.modules = [[False] * size for _ in range(size)]
        return code.modules  # type: ignore[no-any-return]

    blank()
    code.setupPositionProbePattern(0, 0)
    code.setupPositionProbePattern(size - 7, 0)
    code.setupPositionProbePattern(0, size - 7)
    code.setupPositionAdjustPattern()
    code.setupTimingPattern()
    if version >= 7:
        code.setupTypeNumber(False)
    patterns = _rows(code.modules)
    positions = list(code._dataPosIterator())
    places = tuple((row, 1 << (size - 1 - col)) for col, row in positions)
    masks, formats = [], []
    for mask in range(8):
        rule = qrencoder.QRUtil.getMask(mask)
        flips = [0] * size
        for col, row in positions:
            if rule(row, col):
                flips[row] |= 1 << (size - 1 - col)
        masks.append(tuple(flips))
        blank()
        code.setupTypeInfo(False, mask)
        formats.append(_rows(code.modules))
    return _Version(size, patterns, places, tuple(masks), tuple(formats))


def _version_for(segments: Sequence[qrencoder.QR], level: int) -> int:
    for version in range(1, 41):
        capacity = sum(block.dataCount for block in qrencoder.QRRSBlock.getRSBlocks(version, level)) * 8
        needed = sum(4 + _header_bits(segment, version) + segment.bitlength for segment in segments)
        if needed <= capacity:
            return version
    raise ValueError("The text is too long for a QR code.")


def _header_bits(segment: qrencoder.QR, version: int) -> int:
    if isinstance(segment, qrencoder.QRECI):
        return 8  # the designator of an ECI below 128
    return int(segment.getLengthBits(version))


_LIGHT_RUN = re.compile("00000+")
_DARK_RUN_OF_FIVE = re.compile("11111+")


def _penalty(rows: Sequence[int], size: int) -> int:
    """The mask penalty of ISO/IEC 18004 (runs, 2×2 blocks, finder look-alikes, balance), on bit strings."""
    lines = [format(row, "b").zfill(size) for row in rows]
    text = " ".join(itertools.chain(lines, map("".join, zip(*lines, strict=True))))
    runs = _LIGHT_RUN.findall(text) + _DARK_RUN_OF_FIVE.findall(text)
    finders = text.count("10111010000") + text.count("00001011101")  # overlaps are too rare to matter here
    score = sum(map(len, runs)) - 2 * len(runs) + 40 * finders
    low = (1 << (size - 1)) - 1
    for upper, lower in itertools.pairwise(rows):
        same = ~(upper ^ lower) & ~(upper ^ (upper >> 1)) & ~(lower ^ (lower >> 1)) & low
        score += 3 * same.bit_count()
    dark = sum(row.bit_count() for row in rows)
    return score + 10 * (abs(dark * 100 // (size * size) - 50) // 5)


def qr_rows(text: str) -> list[str]:
    """The QR code of `text` (level M, UTF-8 declared when it is not plain ASCII) as rows of "1" (dark) and "0"."""
    code = qrencoder.QRCode(None, _LEVEL)
    if text.isascii():
        code.addData(text)  # numeric, alphanumeric or byte mode, whichever is shortest
    else:
        code.addData(qrencoder.QRECI(_UTF8_ECI))
        code.addData(qrencoder.QR8bitByte(text))
    shape = _version(_version_for(code.dataList, _LEVEL))
    bits = _codewords((shape.size - 17) // 4, _LEVEL, code.dataList).ljust(len(shape.places), "0")
    data = [0] * shape.size
    for row, bit in itertools.compress(shape.places, map(int, bits)):
        data[row] |= bit
    best: tuple[int, ...] = ()
    best_score = -1
    for flips, info in zip(shape.masks, shape.formats, strict=True):
        rows = tuple(p | (d ^ f) | i for p, d, f, i in zip(shape.patterns, data, flips, info, strict=True))
        score = _penalty(rows, shape.size)
        if best_score < 0 or score < best_score:
            best, best_score = rows, score
    return [format(row, "b").zfill(shape.size) for row in best]


_DARK_RUN = re.compile("1+")


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float, *, quiet: int = 0) -> float:
    """Draw the QR code of `text` with its bottom left corner at (x, y), `size` points wide with `quiet` modules
    of white margin counted inside it, in the canvas's current fill colour; returns the width of one module. The dark
    modules are one filled path of rectangles, each a run of modules in a row, one unit per module."""
    rows = qr_rows(text)
    module = size / (len(rows) + 2 * quiet)
    # The rectangles are written as PDF operators directly: reportlab's path.rect formats each number in pure
    # Python, which cost 20 ms a code; whole numbers in a one-unit-per-module system need no formatting.
    operators = [f"{run.start()} {row_index} {run.end() - run.start()} 1 re"
                 for row_index, row in enumerate(rows) for run in _DARK_RUN.finditer(row)]
    canvas.saveState()
    canvas.translate(x + quiet * module, y + size - quiet * module)
    canvas.scale(module, -module)
    canvas.addLiteral("\n".join(operators) + "\nf")
    canvas.restoreState()
    return module
