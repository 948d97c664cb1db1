"""A real browser signs in, in Vietnamese, on a phone-sized screen."""

from registry.extensions import db
from registry.roles import ROLE_OFFICER
from tests.e2e.conftest import ARTIFACTS, sign_in


def test_officer_signs_in_on_a_phone_and_out_again(live_server, page, make):
    make.user(ROLE_OFFICER, email="canbo@example.vn", full_name="Lê Văn Cường")
    db.session.commit()
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, live_server, "canbo@example.vn", "password123")
    assert page.get_by_text("Xin chào, Lê Văn Cường").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home-360px.png"), full_page=True)
    # On a phone the menu folds behind the toggler.
    page.get_by_role("button", name="Trình đơn").click()
    page.get_by_role("button", name="canbo@example.vn").click()
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_url(f"{live_server}/login")
    assert page.get_by_text("Bạn đã đăng xuất.").is_visible()


def test_wrong_password_shows_a_vietnamese_error(live_server, page, make):
    make.user(ROLE_OFFICER, email="canbo@example.vn")
    db.session.commit()
    sign_in(page, live_server, "canbo@example.vn", "sai-mat-khau")
    assert page.get_by_text("Sai e-mail hoặc mật khẩu.").is_visible()
