"""Before and after «photos» for the demo's completed projects: a storage rack drawn with Pillow, cluttered
before the project and in order after it (labelled boxes on their shelves, floor marking, a visual board).

They are drawn when the demo is made — no picture files ship with the app — as 1200×900 JPEGs of about 55 kB,
so the A3 reports and the attachments tab of the demo show what a coordinator's real photos would look like.
"""

from __future__ import annotations

import io
import random

WIDTH, HEIGHT = 1200, 900
_FLOOR = 600  # where the wall meets the floor
_RACK = (140, 130, 840, 600)  # left, top, right, bottom of the rack
_SHELVES = (250, 380, 510)
_BOX_COLOURS = ((176, 132, 84), (150, 110, 70), (196, 160, 110), (120, 140, 170), (170, 70, 60), (80, 120, 90))


def photo(after: bool, rng: random.Random) -> bytes:
    """A JPEG of the rack before (`after` False) or after the project."""
    from PIL import Image, ImageDraw, ImageFilter

    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    light = 1.0 if after else 0.82
    draw.rectangle((0, 0, WIDTH, _FLOOR), fill=_shade((226, 222, 210), light))
    draw.rectangle((0, _FLOOR, WIDTH, HEIGHT), fill=_shade((150, 152, 150), light))
    for x in range(0, WIDTH, 150):  # floor tiles
        draw.line((x, _FLOOR, x - 200 + x // 3, HEIGHT), fill=_shade((135, 137, 135), light), width=2)
    left, top, right, bottom = _RACK
    if after:
        draw.rectangle((left - 40, bottom - 10, right + 40, bottom + 70), outline=(235, 190, 30), width=12)
        draw.rectangle((900, 170, 1120, 430), fill=(250, 250, 245), outline=(60, 110, 70), width=8)
        for row in range(5):  # a visual board: lines of a standard, a green tick beside each
            y = 210 + row * 42
            draw.rectangle((925, y, 1060, y + 14), fill=(170, 175, 180))
            draw.line((1075, y + 6, 1084, y + 16, 1100, y - 4), fill=(50, 140, 70), width=5)
    for x in (left, right - 18):
        draw.rectangle((x, top, x + 18, bottom), fill=_shade((70, 90, 140), light))
    for y in (*_SHELVES, bottom - 18):
        draw.rectangle((left, y, right, y + 14), fill=_shade((235, 140, 40), light))
    if after:
        _tidy_boxes(draw)
    else:
        _cluttered_boxes(image, draw, rng, light)
    image = image.filter(ImageFilter.GaussianBlur(0.8))  # a camera's softness
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _tidy_boxes(draw) -> None:  # type: ignore[no-untyped-def]
    left, _top, right, bottom = _RACK
    floors = (*_SHELVES, bottom - 18)
    for shelf, y in enumerate(floors):
        colour = _BOX_COLOURS[shelf % 3]
        height = min(90, y - (floors[shelf - 1] + 14 if shelf else _RACK[1]) - 12)  # under the shelf above
        for x in range(left + 40, right - 110, 125):
            draw.rectangle((x, y - height, x + 105, y), fill=colour, outline=_shade(colour, 0.7), width=3)
            draw.rectangle((x + 20, y - height + 18, x + 85, y - height + 48), fill=(252, 252, 250))
            draw.rectangle((x + 20, y - height + 18, x + 30, y - height + 48), fill=(50, 140, 70))


def _cluttered_boxes(image, draw, rng: random.Random, light: float) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    left, _top, right, bottom = _RACK
    for y in (*_SHELVES, bottom - 18):
        x = left + 25
        while x < right - 80:
            width, height = rng.randint(60, 150), rng.randint(45, 110)
            colour = _shade(rng.choice(_BOX_COLOURS), light)
            draw.rectangle((x, y - height, x + width, y), fill=colour, outline=_shade(colour, 0.7), width=3)
            x += width + rng.randint(-20, 40)
    for _ in range(9):  # boxes on the floor and papers, askew
        width, height = rng.randint(70, 170), rng.randint(50, 120)
        box = Image.new("RGBA", (width, height), _shade(rng.choice(_BOX_COLOURS), light) + (255,))
        turned = box.rotate(rng.uniform(-25, 25), expand=True)
        image.paste(turned, (rng.randint(20, WIDTH - 220), rng.randint(_FLOOR + 20, HEIGHT - 160)), turned)
    for _ in range(14):
        paper = Image.new("RGBA", (60, 80), (245, 245, 240, 255))
        turned = paper.rotate(rng.uniform(0, 360), expand=True)
        image.paste(turned, (rng.randint(0, WIDTH - 100), rng.randint(_FLOOR, HEIGHT - 100)), turned)


def _shade(colour: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    return (int(colour[0] * factor), int(colour[1] * factor), int(colour[2] * factor))
