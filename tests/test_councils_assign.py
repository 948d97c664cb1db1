"""Giving initiatives to a council: one by one, in bulk after a preview, and taking them back."""

import re

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.roles import ROLE_STAFF
from tests.workflow_world import build_council_world, score
from workflows.councils.models import Council, CouncilAssignment


def _page(response) -> str:
    return response.get_data(as_text=True)


def _assigned_ids(council) -> set[int]:
    return set(db.session.scalars(select(CouncilAssignment.initiative_id)
                                  .where(CouncilAssignment.council_id == council.id)))


@pytest.fixture
def world(make):
    """The shared workflow world: a province council, 5 seats, one assigned initiative; committed."""
    built = build_council_world(make)
    db.session.commit()
    return built


def test_search_finds_registered_models_without_accents(client, make, login, world):
    wanted = make.initiative(unit=world.unit, campaign=world.council.campaign, status="registered",
                             title="Đường điện chiếu sáng nông thôn")
    make.initiative(unit=world.unit, campaign=world.council.campaign, status="draft", title="Đường nháp")
    make.initiative(unit=world.unit, campaign=make.campaign(year=2027), status="registered", title="Đường năm sau")
    db.session.commit()
    login(world.people["staff"])
    page = _page(client.get(f"/councils/{world.council.id}?q=duong"))
    assert wanted.code in page
    assert "Đường nháp" not in page
    assert "Đường năm sau" not in page
    # already on this council: not offered again
    assert f'name="initiative_id" value="{world.initiative.id}"' not in page
    assert wanted.code in _page(client.get(f"/councils/{world.council.id}?q={wanted.code.lower()}"))


def test_search_matching_nothing_says_so(client, login, world):
    login(world.people["staff"])
    page = _page(client.get(f"/councils/{world.council.id}?q=%25_không-có"))
    assert "Không có mô hình đã đăng ký nào" in page


def test_staff_assign_one_model(client, make, login, world):
    initiative = make.initiative(unit=world.unit, campaign=world.council.campaign, status="registered")
    db.session.commit()
    login(world.people["staff"])
    response = client.post(f"/councils/{world.council.id}/assign", data={"initiative_id": initiative.id},
                           follow_redirects=True)
    assert f"Đã phân công {initiative.code} cho hội đồng." in _page(response)
    assert initiative.id in _assigned_ids(world.council)


def test_assigning_a_draft_one_by_one_gives_the_reason(client, make, login, world):
    draft = make.initiative(unit=world.unit, campaign=world.council.campaign, status="draft")
    db.session.commit()
    login(world.people["staff"])
    response = client.post(f"/councils/{world.council.id}/assign", data={"initiative_id": draft.id},
                           follow_redirects=True)
    assert "Chỉ phân công được mô hình ở trạng thái Đã đăng ký." in _page(response)
    assert draft.id not in _assigned_ids(world.council)


@pytest.mark.parametrize("value", ["", "abc", "-1", "99999999", "1e5"])
def test_assigning_an_unknown_model_is_a_message(client, login, world, value):
    login(world.people["staff"])
    response = client.post(f"/councils/{world.council.id}/assign", data={"initiative_id": value},
                           follow_redirects=True)
    assert response.status_code == 200
    assert "Không tìm thấy mô hình này." in _page(response)


def _bulk_scene(make, world):
    """A commune council covering one field, and one initiative per reason to skip it."""
    field = world.initiative.field
    other_field = make.field("Quốc phòng – an ninh")
    council = Council(name="Hội đồng xã An Bình", campaign=world.council.campaign, unit=world.commune,
                      fields=[field])
    db.session.add(council)
    campaign = world.council.campaign
    other_commune = world.people["other_officer"].units_for("unit_officer")[0]
    scene = {
        "ok": make.initiative(unit=world.unit, campaign=campaign, field=field, status="registered"),
        "other_campaign": make.initiative(unit=world.unit, campaign=make.campaign(year=2027), field=field,
                                          status="registered"),
        "outside": make.initiative(unit=other_commune, campaign=campaign, field=field, status="registered"),
        "uncovered": make.initiative(unit=world.unit, campaign=campaign, field=other_field, status="registered"),
        "draft": make.initiative(unit=world.unit, campaign=campaign, field=field, status="draft"),
    }
    db.session.commit()
    return council, scene


def test_bulk_preview_lists_what_will_be_assigned_and_skipped_with_reasons(client, make, login, world):
    council, scene = _bulk_scene(make, world)
    login(world.people["staff"])
    page = _page(client.get(f"/councils/{council.id}/assign/bulk?campaign=all&unit={world.province.id}&status="))
    assigned_part, skipped_part = page.split("Sẽ bỏ qua", 1)
    # the world's own initiative sits on the province council: it would move here
    for key in ("ok",):
        assert scene[key].code in assigned_part.split("Sẽ được phân công", 1)[1]
    assert "Đang thuộc hội đồng “Hội đồng thẩm định tỉnh”" in assigned_part
    reasons = {
        "other_campaign": "Mô hình thuộc đợt khác.",
        "outside": "Đơn vị của mô hình nằm ngoài phạm vi của hội đồng.",
        "uncovered": "Lĩnh vực của mô hình không thuộc phạm vi hội đồng phụ trách.",
        "draft": "Chỉ phân công được mô hình ở trạng thái Đã đăng ký.",
    }
    for key, reason in reasons.items():
        row = re.search(re.escape(scene[key].code) + r".*?</tr>", skipped_part, re.S)
        assert row is not None, key
        assert reason in row.group(0), key
    assert "2 mô hình sẽ được phân công, bỏ qua 4." in page


def test_bulk_preview_defaults_to_the_councils_campaign_scope_and_registered(client, make, login, world):
    council, scene = _bulk_scene(make, world)
    login(world.people["staff"])
    page = _page(client.get(f"/councils/{council.id}/assign/bulk"))
    assert scene["ok"].code in page
    assert scene["uncovered"].code in page  # in scope, skipped for its field
    for key in ("other_campaign", "outside", "draft"):
        assert scene[key].code not in page


def test_bulk_confirm_assigns_and_reports_the_outcome(client, make, login, world):
    council, scene = _bulk_scene(make, world)
    login(world.people["staff"])
    ids = [initiative.id for initiative in scene.values()]
    response = client.post(f"/councils/{council.id}/assign/bulk", data={"initiative_id": ids},
                           follow_redirects=True)
    page = _page(response)
    assert "Đã phân công 1 mô hình; bỏ qua 4." in page
    assert scene["draft"].code in page  # named among the skipped, with its reason
    assert _assigned_ids(council) == {scene["ok"].id}


def test_bulk_confirm_ignores_garbage_and_initiatives_outside_the_staffs_reach(client, make, login, world):
    council, scene = _bulk_scene(make, world)
    stranger = make.initiative(unit=make.unit("Tỉnh khác", level="province"), campaign=world.council.campaign,
                               status="registered")
    db.session.commit()
    login(world.people["staff"])
    response = client.post(f"/councils/{council.id}/assign/bulk", data={
        "initiative_id": ["abc", "", "-3", "9" * 40, "²", "٣", str(stranger.id), str(scene["ok"].id)]})
    assert response.status_code == 302
    assert _assigned_ids(council) == {scene["ok"].id}
    empty = client.post(f"/councils/{council.id}/assign/bulk", data={"initiative_id": "x"}, follow_redirects=True)
    assert "Không có mô hình nào để phân công" in _page(empty)


@pytest.mark.parametrize("query", ["campaign=abc&unit=xyz&field=-1&status=nope", "unit=999999", "page=abc",
                                   "campaign=99999999999999999999"])
def test_bulk_preview_survives_malformed_filters(client, login, world, query):
    login(world.people["staff"])
    assert client.get(f"/councils/{world.council.id}/assign/bulk?{query}").status_code == 200


def test_bulk_preview_offers_only_units_the_staff_manage(client, make, login, world):
    outside_unit = world.people["outside_staff"].units_for(ROLE_STAFF)[0]
    login(world.people["outside_staff"])
    assert client.get(f"/councils/{world.council.id}/assign/bulk?unit={outside_unit.id}").status_code == 404
    client.post("/logout")
    login(world.people["staff"])
    stranger = make.unit("Tỉnh khác", level="province")
    db.session.commit()
    page = _page(client.get(f"/councils/{world.council.id}/assign/bulk?unit={stranger.id}"))
    assert "Tỉnh khác" not in page


def test_assigned_table_shows_status_progress_and_average(client, login, world):
    score(world, "chair", 80)
    score(world, "secretary", 60)
    db.session.commit()
    login(world.people["staff"])
    page = _page(client.get(f"/councils/{world.council.id}"))
    row = re.search(re.escape(world.initiative.code) + r".*?</tr>", page, re.S).group(0)
    assert "Đã đăng ký" in row
    assert "2 phiếu (cần 4)" in row  # 5 members without conflict, quorum 2/3 -> 4 sheets
    assert "70" in row
    assert "Rút khỏi hội đồng" not in row  # sheets exist: it stays


def test_staff_take_an_unscored_model_back_after_confirming(client, login, world):
    assignment = db.session.scalar(select(CouncilAssignment))
    login(world.people["staff"])
    url = f"/councils/{world.council.id}/assignments/{assignment.id}/remove"
    page = _page(client.get(f"/councils/{world.council.id}"))
    assert url in page
    confirmation = client.get(url)
    assert world.initiative.code in _page(confirmation)
    assert _assigned_ids(world.council) == {world.initiative.id}
    response = client.post(url, follow_redirects=True)
    assert f"Đã rút {world.initiative.code} khỏi hội đồng." in _page(response)
    assert _assigned_ids(world.council) == set()


def test_a_scored_model_cannot_be_taken_back(client, login, world):
    score(world, "member1", 50, submit=False)
    db.session.commit()
    assignment = db.session.scalar(select(CouncilAssignment))
    login(world.people["staff"])
    response = client.post(f"/councils/{world.council.id}/assignments/{assignment.id}/remove",
                           follow_redirects=True)
    assert "Mô hình đã có phiếu chấm điểm" in _page(response)
    assert _assigned_ids(world.council) == {world.initiative.id}


def test_an_evaluated_model_cannot_be_taken_back(client, login, world):
    world.initiative.status = "evaluated"
    db.session.commit()
    assignment = db.session.scalar(select(CouncilAssignment))
    login(world.people["staff"])
    response = client.post(f"/councils/{world.council.id}/assignments/{assignment.id}/remove",
                           follow_redirects=True)
    assert "Chỉ rút được khỏi hội đồng mô hình ở trạng thái Đã đăng ký." in _page(response)
    assert _assigned_ids(world.council) == {world.initiative.id}


def test_an_assignment_of_another_council_is_not_found(client, login, world):
    other = Council(name="Hội đồng khác", campaign=world.council.campaign, unit=world.province)
    db.session.add(other)
    db.session.commit()
    assignment = db.session.scalar(select(CouncilAssignment))
    login(world.people["staff"])
    assert client.get(f"/councils/{other.id}/assignments/{assignment.id}/remove").status_code == 404
    assert client.post(f"/councils/{other.id}/assignments/999999/remove").status_code == 404
