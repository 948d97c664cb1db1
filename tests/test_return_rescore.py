"""Return for revision: the page warns of the sheets set aside; on resubmission the scorers are asked again.

Also the decision and council pages' words: "5 phiếu (cần 4)", "Chưa chấm" before any sheet, the issuer's
own sign in the decision number's example.
"""

from sqlalchemy import select

from registry.extensions import db
from tests.workflow_world import build_council_world, score
from workflows.councils.service import declare_conflict
from workflows.outbox.models import OutboxMail
from workflows.transitions import fire


def _page(initiative) -> str:
    return f"/decisions/initiatives/{initiative.id}"


def _four_sheets_world(make):
    """A council of chair, secretary and two members, each with a submitted sheet of the first round."""
    world = build_council_world(make, members=2)
    for seat in ("chair", "secretary", "member1", "member2"):
        score(world, seat, 80, "recognize")
    db.session.commit()
    return world


def test_the_return_page_warns_how_many_submitted_sheets_are_set_aside(client, make, login):
    world = _four_sheets_world(make)
    login(world.people["staff"])
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert 'data-sheets-set-aside="4"' in page
    assert "4 phiếu chấm đã nộp sẽ được lưu lại và không tính cho vòng mới." in page


def test_the_return_page_warns_of_nothing_before_any_sheet(client, make, login):
    world = build_council_world(make, members=2)
    db.session.commit()
    login(world.people["staff"])
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert "return_for_revision" in page and "data-sheets-set-aside" not in page


def test_resubmission_asks_exactly_the_scoring_members_to_score_again(make):
    world = build_council_world(make, status="draft", members=3)
    fire(world.initiative, "submit", world.people["officer"])
    declare_conflict(world.seats["member3"], world.initiative, "Người nhà của chủ nhiệm mô hình")
    for seat in ("chair", "secretary", "member1", "member2"):
        score(world, seat, 80, "recognize")
    fire(world.initiative, "return_for_revision", world.people["staff"], comment="Thiếu số liệu")
    assert not list(db.session.scalars(select(OutboxMail).where(OutboxMail.event == "rescore")))
    fire(world.initiative, "resubmit", world.people["officer"])
    db.session.commit()
    mails = list(db.session.scalars(select(OutboxMail).where(OutboxMail.event == "rescore")))
    scorers = {world.people[seat].email for seat in ("chair", "secretary", "member1", "member2")}
    assert sorted(mail.to_address for mail in mails) == sorted(scorers)
    assert all(mail.subject.endswith(f"Đã gửi lại, đề nghị chấm lại: {world.initiative.code} “Đường hoa”")
               for mail in mails)
    assert "không tính cho vòng 2" in mails[0].body_text and "không tính cho vòng 2" in mails[0].body_html


def test_council_page_says_sheets_and_the_number_needed(client, make, login):
    world = _four_sheets_world(make)
    login(world.people["staff"])
    page = client.get(f"/councils/{world.council.id}").get_data(as_text=True)
    assert "4 phiếu (cần 3)" in page
    assert "Đủ phiếu" not in page and "4/3" not in page


def test_decision_page_says_not_scored_yet_before_any_sheet(client, make, login):
    world = build_council_world(make, members=1)
    db.session.commit()
    login(world.people["staff"])
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert page.count("Chưa chấm") == 2
    assert "Không đạt điều kiện công nhận" not in page and "Không đạt điều kiện tiêu biểu" not in page
    score(world, "chair", 10, "reject")
    db.session.commit()
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert "Không đạt điều kiện công nhận" in page and "Chưa chấm" not in page


def test_decision_number_example_names_the_configured_issuer(app, client, make, login):
    world = build_council_world(make, status="recognized", members=1)
    db.session.commit()
    login(world.people["staff"])
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert 'placeholder="…-QĐ/BTGDVTU"' in page and "BDVTU" not in page
    app.config["ISSUER_SHORT"] = "BTGTU"
    try:
        page = client.get(_page(world.initiative)).get_data(as_text=True)
        bulk = client.get("/decisions/bulk?scope=staff&status=recognized").get_data(as_text=True)
    finally:
        app.config["ISSUER_SHORT"] = "BTGDVTU"
    assert 'placeholder="…-QĐ/BTGTU"' in page and 'placeholder="…-QĐ/BTGTU"' in bulk
