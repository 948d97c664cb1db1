"""Council pages: staff set up councils and seat their members; nobody else reaches them."""

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER
from tests.workflow_world import build_council_world, score
from workflows.councils.models import Council, CouncilAssignment, CouncilMember


def _council_world(make):
    """Return the shared workflow world, committed, with a spare council-member account."""
    world = build_council_world(make)
    world.people["spare"] = make.user(ROLE_COUNCIL, unit=world.province, email="spare@example.vn",
                                      full_name="Lê Văn Dự")
    db.session.commit()
    return world


def _page(response) -> str:
    return response.get_data(as_text=True)


def test_staff_set_up_a_council_covering_chosen_fields(client, make, login):
    province = make.unit("Tỉnh ủy", level="province")
    staff = make.user(ROLE_STAFF, unit=province)
    campaign = make.campaign(year=2026)
    economy, culture = make.field("Kinh tế"), make.field("Văn hóa – xã hội")
    db.session.commit()
    login(staff)
    response = client.post("/councils/new", data={"name": " Hội đồng kinh tế ", "campaign": campaign.id,
                                                  "unit": province.id, "fields": [economy.id]})
    council = db.session.scalar(select(Council))
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/councils/{council.id}")
    assert council.name == "Hội đồng kinh tế"
    assert [field.id for field in council.fields] == [economy.id]
    assert culture not in council.fields


def test_council_list_shows_campaign_scope_and_workload(client, make, login):
    world = _council_world(make)
    evaluated = make.initiative(unit=world.unit, campaign=world.council.campaign, status="registered",
                                field=world.initiative.field)
    from workflows.councils.service import assign
    assign(world.people["staff"], world.council, [evaluated])
    evaluated.status = "evaluated"
    db.session.commit()
    login(world.people["staff"])
    page = _page(client.get("/councils/"))
    assert "Hội đồng thẩm định tỉnh" in page
    assert "Tất cả lĩnh vực" in page
    # 5 seats, 2 assigned, 1 of them evaluated
    assert '<td class="text-end">5</td>' in page
    assert '<td class="text-end">2</td>' in page
    assert '<td class="text-end">1</td>' in page


def test_council_list_filters_by_campaign(client, make, login):
    world = _council_world(make)
    other = make.campaign(year=2027)
    db.session.commit()
    login(world.people["staff"])
    assert "Hội đồng thẩm định tỉnh" not in _page(client.get(f"/councils/?campaign={other.id}"))
    assert "Hội đồng thẩm định tỉnh" in _page(client.get(f"/councils/?campaign={world.council.campaign_id}"))
    assert client.get("/councils/?campaign=abc&page=xyz").status_code == 200


def test_council_list_leaves_out_councils_of_other_subtrees(client, make, login):
    world = _council_world(make)
    login(world.people["outside_staff"])
    assert "Hội đồng thẩm định tỉnh" not in _page(client.get("/councils/"))


def test_council_form_reports_missing_and_malformed_choices(client, make, login):
    world = _council_world(make)
    login(world.people["staff"])
    response = client.post("/councils/new", data={"name": "  ", "campaign": "abc", "unit": "999999",
                                                  "fields": ["x", "12345678901234567890"]})
    page = _page(response)
    assert response.status_code == 200
    assert "Vui lòng nhập tên hội đồng." in page
    assert page.count("Vui lòng chọn một trong các lựa chọn.") == 2
    assert "Vui lòng chọn trong các lựa chọn." in page
    assert db.session.scalar(select(Council).where(Council.id != world.council.id)) is None


def test_staff_cannot_set_up_a_council_outside_their_subtree(client, make, login):
    world = _council_world(make)
    login(world.people["outside_staff"])
    response = client.post("/councils/new", data={"name": "Hội đồng lạ", "campaign": world.council.campaign_id,
                                                  "unit": world.province.id})
    assert response.status_code == 200
    assert "Vui lòng chọn một trong các lựa chọn." in _page(response)
    assert db.session.scalar(select(Council).where(Council.name == "Hội đồng lạ")) is None


def test_edit_is_refused_when_an_assigned_initiative_would_fall_outside(client, make, login):
    world = _council_world(make)
    other_field = make.field("Quốc phòng – an ninh")
    db.session.commit()
    login(world.people["staff"])
    response = client.post(f"/councils/{world.council.id}/edit", data={
        "name": "Hội đồng mới", "campaign": world.council.campaign_id, "unit": world.province.id,
        "fields": [other_field.id]}, follow_redirects=True)
    assert world.initiative.code in _page(response)
    db.session.expire_all()
    assert world.council.name == "Hội đồng thẩm định tỉnh"
    assert world.council.fields == []


def test_edit_renames_a_council(client, make, login):
    world = _council_world(make)
    login(world.people["staff"])
    form = _page(client.get(f"/councils/{world.council.id}/edit"))
    assert 'value="Hội đồng thẩm định tỉnh"' in form
    response = client.post(f"/councils/{world.council.id}/edit", data={
        "name": "Hội đồng tỉnh 2026", "campaign": world.council.campaign_id, "unit": world.province.id})
    assert response.status_code == 302
    db.session.expire_all()
    assert world.council.name == "Hội đồng tỉnh 2026"


def test_staff_seat_chair_secretary_and_members_on_a_new_council(client, make, login):
    world = _council_world(make)
    people = [make.user(ROLE_COUNCIL, unit=world.province, email=f"hd{i}@example.vn") for i in range(4)]
    council = Council(name="Hội đồng xã", campaign=world.council.campaign, unit=world.commune)
    db.session.add(council)
    db.session.commit()
    login(world.people["staff"])
    for person, role in zip(people, ["chair", "secretary", "member", "member"], strict=True):
        response = client.post(f"/councils/{council.id}/seats",
                               data={"user": person.id, "role": role, "home_unit": world.unit.id})
        assert response.status_code == 302
    seats = db.session.scalars(select(CouncilMember).where(CouncilMember.council_id == council.id)).all()
    assert sorted(seat.role for seat in seats) == ["chair", "member", "member", "secretary"]
    assert all(seat.home_unit_id == world.unit.id for seat in seats)
    page = _page(client.get(f"/councils/{council.id}"))
    assert "Chủ tịch hội đồng" in page and "Thư ký hội đồng" in page


def test_a_second_chair_is_refused_with_a_message(client, make, login):
    world = _council_world(make)
    login(world.people["staff"])
    response = client.post(f"/councils/{world.council.id}/seats",
                           data={"user": world.people["spare"].id, "role": "chair", "home_unit": "0"},
                           follow_redirects=True)
    assert "Hội đồng đã có chủ tịch hoặc thư ký" in _page(response)
    assert db.session.scalar(select(CouncilMember).where(CouncilMember.user_id == world.people["spare"].id)) is None


def test_the_same_person_cannot_sit_twice(client, make, login):
    world = _council_world(make)
    login(world.people["staff"])
    response = client.post(f"/councils/{world.council.id}/seats",
                           data={"user": world.people["member1"].id, "role": "member", "home_unit": "0"},
                           follow_redirects=True)
    assert "Người này đã có trong hội đồng." in _page(response)


@pytest.mark.parametrize("data", [
    {"user": "abc", "role": "member", "home_unit": "0"},
    {"user": "999999", "role": "member", "home_unit": "0"},
    {"role": "king", "home_unit": "x"},
    {},
])
def test_malformed_seats_are_form_errors(client, make, login, data):
    world = _council_world(make)
    login(world.people["staff"])
    response = client.post(f"/councils/{world.council.id}/seats", data=data)
    assert response.status_code == 400
    assert "Vui lòng chọn một trong các lựa chọn." in _page(response)
    assert len(world.council.members) == 5


def test_only_council_members_are_offered_for_seats(client, make, login):
    world = _council_world(make)
    login(world.people["staff"])
    page = _page(client.get(f"/councils/{world.council.id}"))
    assert "spare@example.vn" in page
    assert world.people["officer"].email not in page
    response = client.post(f"/councils/{world.council.id}/seats",
                           data={"user": world.people["officer"].id, "role": "member", "home_unit": "0"})
    assert response.status_code == 400


def test_removing_a_seat_asks_for_confirmation_first(client, make, login):
    world = _council_world(make)
    seat = world.seats["member3"]
    login(world.people["staff"])
    url = f"/councils/{world.council.id}/seats/{seat.id}/remove"
    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert 'method="post"' in _page(confirmation)
    assert db.session.get(CouncilMember, seat.id) is not None
    response = client.post(url)
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(CouncilMember, seat.id) is None


def test_a_seat_with_score_sheets_stays(client, make, login):
    world = _council_world(make)
    score(world, "member1", 70)
    db.session.commit()
    login(world.people["staff"])
    response = client.post(f"/councils/{world.council.id}/seats/{world.seats['member1'].id}/remove",
                           follow_redirects=True)
    assert "Thành viên này đã có phiếu chấm điểm" in _page(response)
    db.session.expire_all()
    assert db.session.get(CouncilMember, world.seats["member1"].id) is not None


def test_a_seat_of_another_council_is_not_found(client, make, login):
    world = _council_world(make)
    other = Council(name="Hội đồng khác", campaign=world.council.campaign, unit=world.province)
    db.session.add(other)
    db.session.commit()
    login(world.people["staff"])
    assert client.get(f"/councils/{other.id}/seats/{world.seats['chair'].id}/remove").status_code == 404


def _council_urls(world) -> list[tuple[str, str]]:
    council = world.council
    assignment_id = db.session.scalar(select(CouncilAssignment.id).where(CouncilAssignment.council_id == council.id))
    return [
        ("get", f"/councils/{council.id}"),
        ("get", f"/councils/{council.id}/edit"),
        ("post", f"/councils/{council.id}/edit"),
        ("post", f"/councils/{council.id}/seats"),
        ("get", f"/councils/{council.id}/seats/{world.seats['chair'].id}/remove"),
        ("post", f"/councils/{council.id}/seats/{world.seats['chair'].id}/remove"),
        ("post", f"/councils/{council.id}/assign"),
        ("get", f"/councils/{council.id}/assign/bulk"),
        ("post", f"/councils/{council.id}/assign/bulk"),
        ("get", f"/councils/{council.id}/assignments/{assignment_id}/remove"),
        ("post", f"/councils/{council.id}/assignments/{assignment_id}/remove"),
    ]


def test_staff_of_another_subtree_get_not_found_everywhere(client, make, login):
    world = _council_world(make)
    login(world.people["outside_staff"])
    for method, url in _council_urls(world):
        assert getattr(client, method)(url).status_code == 404, url
    assert len(world.council.members) == 5


def test_unknown_councils_are_not_found(client, make, login):
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    assert client.get("/councils/999999").status_code == 404
    assert client.post("/councils/999999/seats", data={"user": "1"}).status_code == 404


@pytest.mark.parametrize("role", [ROLE_OFFICER, ROLE_VIEWER, ROLE_COUNCIL])
def test_other_roles_are_refused_every_council_page(client, make, login, role):
    world = _council_world(make)
    login(make.user(role, unit=world.province))
    db.session.commit()
    urls = _council_urls(world) + [
        ("get", "/councils/"), ("get", "/councils/new"), ("post", "/councils/new"),
        ("get", f"/councils/campaigns/{world.council.campaign_id}/settings"),
        ("post", f"/councils/campaigns/{world.council.campaign_id}/settings"),
        ("post", f"/councils/campaigns/{world.council.campaign_id}/rubric"),
        ("get", "/councils/commendation-forms"), ("get", "/councils/commendation-forms/new"),
        ("post", "/councils/commendation-forms/new"),
        ("get", f"/councils/commendation-forms/{world.form.id}/edit"),
        ("post", f"/councils/commendation-forms/{world.form.id}/status"),
    ]
    for method, url in urls:
        assert getattr(client, method)(url).status_code == 403, url


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/councils/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_the_menu_offers_councils_to_staff_only(client, make, login):
    unit = make.unit()
    staff = make.user(ROLE_STAFF, unit=unit)
    officer = make.user(ROLE_OFFICER, unit=unit)
    db.session.commit()
    login(staff)
    assert 'href="/councils/"' in _page(client.get("/"))
    client.post("/logout")
    login(officer)
    assert 'href="/councils/"' not in _page(client.get("/"))
