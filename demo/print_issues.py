"""Pictures with words for `manage.py seed_demo`: the infographic and the print issues' pages.

The pages are drawn with Pillow and saved as one PDF, so the repository holds no binaries. Fonts
are DejaVu when the system has them (they carry Vietnamese diacritics), else Pillow's own.
"""

import io
import random
import textwrap

from PIL import Image, ImageDraw, ImageFont

from .features import INFOGRAPHIC

PAGE = (794, 1123)  # A4 at 96 dpi
INK, GREY, RED = (24, 24, 24), (150, 150, 150), (176, 28, 36)


def font(size, family="Sans", bold=True):
    name = f"DejaVu{family}{'-Bold' if bold else ''}.ttf"
    try:
        return ImageFont.truetype(name, size)
    except OSError:
        return ImageFont.load_default(size)


def _lines(pen, x, y, text, size, width_chars, fill=INK, family="Serif", gap=1.2):
    face = font(size, family)
    for line in textwrap.wrap(text, width_chars):
        pen.text((x, y), line, font=face, fill=fill)
        y += round(size * gap)
    return y


def _body_text(pen, rng, box, line_height=14):
    """Grey bars standing for small print, in columns."""
    left, top, right, bottom = box
    columns = 3 if right - left > 500 else 2
    width = (right - left - 20 * (columns - 1)) // columns
    for column in range(columns):
        x = left + column * (width + 20)
        for y in range(top, bottom - line_height, line_height):
            end = x + width if rng.random() > 0.12 else x + rng.randint(width // 3, width)
            pen.rectangle([x, y, end, y + 5], fill=(205, 205, 205))


def _masthead(pen, number, date_text):
    pen.text((40, 28), "ĐẮK LẮK DEMO", font=font(64, "Serif"), fill=RED)
    pen.text((42, 104), "Bản trình diễn — nội dung hư cấu", font=font(16, bold=False), fill=GREY)
    pen.text(
        (PAGE[0] - 40, 112), f"Số {number} · {date_text}", font=font(18), fill=INK, anchor="rs"
    )
    pen.line([(40, 130), (PAGE[0] - 40, 130)], fill=INK, width=3)


def front_page(number, date_text, headlines, picture_bytes):
    rng = random.Random(number)
    page = Image.new("RGB", PAGE, "white")
    pen = ImageDraw.Draw(page)
    _masthead(pen, number, date_text)
    y = _lines(pen, 40, 150, headlines[0], 38, 34, family="Serif")
    picture = Image.open(io.BytesIO(picture_bytes)).convert("RGB")
    picture = picture.resize((PAGE[0] - 80, (PAGE[0] - 80) * 9 // 16))
    page.paste(picture, (40, y + 12))
    y += picture.height + 28
    _body_text(pen, rng, (40, y, PAGE[0] - 40, y + 150))
    y += 170
    for headline in headlines[1:]:
        pen.line([(40, y), (PAGE[0] - 40, y)], fill=GREY, width=1)
        y = _lines(pen, 40, y + 12, headline, 26, 48, family="Serif") + 6
        _body_text(pen, rng, (40, y, PAGE[0] - 40, y + 110))
        y += 126
    return page


def inner_page(number, date_text, page_number, titles):
    rng = random.Random(f"{number}-{page_number}")
    page = Image.new("RGB", PAGE, "white")
    pen = ImageDraw.Draw(page)
    pen.text((40, 30), f"ĐẮK LẮK DEMO · Số {number} · {date_text}", font=font(16), fill=RED)
    pen.text((PAGE[0] - 40, 30), f"Trang {page_number}", font=font(16), fill=INK, anchor="ra")
    pen.line([(40, 56), (PAGE[0] - 40, 56)], fill=INK, width=2)
    y = 76
    share = (PAGE[1] - 120) // max(1, len(titles))
    for title in titles:
        top = y
        y = _lines(pen, 40, y, title, 30, 42, family="Serif") + 10
        _body_text(pen, rng, (40, y, PAGE[0] - 40, top + share - 20))
        y = top + share
    return page


def print_issue(number, date_text, headlines, picture_bytes, titles_by_page):
    """(PDF bytes, front page JPEG bytes) for one issue of `pages` pages."""
    pages = [front_page(number, date_text, headlines, picture_bytes)]
    for page_number in range(2, max(3, *titles_by_page) + 1):
        pages.append(
            inner_page(number, date_text, page_number, titles_by_page.get(page_number, []))
        )
    pdf = io.BytesIO()
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:], resolution=96)
    cover = io.BytesIO()
    pages[0].save(cover, "JPEG", quality=82)
    return pdf.getvalue(), cover.getvalue()


def infographic(data=INFOGRAPHIC):
    """A tall picture, as infographics are read on a phone: the title, bars, then the steps."""
    width, height = 1080, 2220
    picture = Image.new("RGB", (width, height), (250, 244, 232))
    pen = ImageDraw.Draw(picture)
    pen.rectangle([0, 0, width, 260], fill=(92, 52, 28))
    pen.text((60, 60), data["title"], font=font(72), fill=(255, 236, 200))
    pen.text((60, 170), data["subtitle"], font=font(30, bold=False), fill=(240, 210, 170))
    y = 330
    for label, value, scale in data["bars"]:
        pen.text((60, y), label, font=font(34, bold=False), fill=INK)
        length = round((width - 320) * value / scale)
        pen.rounded_rectangle([60, y + 54, 60 + length, y + 124], radius=14, fill=(176, 92, 40))
        pen.text((80 + length, y + 62), f"{value:,}".replace(",", "."), font=font(48), fill=RED)
        y += 230
    pen.line([(60, y), (width - 60, y)], fill=GREY, width=2)
    _lines(pen, 60, y + 30, data["note"], 36, 44, family="Sans")
    y += 200
    pen.rectangle([0, y, width, y + 110], fill=(92, 52, 28))
    pen.text((60, y + 28), data["steps_title"], font=font(44), fill=(255, 236, 200))
    y += 170
    for number, step in enumerate(data["steps"], start=1):
        pen.ellipse([60, y, 150, y + 90], fill=(176, 92, 40))
        pen.text(
            (88 if number < 10 else 74, y + 14), str(number), font=font(52), fill=(255, 255, 255)
        )
        _lines(pen, 190, y + 8, step, 34, 40, family="Sans")
        y += 150
    return picture
