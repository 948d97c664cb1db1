"""The searchable unit picker (#11): GET /units/options answers the units of the user's scope, searched
accent-blind, a page at most, and the pages no longer list the whole tree in their <select>."""

import re

from sqlalchemy import func, insert, select

from registry.extensions import db
from registry.models import Unit
from registry.roles import ROLE_ADMIN, ROLE_OFFICER, ROLE_STAFF
from registry.unitpicker.queries import MAX_OPTIONS, SMALL_SCOPE
from tests.world import build_world


def _options(client, **args):
    response = client.get("/units/options", query_string=args)
    assert response.status_code == 200, response.status_code
    answer = response.get_json()
    return [unit["name"] for unit in answer["results"]], answer


def _many_communes(province, count: int) -> None:
    """Add `count` communes under `province` in one statement (the factory's two flushes each would be slow)."""
    start = db.session.scalar(select(func.max(Unit.id))) + 1
    db.session.execute(insert(Unit), [
        {"id": start + number, "name": f"Đảng ủy xã Số {number:04d}", "group": "party", "level": "commune",
         "parent_id": province.id, "path": f"{province.path}{start + number}/", "depth": province.depth + 1,
         "is_active": True} for number in range(count)])
    db.session.commit()


def test_an_officer_sees_only_their_own_units(client, make, login):
    world = build_world(make)
    login(world.users["officer"])
    names, _answer = _options(client, scope="visible")
    assert names == ["Hội Phụ nữ xã An Bình"]
    names, _answer = _options(client, scope="visible", q="tan lap")
    assert names == []
    names, _answer = _options(client, scope="register")
    assert names == ["Hội Phụ nữ xã An Bình"]


def test_staff_of_a_commune_see_its_subtree_only(client, make, login):
    world = build_world(make)
    login(make.user(ROLE_STAFF, unit=world.commune))
    names, answer = _options(client, scope="managed")
    assert names == ["Đảng ủy xã An Bình"]  # the top of their scope
    assert answer["results"][0]["has_children"] is True
    names, answer = _options(client, scope="managed", parent=world.commune.id)
    assert names == ["Hội Phụ nữ xã An Bình"]
    assert answer["results"][0]["label"] == "Tỉnh ủy mẫu › Đảng ủy xã An Bình › Hội Phụ nữ xã An Bình"
    names, _answer = _options(client, scope="managed", q="doan thanh nien")
    assert names == []  # another commune's unit, though it exists


def test_search_is_accent_and_case_blind_and_the_shallowest_come_first(client, make, login):
    world = build_world(make)
    login(world.users["admin"])
    names, _answer = _options(client, scope="visible", q="XA AN BINH")
    assert names == ["Đảng ủy xã An Bình", "Hội Phụ nữ xã An Bình"]
    names, _answer = _options(client, scope="visible", q="dang uy")
    assert names == ["Đảng ủy xã An Bình"]
    names, _answer = _options(client, scope="visible", q="Đoàn Thanh")
    assert names == ["Đoàn Thanh niên xã Tân Lập"]


def test_an_answer_holds_at_most_a_page_and_says_more_matched(client, make, login):
    world = build_world(make)
    _many_communes(world.province, 120)
    login(world.users["admin"])
    names, answer = _options(client, scope="visible", q="so 0")
    assert len(names) == MAX_OPTIONS and answer["more"] is True
    names, answer = _options(client, scope="visible", q="so 0119")
    assert names == ["Đảng ủy xã Số 0119"] and answer["more"] is False
    names, answer = _options(client, scope="visible", parent=world.province.id)
    assert len(names) == MAX_OPTIONS and answer["more"] is True


def test_inactive_units_are_not_offered_to_attach_to_but_still_to_filter_by(client, make, login):
    world = build_world(make)
    make.unit("Chi bộ thôn Cũ", parent=world.commune, is_active=False)
    db.session.commit()
    login(world.users["admin"])
    assert _options(client, scope="managed", q="thon cu")[0] == []
    assert _options(client, scope="visible", q="thon cu")[0] == ["Chi bộ thôn Cũ"]


def test_an_unknown_scope_is_a_bad_request_and_strangers_are_sent_to_sign_in(client, make, login):
    world = build_world(make)
    anonymous = client.get("/units/options?scope=visible")
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    login(world.users["admin"])
    assert client.get("/units/options?scope=everything").status_code == 400
    assert client.get("/units/options?scope=visible&parent=99999999999").status_code == 200


#: Pages with a unit picker, by what they need of the world.
#: (The dashboard is left out: its table by unit lists the units under the selection, by design.)
PICKER_PAGES = ("/initiatives/", "/admin/units/new", "/admin/users/new", "/admin/users", "/councils/new")


def test_the_pages_do_not_grow_with_the_tree(client, make, login):
    world = build_world(make)
    admin = make.user(ROLE_ADMIN, unit=world.province)
    db.session.commit()
    login(admin)
    before = {url: len(client.get(url).data) for url in PICKER_PAGES}
    _many_communes(world.province, 2000)
    after = {url: len(client.get(url).data) for url in PICKER_PAGES}
    # A few units were listed whole before; after, only the unit chosen is: the pages shrink or stay.
    assert {url: after[url] <= before[url] for url in PICKER_PAGES} == {url: True for url in PICKER_PAGES}


def test_pages_with_2000_units_do_not_list_them(client, make, login):
    world = build_world(make)
    _many_communes(world.province, 2000)
    chosen = db.session.scalar(select(Unit).where(Unit.name == "Đảng ủy xã Số 1234"))
    admin = make.user(ROLE_ADMIN, unit=world.province)
    db.session.commit()
    login(admin)
    for url in ("/initiatives/", f"/initiatives/?unit={chosen.id}", "/admin/units/new", "/admin/users/new",
                "/admin/users", f"/admin/users?unit={chosen.id}", "/reports/",
                f"/admin/users/{world.users['officer'].id}", "/councils/new"):
        page = client.get(url).get_data(as_text=True)
        assert page.count("<option") < 100, url
        assert "data-unit-picker=" in page and "js/unitpicker.js" in page, url
    page = client.get(f"/initiatives/?unit={chosen.id}").get_data(as_text=True)
    assert re.search(rf'<option value="{chosen.id}" selected>Tỉnh ủy mẫu › Đảng ủy xã Số 1234</option>', page)


def test_without_javascript_the_list_filter_searches_units_by_text(client, make, login):
    world = build_world(make)
    _many_communes(world.province, SMALL_SCOPE + 5)
    login(world.users["admin"])
    page = client.get("/initiatives/?unit_q=so 0007").get_data(as_text=True)
    assert 'name="unit_q" value="so 0007"' in page
    assert ">Tỉnh ủy mẫu › Đảng ủy xã Số 0007</option>" in page


def test_a_small_scope_is_listed_whole_in_the_select(client, make, login):
    world = build_world(make)
    login(world.users["staff"])
    page = client.get("/initiatives/").get_data(as_text=True)
    for name in ("Tỉnh ủy mẫu", "Đảng ủy xã An Bình", "Hội Phụ nữ xã An Bình", "Đoàn Thanh niên xã Tân Lập"):
        assert re.search(rf"<option value=\"\d+\">[· ]*{name}</option>", page), name
    assert 'name="unit_q"' not in page


def test_an_officer_of_two_units_picks_one_on_the_form(client, make, login):
    world = build_world(make)
    officer = make.user(ROLE_OFFICER, unit=world.unit)
    from registry.models import RoleAssignment

    officer.roles.append(RoleAssignment(role=ROLE_OFFICER, unit=world.other_unit))
    db.session.commit()
    login(officer)
    page = client.get("/initiatives/new").get_data(as_text=True)
    assert 'data-unit-picker="/units/options?scope=register"' in page
    assert "Hội Phụ nữ xã An Bình</option>" in page and "Đoàn Thanh niên xã Tân Lập</option>" in page


def test_the_reports_filter_picks_its_unit_with_the_picker(client, make, login):
    world = build_world(make)
    login(world.users["viewer"])
    for url in (f"/reports/?unit={world.commune.id}", f"/reports/report/locality?unit={world.commune.id}"):
        page = client.get(url).get_data(as_text=True)
        assert 'name="unit" data-unit-picker="/units/options?scope=visible"' in page, url
        assert f'<option value="{world.commune.id}" selected>Tỉnh ủy mẫu › Đảng ủy xã An Bình</option>' in page, url
        assert "js/unitpicker.js" in page, url
