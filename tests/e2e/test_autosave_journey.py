"""Typed work is never lost (#11 item 5), in Chromium: a half-typed registration saves itself as a draft, and
leaving a changed form by the menu asks first."""

import re
import threading

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from app import create_app
from registry.extensions import db
from registry.roles import ROLE_OFFICER
from tests.e2e.conftest import ARTIFACTS, sign_in


@pytest.fixture(scope="module")
def quick_server(app):
    """Serve a CSRF-protected twin of the test app whose forms autosave one second after a change."""
    served = create_app({"SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
                         "UPLOAD_DIR": app.config["UPLOAD_DIR"], "MAIL_SUPPRESS_SEND": True, "AUTOSAVE_SECONDS": 1})
    server = make_server("127.0.0.1", 0, served, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def _officer(make, tag):
    province = make.unit(f"Tỉnh ủy Lưu Tự Động {tag}", level="province")
    unit = make.unit(f"Đảng ủy xã Tự Lưu {tag}", parent=province)
    make.campaign(year=2026, is_open=True)
    make.field(f"Kinh tế tự lưu {tag}", f"TL{tag}")
    email = f"tuluu{tag}@example.vn"
    make.user(ROLE_OFFICER, unit=unit, email=email)
    db.session.commit()
    return email, f"Kinh tế tự lưu {tag}"


def test_a_half_typed_registration_is_autosaved_as_a_draft_and_survives_a_reload(quick_server, page, make):
    email, field = _officer(make, "a")
    sign_in(page, quick_server, email, "password123")
    page.goto(f"{quick_server}/initiatives/new")
    page.fill("#title", "Mô hình gõ dở “Sân chơi thiếu nhi”")
    page.select_option("#field_id", label=field)
    page.fill("#situation", "Thôn chưa có sân chơi cho các cháu")

    status = page.locator("[data-autosave-status]")
    expect(status).to_have_text(re.compile(r"^Đã lưu tự động lúc \d\d:\d\d$"), timeout=10000)
    expect(page).to_have_url(re.compile(r"/initiatives/\d+/edit$"))  # the page now carries the draft's id
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "autosave-status-1366px.png"))

    with page.expect_response(lambda response: response.url.endswith("/autosave")) as second:
        page.fill("#objectives", "Có sân chơi an toàn")  # a second change, saved into the same draft
    assert second.value.ok and re.search(r"/initiatives/\d+/autosave$", second.value.url)

    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.reload()  # everything typed is saved: nothing to warn about
    assert dialogs == []
    expect(page.locator("#title")).to_have_value("Mô hình gõ dở “Sân chơi thiếu nhi”")
    expect(page.locator("#situation")).to_have_value("Thôn chưa có sân chơi cho các cháu")
    expect(page.locator("#objectives")).to_have_value("Có sân chơi an toàn")
    page.goto(re.sub(r"/edit$", "", page.url))
    expect(page.locator(".badge", has_text="Nháp").first).to_be_visible()


def test_leaving_a_changed_form_by_the_menu_asks_first(quick_server, page, make):
    email, _field = _officer(make, "b")
    sign_in(page, quick_server, email, "password123")
    page.goto(f"{quick_server}/initiatives/new")
    menu_link = page.locator("#mainNav .nav-link", has_text="Mô hình").first

    dialogs = []

    def dismiss(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.fill("#title", "Chưa kịp lưu")
    page.evaluate("window.location.reload()")  # the browser's own dialog: dismissed, the page stays
    page.wait_for_timeout(300)
    assert dialogs == ["beforeunload"]
    menu_link.click()
    page.wait_for_timeout(300)
    assert dialogs == ["beforeunload", "confirm"]
    expect(page).to_have_url(re.compile(r"/initiatives/new$"))  # dismissed: still on the form
    expect(page.locator("#title")).to_have_value("Chưa kịp lưu")

    page.remove_listener("dialog", dismiss)
    page.once("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.accept()))
    menu_link.click()
    expect(page).not_to_have_url(re.compile(r"/edit$|/new$"))
    assert dialogs == ["beforeunload", "confirm", "confirm"]


def test_the_forms_own_save_button_leaves_without_asking(quick_server, page, make):
    email, field = _officer(make, "c")
    sign_in(page, quick_server, email, "password123")
    page.goto(f"{quick_server}/initiatives/new")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.fill("#title", "Lưu bằng nút")
    page.select_option("#field_id", label=field)
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".alert-success")).to_contain_text("DVK-2026-")
    assert dialogs == []


def test_an_admin_form_asks_too_but_a_pristine_one_does_not(quick_server, page, make):
    from registry.roles import ROLE_ADMIN

    province = make.unit("Tỉnh ủy Quản Trị Tự Lưu", level="province")
    make.user(ROLE_ADMIN, unit=province, email="quantri-tuluu@example.vn")
    db.session.commit()
    sign_in(page, quick_server, "quantri-tuluu@example.vn", "password123")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.goto(f"{quick_server}/admin/units/new")
    page.locator("#mainNav .nav-link", has_text="Mô hình").first.click()
    expect(page).to_have_url(re.compile(r"/initiatives/"))  # nothing typed: no question
    page.goto(f"{quick_server}/admin/units/new")
    page.fill("#name", "Chi bộ thôn Mới")
    page.locator("#mainNav .nav-link", has_text="Mô hình").first.click()
    page.wait_for_timeout(300)
    assert dialogs == ["confirm"]
    expect(page).to_have_url(re.compile(r"/admin/units/new$"))


def test_save_draft_clicked_during_an_autosave_waits_for_it_and_makes_one_draft(quick_server, page, make):
    import time

    from sqlalchemy import func, select

    from registry.models import Initiative

    email, field = _officer(make, "d")
    sign_in(page, quick_server, email, "password123")
    page.goto(f"{quick_server}/initiatives/new")
    started = []

    def slow_autosave(route):
        started.append(True)
        time.sleep(1.5)  # the first autosave is still on its way when the button is clicked
        route.continue_()

    page.route("**/initiatives/autosave", slow_autosave)
    page.fill("#title", "Một bản nháp duy nhất")
    page.select_option("#field_id", label=field)
    page.wait_for_timeout(1200)  # the autosave has left
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".alert-success")).to_contain_text("DVK-2026-")
    assert started
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Initiative)
                             .where(Initiative.title == "Một bản nháp duy nhất")) == 1
