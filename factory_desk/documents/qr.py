"""QR codes on printed documents: encoded by reportlab's qrencoder and drawn as one filled path of whole-module
rectangles, which is crisp at any zoom, adds no font (reportlab's QrCodeWidget re-adds Helvetica) and is fast.

reportlab's encoder (QRCode.make) spends most of its 30 ms a code rebuilding the Reed–Solomon generator and
placing and scoring each of the eight masks module by module. Here its segments write the bit stream and its
own routines lay out the function patterns and module order, but only once per version; the error correction uses
a cached table, and each mask is one xor of big integers over the matrix held as bytes and scored with byte
searches: under 3 ms a code, so a thousand certificates do not wait on their QR codes.
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
def _products(degree: int) -> tuple[int, ...]:
    """For each byte, its product with the Reed–Solomon generator polynomial of `degree` (the leading 1 left
    out) as one integer of `degree` bytes: the division then shifts and xors one integer per data byte."""
    poly = [1]
    for power in range(degree):
        out = [0] * (len(poly) + 1)
        for index, coefficient in enumerate(poly):
            out[index] ^= coefficient
            if coefficient:
                out[index + 1] ^= _EXP[_LOG[coefficient] + power]
        poly = out
    logs = [_LOG[c] for c in poly[1:]]
    return (0, *(int.from_bytes(bytes(_EXP[_LOG[byte] + log] for log in logs), "big") for byte in range(1, 256)))


def _error_correction(data: Sequence[int], degree: int) -> list[int]:
    products = _products(degree)
    shift, mask = 8 * (degree - 1), (1 << 8 * degree) - 1
    remainder = 0
    for byte in data:
        remainder = ((remainder << 8) & mask) ^ products[(remainder >> shift) ^ byte]
    return list(remainder.to_bytes(degree, "big"))


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
    """What every code of one version shares, with the matrix as one byte string: its rows of b"0" and b"1"
    each followed by a space (so no run of modules continues into the next row). Per mask: the function patterns
    (finders, timing, alignment, version and format information) and the mask's flips of the data modules, as one
    integer to xor with the data's; and where each data bit goes."""

    size: int
    places: tuple[int, ...]  # the index in the matrix of each data bit, in reading order
    masked: tuple[int, ...]  # per mask: the patterns with this mask's format information, xor its flips


def _matrix(modules: Sequence[Sequence[bool]]) -> bytes:
    return b"".join(bytes(48 + bool(dark) for dark in row) + b" " for row in modules)


@cache
def _version(version: int) -> _Version:
    code = qrencoder.QRCode(version, _LEVEL)
    size = code.moduleCount = version * 4 + 17
    positions = list(code._dataPosIterator())
    masked = []
    for mask in range(8):
        code.modules = [[False] * size for _ in range(size)]
        code.setupPositionProbePattern(0, 0)
        code.setupPositionProbePattern(size - 7, 0)
        code.setupPositionProbePattern(0, size - 7)
        code.setupPositionAdjustPattern()
        code.setupTimingPattern()
        code.setupTypeInfo(False, mask)
        if version >= 7:
            code.setupTypeNumber(False)
        patterns = int.from_bytes(_matrix(code.modules), "big")
        rule = qrencoder.QRUtil.getMask(mask)
        flips = bytearray((size + 1) * size)
        for col, row in positions:
            flips[row * (size + 1) + col] = bool(rule(row, col))
        masked.append(patterns ^ int.from_bytes(flips, "big"))
    return _Version(size, tuple(row * (size + 1) + col for col, row in positions), tuple(masked))


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


_LIGHT_RUN = re.compile(b"00000+")
_DARK_RUN_OF_FIVE = re.compile(b"11111+")


def _penalty(matrix: bytes, size: int) -> int:
    """The mask penalty of ISO/IEC 18004 (runs, 2×2 blocks, finder look-alikes, balance), on the matrix as bytes
    and its columns sliced out of it: every step runs in C."""
    stride = size + 1
    lines = matrix + b" ".join(matrix[column::stride] for column in range(size))
    runs = _LIGHT_RUN.findall(lines) + _DARK_RUN_OF_FIVE.findall(lines)
    finders = lines.count(b"10111010000") + lines.count(b"00001011101")  # overlaps are too rare to matter here
    score = sum(map(len, runs)) - 2 * len(runs) + 40 * finders
    # a 2×2 block: a module equal to the one left of it, the one above it and the one above and left
    whole = int.from_bytes(matrix, "big")
    across = whole ^ (whole >> 8)
    blocks = (across | (whole ^ (whole >> 8 * stride)) | (across >> 8 * stride)).to_bytes(len(matrix), "big")
    score += 3 * (blocks.count(0) - size)  # the spaces between rows match each other, not modules
    dark = matrix.count(b"1")
    return score + 10 * (abs(dark * 100 // (size * size) - 50) // 5)


def qr_rows(text: str) -> list[str]:
    """The QR code of `text` (level M, UTF-8 declared when it is not plain ASCII) as rows of "1" (dark) and "0"."""
    return _code(text)[0].decode("ascii").split()


def _code(text: str) -> tuple[bytes, int]:
    """The QR code of `text` as its matrix (rows of b"0" and b"1", each followed by a space) and its size."""
    code = qrencoder.QRCode(None, _LEVEL)
    if text.isascii():
        code.addData(text)  # numeric, alphanumeric or byte mode, whichever is shortest
    else:
        code.addData(qrencoder.QRECI(_UTF8_ECI))
        code.addData(qrencoder.QR8bitByte(text))
    shape = _version(_version_for(code.dataList, _LEVEL))
    bits = _codewords((shape.size - 17) // 4, _LEVEL, code.dataList)
    data = bytearray((shape.size + 1) * shape.size)
    for index in itertools.compress(shape.places, map(int, bits)):
        data[index] = 1
    data_number = int.from_bytes(data, "big")
    best, best_score = b"", -1
    for masked in shape.masked:
        matrix = (masked ^ data_number).to_bytes(len(data), "big")
        score = _penalty(matrix, shape.size)
        if best_score < 0 or score < best_score:
            best, best_score = matrix, score
    return best, shape.size


_DARK_RUN = re.compile(b"1+")


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float, *, quiet: int = 0) -> float:
    """Draw the QR code of `text` with its bottom left corner at (x, y), `size` points wide with `quiet` modules
    of white margin counted inside it, in the canvas's current fill colour; returns the width of one module. The dark
    modules are one filled path of rectangles, each a run of modules in a row, one unit per module."""
    matrix, count = _code(text)
    module = size / (count + 2 * quiet)
    # The rectangles are written as PDF operators directly: reportlab's path.rect formats each number in pure
    # Python, which cost 20 ms a code; whole numbers in a one-unit-per-module system need no formatting.
    stride = count + 1
    operators = [f"{run.start() % stride} {run.start() // stride} {run.end() - run.start()} 1 re"
                 for run in _DARK_RUN.finditer(matrix)]
    canvas.saveState()
    canvas.translate(x + quiet * module, y + size - quiet * module)
    canvas.scale(module, -module)
    canvas.addLiteral("\n".join(operators) + "\nf")
    canvas.restoreState()
    return module
