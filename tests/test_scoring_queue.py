"""The queue of a council member's score sheets: grouped by council, with progress and filters."""

import re

from registry.extensions import db
from registry.roles import ROLE_COUNCIL
from tests.workflow_world import build_council_world, score
from workflows.councils.service import assign, create_council, seat_member


def _world_with_three_models(make):
    """The council world with two more registered models assigned, one scored by member1, one closed."""
    world = build_council_world(make)
    campaign = world.initiative.campaign
    second = make.initiative(unit=world.unit, campaign=campaign, status="registered", title="Tổ hòa giải")
    third = make.initiative(unit=world.unit, campaign=campaign, status="registered", title="Chợ văn minh")
    closed = make.initiative(unit=world.unit, campaign=campaign, status="registered", title="Khu dân cư an toàn")
    assign(world.people["staff"], world.council, [second, third, closed])
    score(world, "member1", 60, initiative=second)
    score(world, "member1", 40, submit=False, initiative=third)
    score(world, "member1", 75, initiative=closed)
    closed.status = "evaluated"
    db.session.commit()
    return world, second, third, closed


def _row_of(html, title):
    match = re.search(r"<tr>(?:(?!</tr>).)*" + re.escape(title) + r".*?</tr>", html, re.S)
    assert match, f"no row for {title}"
    return match.group(0)


def test_member_sees_every_assigned_model_with_the_state_of_their_sheet(client, login, make):
    world, second, third, closed = _world_with_three_models(make)
    login(world.people["member1"])
    html = client.get("/scoring/?show=all").get_data(as_text=True)
    assert "Hội đồng thẩm định tỉnh" in html
    assert "Chưa chấm" in _row_of(html, "Đường hoa")
    assert "Đã nộp" in _row_of(html, "Tổ hòa giải")
    assert "Đã lưu nháp" in _row_of(html, "Chợ văn minh")
    closed_row = _row_of(html, "Khu dân cư an toàn")
    assert "Đã đóng (chỉ xem)" in closed_row and second.code in html and closed.code in closed_row
    assert world.unit.name in closed_row


def test_progress_counts_submitted_sheets_against_the_models_still_to_score(client, login, make):
    world, *_ = _world_with_three_models(make)
    login(world.people["member1"])
    html = client.get("/scoring/").get_data(as_text=True)
    # Three models are open (the closed one no longer counts) and one of them is submitted.
    assert "1/3 đã chấm" in html


def test_to_do_lists_only_open_models_without_a_submitted_sheet(client, login, make):
    world, *_ = _world_with_three_models(make)
    login(world.people["member1"])
    html = client.get("/scoring/?show=todo").get_data(as_text=True)
    assert "Đường hoa" in html and "Chợ văn minh" in html
    assert "Tổ hòa giải" not in html and "Khu dân cư an toàn" not in html


def test_queue_groups_by_council_and_filters_on_one(client, login, make):
    world = build_council_world(make)
    other = create_council(world.people["staff"], "Hội đồng khối Mặt trận", world.initiative.campaign,
                           world.province, [])
    seat_member(world.people["staff"], other, world.people["member1"], "chair", None)
    extra = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="registered",
                            title="Dòng họ hiếu học")
    assign(world.people["staff"], other, [extra])
    db.session.commit()
    login(world.people["member1"])
    html = client.get("/scoring/?show=all").get_data(as_text=True)
    assert "Hội đồng khối Mặt trận" in html and "Dòng họ hiếu học" in html and "Đường hoa" in html
    filtered = client.get(f"/scoring/?show=all&council={other.id}").get_data(as_text=True)
    assert "Dòng họ hiếu học" in filtered and "Đường hoa" not in filtered


def test_a_member_without_a_seat_sees_an_empty_queue(client, login, make):
    world = build_council_world(make)
    loner = make.user(ROLE_COUNCIL, unit=world.province, email="loner@example.vn")
    db.session.commit()
    login(loner)
    response = client.get("/scoring/")
    assert response.status_code == 200
    assert "Chưa có mô hình nào được phân công" in response.get_data(as_text=True)


def test_the_menu_offers_my_score_sheets_to_council_members(client, login, make):
    world = build_council_world(make)
    db.session.commit()
    login(world.people["member1"])
    assert 'href="/scoring/"' in client.get("/scoring/").get_data(as_text=True)


def test_malformed_queue_parameters_are_ignored(client, login, make):
    world = build_council_world(make)
    db.session.commit()
    login(world.people["member1"])
    for query in ("?page=abc", "?council=abc", "?show=everything", "?page=-4&council=999999999999999999999",
                  "?page=99999"):
        response = client.get(f"/scoring/{query}")
        assert response.status_code == 200, query
        assert "Đường hoa" in response.get_data(as_text=True), query


def test_the_queue_is_paginated(client, login, make, monkeypatch):
    import workflows.scoring.views as scoring_views

    monkeypatch.setattr(scoring_views, "PER_PAGE", 1)
    world = build_council_world(make)
    second = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="registered",
                             title="Tổ hòa giải")
    assign(world.people["staff"], world.council, [second])
    db.session.commit()
    login(world.people["member1"])
    first_page = client.get("/scoring/").get_data(as_text=True)
    second_page = client.get("/scoring/?page=2").get_data(as_text=True)
    assert ("Đường hoa" in first_page) != ("Tổ hòa giải" in first_page)
    assert ("Đường hoa" in second_page) != ("Tổ hòa giải" in second_page)
    assert ("Đường hoa" in first_page) != ("Đường hoa" in second_page), "each page shows another model"
    assert "page=2" in first_page
