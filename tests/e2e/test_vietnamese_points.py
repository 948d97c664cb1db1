"""In Chromium: the score sheet adds up points typed the Vietnamese way and saves them as typed (#11 item 1)."""

from decimal import Decimal

from playwright.sync_api import expect
from sqlalchemy import select

from registry.extensions import db
from tests.e2e.conftest import sign_in
from tests.workflow_world import build_council_world
from workflows.scoring.models import ScoreSheet
from workflows.scoring.service import ensure_rubric


def test_12_5_is_added_up_and_saved_as_twelve_and_a_half(live_server, page, make):
    world = build_council_world(make, members=1)
    ensure_rubric(world.initiative.campaign)
    db.session.commit()
    sign_in(page, live_server, world.people["member1"].email, "password123")
    page.goto(f"{live_server}/scoring/initiatives/{world.initiative.id}")
    page.fill("#score-results", "12,5")
    page.fill("#score-method", "10")
    expect(page.locator("[data-score-total]")).to_have_text("22,5")
    page.fill("#score-method", "1.5")  # not a Vietnamese number: not counted, and marked
    expect(page.locator("[data-score-total]")).to_have_text("12,5")
    expect(page.locator("#score-method")).to_have_class("form-control is-invalid")
    page.fill("#score-method", "")
    page.locator('button[name="action"][value="save"]').click()
    expect(page.locator(".alert-success.alert-dismissible")).to_be_visible()
    expect(page.locator("#score-results")).to_have_value("12,5")
    db.session.expire_all()
    assert db.session.scalars(select(ScoreSheet)).one().total == Decimal("12.5")
