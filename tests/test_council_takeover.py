"""Issue #15 §1: a commune's staff cannot take over a province evaluation, and still runs its own."""

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.models import RoleAssignment
from registry.refusals import Refused
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF
from tests.workflow_world import build_council_world, score
from workflows.councils import service
from workflows.councils.models import Council, CouncilAssignment, CouncilMember
from workflows.rules import evaluate

DECISION = {"decision_number": "15-QĐ/BDVTU", "decision_date": "2026-10-20"}


@pytest.fixture
def world(make):
    """The province council world, with two submitted sheets and a staffer scoped to one commune."""
    built = build_council_world(make, members=3)
    score(built, "member1", 80)
    score(built, "member2", 80)
    built.people["commune_staff"] = make.user(ROLE_STAFF, unit=built.commune, email="xa@example.vn")
    built.people["commune_user"] = make.user(ROLE_OFFICER, unit=built.commune, email="canbo@example.vn")
    db.session.commit()
    return built


def _council_of(initiative) -> int:
    return db.session.scalar(select(CouncilAssignment.council_id)
                             .where(CouncilAssignment.initiative_id == initiative.id))


def _new_council(client, world, unit, name="Hội đồng xã An Bình"):
    return client.post("/councils/new", data={"name": name, "campaign": world.council.campaign_id,
                                              "unit": unit.id})


def _fire(api, user, initiative_id, trigger, **data):
    return api.post(f"/initiatives/{initiative_id}/transitions", user, json={"trigger": trigger, **data})


def _put_sheet(api, user, initiative_id, points=30, recommendation="exemplary"):
    sheet = api.get(f"/initiatives/{initiative_id}/score-sheet", user)
    if sheet.status_code != 200:
        return sheet
    scores = {criterion["code"]: min(points, criterion["max_points"]) for criterion in sheet.get_json()["criteria"]}
    return api.call("PUT", f"/initiatives/{initiative_id}/score-sheet", user,
                    json={"scores": scores, "recommendation": recommendation, "comment": "Tốt", "submit": True})


def test_the_takeover_chain_stops_when_the_commune_reaches_for_the_province_council(client, login, api, world):
    province_council, initiative = world.council.id, world.initiative
    staff, person = world.people["commune_staff"], world.people["commune_user"]
    login(staff)
    # 1. a council for the commune is the commune's own business
    assert _new_council(client, world, world.commune).status_code == 302
    mine = db.session.scalar(select(Council).where(Council.unit_id == world.commune.id))
    # 2. taking the province council's initiative (two sheets submitted) is refused: the chain stops here
    response = client.post(f"/councils/{mine.id}/assign", data={"initiative_id": initiative.id},
                           follow_redirects=True)
    assert "Hội đồng đang đánh giá mô hình này không thuộc quyền quản lý của bạn" in response.get_data(as_text=True)
    assert _council_of(initiative) == province_council
    # 3. the role and the seat can still be given to a commune user, but not to oneself …
    assert client.post(f"/admin/users/{person.id}/roles",
                       data={"role": ROLE_COUNCIL, "unit": world.commune.id}).status_code == 302
    client.post(f"/councils/{mine.id}/seats", data={"user": person.id, "role": "chair", "home_unit": 0})
    assert client.post(f"/admin/users/{staff.id}/roles",
                       data={"role": ROLE_COUNCIL, "unit": world.commune.id}).status_code == 200
    # 4. … and the seat gives no hold on the province's initiative: not even a sight of it (§3)
    assert _put_sheet(api, person, initiative.id).status_code == 404
    for trigger in ("complete_evaluation", "recognize", "select_exemplary"):
        assert _fire(api, person, initiative.id, trigger, **DECISION).status_code == 404
    db.session.expire_all()
    assert initiative.status == "registered" and _council_of(initiative) == province_council
    assert api.get(f"/initiatives/{initiative.id}/score-sheet", world.people["secretary"]).status_code == 200


def test_commune_staff_cannot_set_up_a_council_for_the_province(client, login, world):
    login(world.people["commune_staff"])
    response = _new_council(client, world, world.province, name="Hội đồng tỉnh giả")
    assert response.status_code == 200
    assert db.session.scalar(select(Council).where(Council.name == "Hội đồng tỉnh giả")) is None
    with pytest.raises(Refused):
        service.create_council(world.people["commune_staff"], "Hội đồng tỉnh giả", world.council.campaign,
                               world.province, [])


def test_an_assignment_never_leaves_a_council_the_actor_does_not_manage(world):
    mine = service.create_council(world.people["commune_staff"], "Hội đồng xã", world.council.campaign,
                                  world.commune, [])
    outcome = service.assign(world.people["commune_staff"], mine, [world.initiative])
    assert outcome.assigned == [] and len(outcome.skipped) == 1
    assert _council_of(world.initiative) == world.council.id


def test_an_unscored_assignment_still_stays_with_a_council_the_actor_does_not_manage(make, world):
    fresh = make.initiative(unit=world.unit, campaign=world.council.campaign, status="registered")
    service.assign(world.people["staff"], world.council, [fresh])
    mine = service.create_council(world.people["commune_staff"], "Hội đồng xã", world.council.campaign,
                                  world.commune, [])
    assert service.assign(world.people["commune_staff"], mine, [fresh]).assigned == []
    assert _council_of(fresh) == world.council.id


def test_even_province_staff_cannot_move_an_initiative_with_submitted_sheets(world):
    lower = service.create_council(world.people["staff"], "Hội đồng xã", world.council.campaign, world.commune, [])
    outcome = service.assign(world.people["staff"], lower, [world.initiative])
    assert outcome.assigned == [] and "phiếu chấm" in outcome.skipped[0][1].lower()
    assert _council_of(world.initiative) == world.council.id


def test_province_staff_may_move_an_unscored_initiative_between_councils_they_manage(make, world):
    fresh = make.initiative(unit=world.unit, campaign=world.council.campaign, status="registered")
    service.assign(world.people["staff"], world.council, [fresh])
    lower = service.create_council(world.people["staff"], "Hội đồng xã", world.council.campaign, world.commune, [])
    assert service.assign(world.people["staff"], lower, [fresh]).assigned == [fresh]
    assert _council_of(fresh) == lower.id


def test_the_api_refuses_the_move_too(api, world):
    mine = service.create_council(world.people["commune_staff"], "Hội đồng xã", world.council.campaign,
                                  world.commune, [])
    db.session.commit()
    answer = api.post(f"/councils/{mine.id}/assignments", world.people["commune_staff"],
                      json={"initiative_ids": [world.initiative.id]}).get_json()
    assert answer["assigned"] == [] and answer["skipped"][0]["initiative_id"] == world.initiative.id
    assert _council_of(world.initiative) == world.council.id


@pytest.mark.parametrize("granter", ["commune_staff", "admin"])
def test_nobody_grants_themselves_a_role(client, login, world, granter):
    actor = world.people[granter]
    login(actor)
    before = {(a.role, a.unit_id) for a in actor.roles}
    response = client.post(f"/admin/users/{actor.id}/roles", data={"role": ROLE_COUNCIL, "unit": world.commune.id})
    assert response.status_code == 200 and "Bạn không thể tự cấp vai trò cho mình" in response.get_data(as_text=True)
    db.session.expire_all()
    assert {(a.role, a.unit_id) for a in db.session.scalars(
        select(RoleAssignment).where(RoleAssignment.user_id == actor.id))} == before


def test_commune_staff_cannot_grant_a_role_to_a_province_council_member(client, login, world):
    login(world.people["commune_staff"])
    chair = world.people["chair"]
    response = client.post(f"/admin/users/{chair.id}/roles", data={"role": ROLE_OFFICER, "unit": world.commune.id})
    assert response.status_code in (200, 404)
    db.session.expire_all()
    assert [a.role for a in db.session.scalars(select(RoleAssignment).where(RoleAssignment.user_id == chair.id))] \
        == [ROLE_COUNCIL]


def test_commune_staff_cannot_grant_a_role_to_an_account_that_also_works_elsewhere(make, world):
    from registry.admin.user_services import grant_role
    from registry.refusals import Refused

    both = make.user(ROLE_OFFICER, unit=world.commune)
    both.roles.append(RoleAssignment(role=ROLE_OFFICER, unit=world.province))
    with pytest.raises(Refused):
        grant_role(world.people["commune_staff"], both, ROLE_COUNCIL, world.commune)


def test_commune_staff_grant_no_admin_role_and_nothing_above_their_commune(client, login, world):
    login(world.people["commune_staff"])
    person = world.people["commune_user"]
    for role, unit in ((ROLE_ADMIN, world.commune), (ROLE_COUNCIL, world.province), (ROLE_STAFF, world.province)):
        assert client.post(f"/admin/users/{person.id}/roles", data={"role": role, "unit": unit.id}).status_code == 200
    db.session.expire_all()
    assert [a.role for a in db.session.scalars(select(RoleAssignment).where(RoleAssignment.user_id == person.id))] \
        == [ROLE_OFFICER]


def test_nobody_seats_themselves_on_a_council(make, world):
    staff = world.people["commune_staff"]
    staff.roles.append(RoleAssignment(role=ROLE_COUNCIL, unit=world.commune))
    mine = service.create_council(staff, "Hội đồng xã", world.council.campaign, world.commune, [])
    with pytest.raises(Refused, match="tự"):
        service.seat_member(staff, mine, staff, "chair", None)


def test_staff_seat_only_council_members_of_their_own_units(make, world):
    mine = service.create_council(world.people["commune_staff"], "Hội đồng xã", world.council.campaign,
                                  world.commune, [])
    with pytest.raises(Refused):  # a province council member
        service.seat_member(world.people["commune_staff"], mine, world.people["chair"], "chair", None)
    with pytest.raises(Refused):  # no council role at all
        service.seat_member(world.people["commune_staff"], mine, world.people["commune_user"], "chair", None)


def _commune_council_with_officer_chair(make, world, role_unit):
    """A commune council whose chair is an officer of `role_unit`, seated with no home unit."""
    staff, person = world.people["commune_staff"], make.user(ROLE_OFFICER, unit=role_unit)
    person.roles.append(RoleAssignment(role=ROLE_COUNCIL, unit=world.commune))
    mine = service.create_council(staff, "Hội đồng xã", world.council.campaign, world.commune, [])
    seat = service.seat_member(staff, mine, person, "chair", None)
    initiative = make.initiative(unit=world.unit, campaign=world.council.campaign, status="registered")
    service.assign(staff, mine, [initiative])
    db.session.commit()
    return person, seat, initiative


@pytest.mark.parametrize("where", ["unit", "commune"])
def test_a_member_whose_own_roles_cover_the_unit_may_not_score_it(api, make, world, where):
    person, seat, initiative = _commune_council_with_officer_chair(make, world, getattr(world, where))
    sheet = api.get(f"/initiatives/{initiative.id}/score-sheet", person).get_json()
    assert sheet["may_score"] is False
    assert _put_sheet(api, person, initiative.id).status_code == 409
    result = evaluate(initiative)
    assert result.eligible == 0 and not result.has_quorum
    assert _fire(api, person, initiative.id, "complete_evaluation").status_code == 409


def test_the_scoring_page_names_the_conflict_of_a_member_s_own_role(client, login, make, world):
    person, _seat, initiative = _commune_council_with_officer_chair(make, world, world.unit)
    login(person, "password123")
    page = client.get(f"/scoring/initiatives/{initiative.id}").get_data(as_text=True)
    assert 'data-standing="own-unit"' in page and 'value="save"' not in page


def test_a_staff_role_counts_as_the_member_s_own_unit(make, world):
    person = make.user(ROLE_STAFF, unit=world.commune)
    person.roles.append(RoleAssignment(role=ROLE_COUNCIL, unit=world.province))
    seat = service.seat_member(world.people["staff"], world.council, person, "member", None)
    from workflows.rules import scoring_members

    assert seat not in scoring_members(world.initiative)
    assert world.seats["member3"] in scoring_members(world.initiative)


def test_a_commune_runs_its_own_evaluation_from_council_to_recognition(client, login, api, make, world):
    staff = world.people["commune_staff"]
    neighbour = make.unit("Chi bộ thôn 2", parent=world.commune)
    people = [make.user(ROLE_OFFICER, unit=neighbour, email=f"thon{i}@example.vn") for i in range(3)]
    initiative = make.initiative(unit=world.unit, campaign=world.council.campaign, status="registered")
    db.session.commit()
    login(staff)
    assert _new_council(client, world, world.commune).status_code == 302
    mine = db.session.scalar(select(Council).where(Council.unit_id == world.commune.id))
    for person, role in zip(people, ("chair", "secretary", "member"), strict=True):
        assert client.post(f"/admin/users/{person.id}/roles",
                           data={"role": ROLE_COUNCIL, "unit": world.commune.id}).status_code == 302
        assert client.post(f"/councils/{mine.id}/seats",
                           data={"user": person.id, "role": role, "home_unit": 0}).status_code == 302
    assert client.post(f"/councils/{mine.id}/assign", data={"initiative_id": initiative.id}).status_code == 302
    assert _council_of(initiative) == mine.id
    assert len(db.session.scalars(select(CouncilMember).where(CouncilMember.council_id == mine.id)).all()) == 3
    for person in people:
        assert _put_sheet(api, person, initiative.id, points=20).status_code == 200
    chair = people[0]
    assert _fire(api, chair, initiative.id, "complete_evaluation").get_json()["status"] == "evaluated"
    assert _fire(api, chair, initiative.id, "recognize", **DECISION).get_json()["status"] == "recognized"
    assert _fire(api, chair, initiative.id, "select_exemplary", **DECISION).get_json()["status"] == "exemplary"


def test_the_bulk_preview_shows_the_province_council_s_initiatives_as_skipped(client, login, make, world):
    unscored = make.initiative(unit=world.unit, campaign=world.council.campaign, status="registered")
    service.assign(world.people["staff"], world.council, [unscored])
    free = make.initiative(unit=world.unit, campaign=world.council.campaign, status="registered")
    mine = service.create_council(world.people["commune_staff"], "Hội đồng xã", world.council.campaign,
                                  world.commune, [])
    db.session.commit()
    login(world.people["commune_staff"])
    page = client.get(f"/councils/{mine.id}/assign/bulk").get_data(as_text=True)
    assert f'name="initiative_id" value="{free.id}"' in page
    for held in (world.initiative, unscored):
        assert f'name="initiative_id" value="{held.id}"' not in page
    assert page.count("Hội đồng đang đánh giá mô hình này không thuộc quyền quản lý của bạn") == 2
