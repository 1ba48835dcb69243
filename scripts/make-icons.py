"""Draws the portal's icons (home screen, favicon) into static/: a neutral mark, four rising
bars on the portal's blue, made of shapes only so that no font or licence is involved.

    .venv/bin/python scripts/make-icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
BLUE, WHITE = (11, 92, 138), (255, 255, 255)


def icon(size, *, maskable=False):
    image = Image.new("RGB", (size, size), BLUE)
    draw = ImageDraw.Draw(image)
    # A maskable icon keeps its drawing inside the central 80 % that every mask shows.
    margin = size * (0.28 if maskable else 0.18)
    inner = size - 2 * margin
    width = inner / 7
    for i, height in enumerate((0.35, 0.55, 0.75, 1.0)):
        left = margin + i * 2 * width
        draw.rectangle(
            [left, margin + inner * (1 - height), left + width * 1.4, margin + inner], fill=WHITE
        )
    return image


def main():
    icons = ROOT / "static" / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        icon(size).save(icons / f"icon-{size}.png", optimize=True)
    icon(512, maskable=True).save(icons / "maskable-512.png", optimize=True)
    icon(180).save(icons / "apple-touch-icon.png", optimize=True)
    root = ROOT / "static" / "root"
    root.mkdir(parents=True, exist_ok=True)
    icon(64).save(root / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])


if __name__ == "__main__":
    main()
