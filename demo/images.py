"""Flat illustrations for `manage.py seed_demo`, drawn with Pillow so the repository holds no binaries.

`draw(key)` returns JPEG bytes for one of the keys in content.IMAGES. Each picture is a
gradient sky and a few simple shapes; a seeded Random keeps them the same from run to run.
"""

import io
import math
import random

from PIL import Image, ImageDraw

from .print_issues import infographic

WIDTH, HEIGHT = 1280, 720
# Pictures are drawn at 1280 px and stored at this width: every stored photo gets renditions of
# each width in MULTIMEDIA_RENDITION_WIDTHS up to its own, and encoding the 1280 px ones would
# double the seed's time for a difference no demo reader sees.
STORED_WIDTH = 960


def draw(key):
    rng = random.Random(key)
    picture = MOTIFS[key](rng)
    if picture.width > STORED_WIDTH:
        height = round(picture.height * STORED_WIDTH / picture.width)
        picture = picture.resize((STORED_WIDTH, height), Image.LANCZOS)
    return jpeg(picture)


def jpeg(picture):
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _sky(top, bottom):
    strip = Image.new("RGB", (1, HEIGHT))
    strip.putdata([_mix(top, bottom, y / (HEIGHT - 1)) for y in range(HEIGHT)])
    picture = strip.resize((WIDTH, HEIGHT))
    return picture, ImageDraw.Draw(picture, "RGBA")


def _band(pen, top, bottom, y0, y1):
    for y in range(y0, y1):
        pen.line([(0, y), (WIDTH, y)], fill=_mix(top, bottom, (y - y0) / max(1, y1 - y0)))


def _sun(pen, x, y, radius, colour):
    for step in range(6, 0, -1):
        r = radius + step * 14
        pen.ellipse([x - r, y - r, x + r, y + r], fill=(*colour, 18))
    pen.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)


def _ridge(pen, rng, base, height, colour):
    phase, waves = rng.uniform(0, 6.3), rng.uniform(1.2, 2.6)
    points = [
        (
            x,
            base
            - height
            * (0.6 * math.sin(x / WIDTH * waves * math.pi + phase) + 0.4 * math.sin(x / 97)),
        )
        for x in range(0, WIDTH + 32, 32)
    ]
    pen.polygon([(0, HEIGHT), *points, (WIDTH, HEIGHT)], fill=colour)


def _tree(pen, x, y, size, colour):
    pen.rectangle([x - size // 8, y, x + size // 8, y + size], fill=(92, 64, 44))
    pen.ellipse([x - size, y - size * 1.4, x + size, y + size * 0.4], fill=colour)


def _landscape(rng, sky, sun, ridges):
    picture, pen = _sky(*sky)
    if sun:
        _sun(pen, *sun)
    for base, height, colour in ridges:
        _ridge(pen, rng, base, height, colour)
    return picture, pen


def coffee_hills(rng):
    picture, pen = _landscape(
        rng,
        ((250, 205, 140), (255, 240, 210)),
        (980, 190, 70, (255, 236, 170)),
        [(390, 50, (120, 150, 110)), (470, 60, (78, 122, 70)), (560, 40, (52, 96, 48))],
    )
    for row, y in enumerate(range(560, HEIGHT + 60, 48)):
        size = 22 + row * 6
        for x in range(-40 + row * 17 % 60, WIDTH + 40, size * 2 + 14):
            pen.ellipse([x - size, y - size, x + size, y + size * 0.7], fill=(34, 82, 40))
            for _ in range(3):
                cx, cy = x + rng.randint(-size // 2, size // 2), y + rng.randint(-size // 2, 4)
                pen.ellipse([cx - 4, cy - 4, cx + 4, cy + 4], fill=(200, 40, 40))
    return picture


def coffee_beans(rng):
    picture, pen = _sky((120, 78, 50), (70, 42, 26))
    for x in range(0, WIDTH, 90):
        pen.line([(x, 0), (x + 40, HEIGHT)], fill=(60, 36, 22, 90), width=3)
    bean = Image.new("RGBA", (120, 84))
    bean_pen = ImageDraw.Draw(bean)
    bean_pen.ellipse([4, 4, 116, 80], fill=(92, 52, 28), outline=(58, 30, 16), width=3)
    bean_pen.ellipse([20, 12, 64, 30], fill=(124, 76, 44))
    crease = [(x, 42 + 7 * math.sin((x - 14) / 92 * 2 * math.pi)) for x in range(14, 108, 4)]
    bean_pen.line(crease, fill=(40, 20, 10), width=6, joint="curve")
    for _ in range(48):
        turned = bean.rotate(rng.uniform(0, 360), expand=True)
        x, y = rng.randint(-40, WIDTH - 60), rng.randint(-40, HEIGHT - 60)
        picture.paste(turned, (x, y), turned)
    return picture


def drying_yard(rng):
    picture, pen = _landscape(
        rng,
        ((120, 180, 235), (220, 236, 250)),
        (200, 140, 56, (255, 250, 220)),
        [(330, 40, (110, 150, 120))],
    )
    pen.polygon([(0, 380), (WIDTH, 380), (WIDTH, HEIGHT), (0, HEIGHT)], fill=(196, 190, 180))
    for _ in range(2600):
        y = rng.uniform(392, HEIGHT)
        r = 2 + (y - 380) / 60
        x = rng.uniform(0, WIDTH)
        colour = rng.choice([(150, 50, 40), (120, 60, 40), (170, 80, 50), (98, 44, 30)])
        pen.ellipse([x - r, y - r * 0.7, x + r, y + r * 0.7], fill=colour)
    return picture


def lake(rng):
    picture, pen = _landscape(
        rng,
        ((90, 60, 130), (250, 150, 90)),
        (640, 350, 60, (255, 200, 120)),
        [(380, 70, (70, 50, 90)), (400, 30, (50, 40, 70))],
    )
    _band(pen, (200, 120, 110), (40, 40, 80), 400, HEIGHT)
    for y in range(410, HEIGHT, 14):
        half = 160 - (y - 400) // 3
        pen.line([(640 - half, y), (640 + half, y)], fill=(255, 210, 140, 120), width=3)
    pen.polygon([(380, 560), (620, 560), (590, 585), (410, 585)], fill=(40, 26, 20))
    pen.rectangle([488, 512, 504, 560], fill=(40, 26, 20))
    pen.ellipse([484, 494, 508, 518], fill=(40, 26, 20))
    pen.line([(470, 520), (540, 600)], fill=(40, 26, 20), width=5)
    return picture


def waterfall(rng):
    picture, pen = _sky((170, 210, 230), (230, 245, 240))
    pen.polygon([(0, 120), (420, 160), (470, HEIGHT), (0, HEIGHT)], fill=(70, 80, 70))
    pen.polygon([(WIDTH, 100), (820, 170), (780, HEIGHT), (WIDTH, HEIGHT)], fill=(60, 72, 64))
    pen.rectangle([420, 160, 820, 560], fill=(190, 215, 225))
    for x in range(424, 820, 10):
        pen.line([(x, 160), (x + rng.randint(-6, 6), 560)], fill=(255, 255, 255, 170), width=5)
    _band(pen, (140, 190, 200), (70, 120, 130), 560, HEIGHT)
    for _ in range(16):
        x = rng.randint(420, 820)
        pen.ellipse([x - 70, 520, x + 70, 600], fill=(255, 255, 255, 60))
    for _ in range(22):
        x = rng.choice([rng.randint(0, 400), rng.randint(840, WIDTH)])
        _tree(pen, x, rng.randint(90, 300), rng.randint(40, 70), (40, rng.randint(100, 140), 50))
    return picture


def road(rng):
    picture, pen = _landscape(
        rng,
        ((110, 170, 230), (210, 232, 245)),
        None,
        [(360, 70, (120, 160, 120)), (420, 50, (80, 130, 80)), (470, 20, (60, 110, 60))],
    )
    pen.polygon([(600, 430), (680, 430), (1100, HEIGHT), (180, HEIGHT)], fill=(70, 72, 78))
    for step in range(9):
        t0, t1 = step / 9, (step + 0.5) / 9
        y0, y1 = 430 + (HEIGHT - 430) * t0**1.6, 430 + (HEIGHT - 430) * t1**1.6
        w0, w1 = 1 + 8 * t0, 1 + 8 * t1
        pen.polygon([(640 - w0, y0), (640 + w0, y0), (640 + w1, y1), (640 - w1, y1)], fill="white")
    for side in (-1, 1):
        for step in range(1, 7):
            t = step / 7
            _tree(pen, 640 + side * (60 + 520 * t), 380 + 300 * t, int(10 + 60 * t), (50, 110, 60))
    return picture


def longhouse(rng):
    picture, pen = _landscape(
        rng,
        ((140, 200, 240), (235, 240, 220)),
        (1100, 140, 50, (255, 245, 200)),
        [(420, 60, (120, 160, 100))],
    )
    pen.rectangle([0, 520, WIDTH, HEIGHT], fill=(110, 150, 80))
    for x in range(260, 1060, 60):
        pen.rectangle([x, 460, x + 12, 560], fill=(80, 50, 30))
    pen.rectangle([240, 380, 1060, 470], fill=(150, 100, 60))
    for x in range(250, 1060, 22):
        pen.line([(x, 384), (x, 466)], fill=(120, 76, 44), width=3)
    pen.polygon([(200, 392), (1100, 392), (1030, 250), (270, 250)], fill=(190, 150, 80))
    for x in range(280, 1030, 18):
        pen.line([(x, 256), (x - 20, 390)], fill=(160, 120, 60), width=2)
    pen.polygon([(160, 560), (200, 560), (250, 470), (230, 470)], fill=(90, 60, 34))
    for _ in range(6):
        _tree(
            pen, rng.choice([rng.randint(20, 190), rng.randint(1110, 1260)]), 420, 50, (50, 120, 60)
        )
    return picture


def gongs(rng):
    picture, pen = _sky((150, 40, 30), (80, 20, 20))
    for index in range(7):
        angle = math.pi * (0.15 + 0.7 * index / 6)
        x, y = 640 - 480 * math.cos(angle), 620 - 380 * math.sin(angle)
        r = 70 + rng.randint(0, 40)
        pen.ellipse([x - r - 6, y - r - 6, x + r + 6, y + r + 6], fill=(60, 30, 10, 120))
        pen.ellipse(
            [x - r, y - r, x + r, y + r], fill=(196, 150, 70), outline=(120, 84, 30), width=6
        )
        pen.ellipse(
            [x - r * 0.7, y - r * 0.7, x + r * 0.7, y + r * 0.7], outline=(160, 118, 50), width=4
        )
        pen.ellipse([x - r * 0.25, y - r * 0.25, x + r * 0.25, y + r * 0.25], fill=(230, 190, 110))
        pen.arc(
            [x - r * 0.9, y - r * 0.9, x + r * 0.9, y + r * 0.9],
            200,
            260,
            fill=(255, 230, 170),
            width=5,
        )
    return picture


def football(rng):
    picture, pen = _sky((10, 20, 50), (40, 60, 90))
    for x in (140, 1140):
        _sun(pen, x, 110, 24, (255, 255, 230))
        pen.rectangle([x - 4, 130, x + 4, 330], fill=(120, 120, 130))
    stripes = 10
    for i in range(stripes):
        y0, y1 = 330 + i * 39, 330 + (i + 1) * 39
        pen.rectangle([0, y0, WIDTH, y1], fill=(40, 140, 60) if i % 2 else (50, 156, 70))
    pen.line([(0, 520), (WIDTH, 520)], fill="white", width=5)
    pen.ellipse([520, 470, 760, 570], outline="white", width=5)
    pen.rectangle([560, 250, 720, 330], outline="white", width=8)
    for x in range(568, 720, 16):
        pen.line([(x, 258), (x, 330)], fill=(255, 255, 255, 80), width=2)
    return picture


def _star(pen, x, y, radius, colour):
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((x + r * math.cos(angle), y + r * math.sin(angle)))
    pen.polygon(points, fill=colour)


def school(rng):
    picture, pen = _sky((100, 170, 235), (220, 238, 250))
    pen.rectangle([0, 520, WIDTH, HEIGHT], fill=(200, 160, 120))
    pen.polygon([(180, 320), (1020, 320), (960, 240), (240, 240)], fill=(190, 60, 50))
    pen.rectangle([210, 320, 990, 520], fill=(245, 215, 120))
    for x in range(250, 960, 120):
        pen.rectangle([x, 360, x + 70, 430], fill=(90, 140, 190))
        pen.rectangle([x + 20, 450, x + 50, 520], fill=(140, 90, 60))
    pen.rectangle([1110, 200, 1118, 560], fill=(160, 160, 160))
    pen.rectangle([1118, 200, 1230, 270], fill=(218, 37, 29))
    _star(pen, 1174, 235, 24, (255, 222, 0))
    for x in (90, 1180):
        _tree(pen, x, 440 if x < 600 else 600, 70, (50, 130, 60))
    return picture


def clinic(rng):
    picture, pen = _sky((150, 200, 240), (235, 245, 250))
    pen.rectangle([0, 540, WIDTH, HEIGHT], fill=(120, 170, 100))
    pen.rectangle([340, 220, 940, 540], fill=(246, 246, 242))
    pen.rectangle([320, 200, 960, 226], fill=(80, 150, 140))
    for row in (260, 340, 420):
        for x in range(380, 900, 100):
            if not (560 <= x <= 700 and row == 260):
                pen.rectangle([x, row, x + 56, row + 50], fill=(140, 190, 220))
    pen.rectangle([600, 470, 680, 540], fill=(120, 170, 190))
    pen.rectangle([626, 236, 654, 316], fill=(30, 150, 80))
    pen.rectangle([600, 262, 680, 290], fill=(30, 150, 80))
    for x in range(40, WIDTH, 160):
        if not 300 < x < 980:
            _tree(pen, x, 470, rng.randint(50, 70), (50, rng.randint(110, 150), 60))
    return picture


def city(rng):
    picture, pen = _sky((40, 30, 80), (200, 110, 130))
    pen.ellipse([1040, 80, 1110, 150], fill=(250, 240, 210))
    x = 0
    while x < WIDTH:
        w, h = rng.randint(60, 140), rng.randint(160, 460)
        shade = rng.randint(30, 60)
        pen.rectangle([x, HEIGHT - h, x + w, HEIGHT], fill=(shade, shade - 10, shade + 30))
        for wy in range(HEIGHT - h + 16, HEIGHT - 10, 24):
            for wx in range(x + 10, x + w - 14, 20):
                if rng.random() < 0.45:
                    pen.rectangle([wx, wy, wx + 8, wy + 12], fill=(255, 214, 120))
        x += w + rng.randint(0, 12)
    return picture


def sea(rng):
    picture, pen = _sky((90, 160, 225), (200, 230, 245))
    _band(pen, (40, 120, 170), (20, 90, 140), 300, HEIGHT)
    for _ in range(40):
        x, y = rng.randint(0, WIDTH), rng.randint(310, 500)
        pen.line([(x, y), (x + rng.randint(30, 90), y)], fill=(255, 255, 255, 120), width=2)
    size = 44
    for row in range(8):
        y = 450 + row * size * 0.78
        for col in range(-1, WIDTH // int(size * 1.7) + 2):
            x = col * size * 1.74 + (row % 2) * size * 0.87 - row * 40 + 160
            if x < -size or x > WIDTH + size:
                continue
            shade = rng.randint(45, 80)
            hexagon = [
                (
                    x + size * math.cos(math.pi / 6 + i * math.pi / 3),
                    y + 0.6 * size * math.sin(math.pi / 6 + i * math.pi / 3),
                )
                for i in range(6)
            ]
            pen.polygon(hexagon, fill=(shade, shade, shade + 8), outline=(25, 25, 30))
    return picture


def festival(rng):
    picture, pen = _sky((20, 16, 50), (70, 40, 70))
    for _ in range(60):
        x, y = rng.randint(0, WIDTH), rng.randint(0, 300)
        pen.ellipse([x - 2, y - 2, x + 2, y + 2], fill=(255, 250, 220, 200))
    _ridge(pen, rng, 420, 40, (30, 26, 40))
    pen.rectangle([0, 440, WIDTH, HEIGHT], fill=(60, 40, 30))
    for step in range(7, 0, -1):
        r = 60 + step * 40
        pen.ellipse([640 - r, 560 - r * 0.6, 640 + r, 560 + r * 0.4], fill=(255, 140, 40, 14))
    for flame, colour in ((90, (230, 70, 20)), (62, (250, 150, 30)), (34, (255, 230, 120))):
        pen.polygon([(640 - flame, 590), (640, 590 - flame * 2.6), (640 + flame, 590)], fill=colour)
    pen.rectangle([560, 588, 720, 604], fill=(70, 40, 20))
    for index in range(14):
        angle = math.pi * 2 * index / 14
        x, y = 640 + 420 * math.cos(angle), 570 + 110 * math.sin(angle)
        size = 24 + 10 * (y - 460) / 220
        skirt = rng.choice([(150, 20, 30), (20, 20, 30), (170, 120, 30)])
        pen.ellipse(
            [x - size * 0.35, y - size * 3.2, x + size * 0.35, y - size * 2.5], fill=(30, 20, 20)
        )
        pen.polygon([(x - size * 0.5, y), (x, y - size * 2.5), (x + size * 0.5, y)], fill=skirt)
    return picture


MOTIFS = {
    "coffee-hills": coffee_hills,
    "coffee-beans": coffee_beans,
    "drying-yard": drying_yard,
    "lake": lake,
    "waterfall": waterfall,
    "road": road,
    "longhouse": longhouse,
    "gongs": gongs,
    "football": football,
    "school": school,
    "clinic": clinic,
    "city": city,
    "sea": sea,
    "festival": festival,
    "infographic": lambda rng: infographic(),
}
