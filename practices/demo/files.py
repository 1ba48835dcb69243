"""Files of the sample data: pictures drawn in a theme's colours and one-page PDF documents,
all marked "GLGP sample", generated rather than shipped (seed_demo, practices.demo.exchange)."""

import io
import random

from PIL import Image, ImageDraw, ImageFont, ImageOps

from practices.demo import practices as sample_practices

SIZE = (960, 640)
GROUND = 470  # where the illustrated ground begins, in pixels from the top


# Illustrations: a sky gradient in the theme's colours, a ground, and one simple motif.


def illustration(theme, variant, *, seed):
    """JPEG bytes of a simple picture in the theme's colours, the same for the same seed."""
    light, dark = sample_practices.THEME_COLOURS.get(theme, ((150, 150, 150), (60, 60, 60)))
    rng = random.Random(seed)
    image = sky(light)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, GROUND, SIZE[0], SIZE[1]], fill=mix(dark, light, 0.55))
    draw.ellipse(circle(rng.randint(120, 840), 120, 55), fill=mix(light, (255, 255, 255), 0.7))
    first = MOTIFS.index(THEME_MOTIFS.get(theme, draw_houses))
    MOTIFS[(first + variant) % len(MOTIFS)](draw, rng, dark, light)
    draw.text((24, SIZE[1] - 48), "GLGP sample", fill=(255, 255, 255), font=label_font())
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


def sky(colour):
    top = Image.new("RGB", SIZE, mix(colour, (255, 255, 255), 0.65))
    bottom = Image.new("RGB", SIZE, colour)
    mask = Image.linear_gradient("L").resize(SIZE)
    return Image.composite(bottom, top, ImageOps.autocontrast(mask))


def draw_houses(draw, rng, dark, light):
    for x in range(60, 900, rng.randint(150, 210)):
        width, height = rng.randint(90, 130), rng.randint(70, 110)
        draw.rectangle([x, GROUND - height, x + width, GROUND], fill=mix(light, dark, 0.3))
        roof = [(x - 12, GROUND - height), (x + width // 2, GROUND - height - 55)]
        draw.polygon([*roof, (x + width + 12, GROUND - height)], fill=dark)
        draw.rectangle([x + width // 2 - 12, GROUND - 40, x + width // 2 + 12, GROUND], fill=dark)


def draw_people(draw, rng, dark, light):
    draw.rectangle([300, GROUND - 70, 660, GROUND - 55], fill=dark)  # a table
    for x in range(110, 880, 70):
        height = rng.randint(90, 125)
        colour = mix(dark, light, rng.uniform(0.0, 0.5))
        draw.ellipse(circle(x, GROUND - height - 22, 20), fill=colour)
        draw.rounded_rectangle([x - 24, GROUND - height, x + 24, GROUND], radius=18, fill=colour)


def draw_bars(draw, rng, dark, light):
    for i, x in enumerate(range(160, 800, 110)):
        height = rng.randint(60, 110) + 30 * i
        draw.rectangle([x, GROUND - height, x + 70, GROUND], fill=mix(dark, light, 0.15 * (i % 3)))
    draw.line([(130, GROUND - 1), (830, GROUND - 1)], fill=dark, width=6)


def draw_stalls(draw, rng, dark, light):
    for x in range(50, 900, 170):
        draw.rectangle([x + 10, GROUND - 90, x + 140, GROUND], fill=mix(light, dark, 0.2))
        for stripe in range(5):  # a striped awning
            left = x + stripe * 30
            colour = dark if stripe % 2 else (250, 250, 245)
            draw.rectangle([left, GROUND - 125, left + 30, GROUND - 90], fill=colour)
        draw.ellipse(circle(x + 75, GROUND - 40, rng.randint(12, 22)), fill=dark)


MOTIFS = [draw_houses, draw_people, draw_bars, draw_stalls]
# Each theme opens with the motif that suits it; a practice's further photos take the next ones.
THEME_MOTIFS = {
    "participation": draw_people,
    "institutional-governance": draw_people,
    "gender-equality": draw_people,
    "social-accountability": draw_people,
    "fiscal-management": draw_bars,
    "local-economic-development": draw_stalls,
    "urban-services": draw_stalls,
    "public-services": draw_houses,
    "environment-waste": draw_houses,
    "agriculture": draw_houses,
}


def circle(x, y, r):
    return [x - r, y - r, x + r, y + r]


def mix(a, b, share):
    """Colour `a` moved `share` of the way towards colour `b`."""
    return tuple(round(ca + (cb - ca) * share) for ca, cb in zip(a, b, strict=True))


def label_font():
    return ImageFont.load_default(size=26)


# Documents: one A4 page of plain text, written out by hand (PDF 1.4, Helvetica).


def document(title, lines):
    """Bytes of a one-page PDF headed `title` with `lines` below it and a "GLGP sample" mark.
    Latin text only: the standard fonts of PDF viewers carry no Khmer."""
    rows = [("F1 16 Tf", title), *(("F1 11 Tf", line) for line in lines)]
    rows.append(("F1 9 Tf", "GLGP sample data, for demonstration and training."))
    text = ["BT", "56 780 Td", "16 TL"]
    for font, line in rows:
        text += [f"/{font}", f"({_pdf_string(line)}) Tj", "T*"]
    stream = "\n".join([*text, "ET"]).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _pdf_string(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
