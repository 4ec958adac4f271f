"""Photo stories and videos as readers use them: keys, swipes, and a player that keeps its shape."""

from playwright.sync_api import expect

from tests.multimedia.helpers import make_gallery, make_photo, make_video

PHOTO_SHOWN = "(index) => { const t = document.querySelector('.gallery__track');"
PHOTO_SHOWN += " return Math.abs(t.scrollLeft - index * t.clientWidth) < 2; }"


def test_photo_story_moves_with_arrow_keys_and_buttons(open_page):
    gallery = make_gallery(photos=3, title="Mùa cà phê chín")
    page = open_page(width=1366)
    page.goto(gallery.get_absolute_url())
    previous = page.get_by_role("button", name="Ảnh trước")
    following = page.get_by_role("button", name="Ảnh sau")
    expect(previous).to_be_disabled()

    page.locator(".gallery__track").focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(PHOTO_SHOWN, arg=1)
    page.keyboard.press("End")
    page.wait_for_function(PHOTO_SHOWN, arg=2)
    expect(following).to_be_disabled()
    expect(page.locator(".gallery__slide").nth(2)).to_contain_text("Chú thích 3")
    previous.click()
    page.wait_for_function(PHOTO_SHOWN, arg=1)
    page.locator(".gallery__track").press("Home")
    page.wait_for_function(PHOTO_SHOWN, arg=0)
    expect(previous).to_be_disabled()


def test_photo_story_moves_one_photo_with_a_swipe_on_a_phone(open_page):
    gallery = make_gallery(photos=3, title="Mùa cà phê chín")
    page = open_page(width=390, touch=True)
    page.goto(gallery.get_absolute_url())
    track = page.locator(".gallery__track").bounding_box()

    swipe(page, track["x"] + track["width"] * 0.8, track["y"] + track["height"] / 2, -220)

    page.wait_for_function(PHOTO_SHOWN, arg=1)
    expect(page.get_by_role("button", name="Ảnh trước")).to_be_enabled()


def swipe(page, x, y, distance):
    """A finger on the screen at (x, y) moving distance pixels sideways, as Chromium's own touch
    input (the photo story leaves touch scrolling and snapping to the browser)."""
    touch = page.context.new_cdp_session(page)
    touch.send(
        "Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]}
    )
    for step in range(1, 11):
        point = {"x": x + distance * step / 10, "y": y}
        touch.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
        page.wait_for_timeout(16)
    touch.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def test_video_plays_after_the_click_on_a_phone_in_a_16_by_9_player(open_page):
    video = make_video(title="Lễ hội cà phê", poster=make_photo())
    page = open_page(width=390, touch=True)
    # No YouTube from the tests: its player is answered locally, at its own address.
    page.context.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(
            content_type="text/html; charset=utf-8", body="<p>Trình phát YouTube</p>"
        ),
    )
    page.goto(video.get_absolute_url())
    player = page.locator(".video-player")
    expect(page.locator("iframe")).to_have_count(0)

    page.get_by_role("button", name="Xem video (YouTube)").click()

    frame = player.locator("iframe")
    expect(frame).to_have_attribute(
        "src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
    )
    expect(frame.content_frame.get_by_text("Trình phát YouTube")).to_be_visible()
    box = player.bounding_box()
    assert abs(box["height"] - box["width"] * 9 / 16) < 2, box
    assert frame.bounding_box()["height"] == box["height"]
