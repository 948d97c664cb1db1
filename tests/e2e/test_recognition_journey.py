"""In Chromium: members score, the secretary closes, the chair recognises and selects, staff commend."""

from playwright.sync_api import expect

from registry.extensions import db
from tests.e2e.conftest import ARTIFACTS, sign_in
from tests.workflow_world import build_council_world


def _as(page, base_url, user):
    page.context.clear_cookies()
    sign_in(page, base_url, user.email, "password123")


def _score_full_marks(page, base_url, initiative_id):
    page.goto(f"{base_url}/scoring/initiatives/{initiative_id}")
    for box in page.locator("[data-score-input]").all():
        box.fill(box.get_attribute("data-max"))
    page.get_by_label("Đề nghị tiêu biểu").check()
    page.get_by_role("button", name="Nộp phiếu").first.click()
    page.locator(".modal.show").get_by_role("button", name="Nộp phiếu").click()
    expect(page.locator(".alert-success.alert-dismissible")).to_be_visible()


def _decide(page, base_url, initiative_id, trigger, label, fields):
    page.goto(f"{base_url}/decisions/initiatives/{initiative_id}")
    for name, value in fields.items():
        page.fill(f"#{trigger}-{name}", value)
    page.get_by_role("button", name=f"{label}…", exact=True).click()
    page.locator(".modal.show").get_by_role("button", name=f"Xác nhận: {label}").click()
    expect(page.locator(".alert-success.alert-dismissible")).to_be_visible()


def test_a_model_goes_from_registered_to_commended_through_the_pages(live_server, page, make):
    world = build_council_world(make, members=1)
    db.session.commit()
    initiative_id, people = world.initiative.id, world.people
    for seat in ("member1", "secretary", "chair"):
        _as(page, live_server, people[seat])
        _score_full_marks(page, live_server, initiative_id)

    _as(page, live_server, people["secretary"])
    _decide(page, live_server, initiative_id, "complete_evaluation", "Hoàn thành thẩm định", {})
    _as(page, live_server, people["chair"])
    decision = {"decision_number": "15-QĐ/BDVTU", "decision_date": "15/10/2026"}
    _decide(page, live_server, initiative_id, "recognize", "Công nhận", decision)
    _decide(page, live_server, initiative_id, "select_exemplary", "Chọn tiêu biểu",
            {"decision_number": "16-QĐ/BDVTU", "decision_date": "16/10/2026"})

    _as(page, live_server, people["staff"])
    page.goto(f"{live_server}/decisions/initiatives/{initiative_id}")
    page.select_option("#commend-form_id", value=str(world.form.id))
    page.fill("#commend-decision_number", "789/QĐ-UBND")
    page.fill("#commend-decision_date", "20/10/2026")
    page.get_by_role("button", name="Khen thưởng…").click()
    page.locator(".modal.show").get_by_role("button", name="Xác nhận: Khen thưởng").click()
    expect(page.locator(".alert-success.alert-dismissible")).to_be_visible()

    _as(page, live_server, people["officer"])
    page.goto(f"{live_server}/initiatives/{initiative_id}")
    expect(page.locator("header .badge, h1 .badge, .badge").filter(has_text="Đã khen thưởng").first).to_be_visible()
    timeline = page.locator(".timeline")
    for step in ("Đã thẩm định", "Đã công nhận", "Tiêu biểu", "Đã khen thưởng", "15-QĐ/BDVTU", "789/QĐ-UBND"):
        expect(timeline).to_contain_text(step)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "commended-detail.png"), full_page=True)
