"""Evaluation settings: a campaign's decision rules and rubric, and the list of commendation forms."""

import re
from decimal import Decimal

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from tests.workflow_world import build_council_world, score
from workflows.models import CommendationForm
from workflows.scoring.models import RubricCriterion

GOOD_RULES = {"quorum_numerator": "3", "quorum_denominator": "4", "recognition_min_average": "55,5",
              "exemplary_min_average": "85"}


def _page(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def staff(make, login):
    """A signed-in staff member of a province."""
    user = make.user(ROLE_STAFF, unit=make.unit("Tỉnh ủy", level="province"))
    db.session.commit()
    return login(user)


@pytest.fixture
def campaign(make):
    """A campaign with the default rules, committed."""
    built = make.campaign(year=2026)
    db.session.commit()
    return built


def _criteria(campaign) -> list[tuple[str, str, int]]:
    return [(c.code, c.name, c.max_points) for c in db.session.scalars(
        select(RubricCriterion).where(RubricCriterion.campaign_id == campaign.id).order_by(RubricCriterion.position))]


def test_settings_show_the_default_rules_and_rubric(client, staff, campaign):
    page = _page(client.get(f"/councils/campaigns/{campaign.id}/settings"))
    assert re.search(r'name="quorum_numerator"[^>]*value="2"', page)
    assert 'value="50"' in page and 'value="80"' in page
    assert 'value="political_task"' in page
    assert 'id="rubric-total">100<' in page


def test_staff_save_the_decision_rules(client, staff, campaign):
    response = client.post(f"/councils/campaigns/{campaign.id}/settings", data=GOOD_RULES, follow_redirects=True)
    assert "Đã lưu quy tắc xét công nhận của đợt 2026." in _page(response)
    db.session.expire_all()
    assert (campaign.quorum_numerator, campaign.quorum_denominator) == (3, 4)
    assert campaign.recognition_min_average == Decimal("55.50")
    assert campaign.exemplary_min_average == Decimal("85")


@pytest.mark.parametrize("changes, message", [
    ({"quorum_denominator": "0"}, "Vui lòng nhập một số từ 1 đến 10."),
    ({"quorum_numerator": "5", "quorum_denominator": "4"}, "Tử số không được lớn hơn mẫu số."),
    ({"quorum_numerator": "11", "quorum_denominator": "11"}, "Vui lòng nhập một số từ 1 đến 10."),
    ({"exemplary_min_average": "50"}, "Ngưỡng tiêu biểu không được thấp hơn ngưỡng công nhận."),
    ({"quorum_numerator": "hai"}, "Vui lòng nhập số nguyên."),
    ({"quorum_denominator": "2.5"}, "Vui lòng nhập số nguyên."),
    ({"quorum_numerator": "9" * 50}, "Vui lòng nhập số nguyên."),
    ({"recognition_min_average": "năm mươi"}, "Vui lòng ghi số theo cách viết Việt Nam"),
    ({"recognition_min_average": "NaN"}, "Vui lòng ghi số theo cách viết Việt Nam"),
    ({"recognition_min_average": "1e999"}, "Vui lòng ghi số theo cách viết Việt Nam"),
    # "." groups thousands: 50.123 is fifty thousand and more, out of range; "50,1234" has too many decimals.
    ({"recognition_min_average": "50.123"}, "Vui lòng nhập một số từ 0 đến 100."),
    ({"recognition_min_average": "50,1234"}, "Phần thập phân tối đa 2 chữ số"),
    ({"exemplary_min_average": "100,5"}, "Vui lòng nhập một số từ 0 đến 100."),
    ({"exemplary_min_average": "100.5"}, "Vui lòng ghi số theo cách viết Việt Nam"),
    ({"recognition_min_average": "1,800"}, "có thể hiểu là 1,8 hoặc 1.800"),
    ({"recognition_min_average": "-1"}, "Vui lòng nhập một số từ 0 đến 100."),
    ({"recognition_min_average": ""}, "Vui lòng nhập một số."),
])
def test_bad_rules_are_form_errors_and_change_nothing(client, staff, campaign, changes, message):
    response = client.post(f"/councils/campaigns/{campaign.id}/settings", data={**GOOD_RULES, **changes})
    assert response.status_code == 400
    assert message in _page(response)
    db.session.expire_all()
    assert (campaign.quorum_numerator, campaign.quorum_denominator) == (2, 3)
    assert campaign.recognition_min_average == Decimal(50)


def test_missing_rules_fields_are_form_errors(client, staff, campaign):
    response = client.post(f"/councils/campaigns/{campaign.id}/settings", data={})
    assert response.status_code == 400
    assert _page(response).count("Vui lòng nhập một số.") == 4


def _rubric_data(rows) -> dict:
    data = {}
    for index, (code, name, points) in enumerate(rows):
        data.update({f"criteria-{index}-code": code, f"criteria-{index}-name": name,
                     f"criteria-{index}-max_points": points})
    return data


def test_staff_replace_the_rubric_before_scoring(client, staff, campaign):
    rows = [("ket_qua", "Kết quả đạt được", "60"), ("lan_toa", "Khả năng nhân rộng", "40")]
    response = client.post(f"/councils/campaigns/{campaign.id}/rubric", data=_rubric_data(rows),
                           follow_redirects=True)
    assert "Đã lưu phiếu chấm điểm của đợt 2026." in _page(response)
    assert _criteria(campaign) == [("ket_qua", "Kết quả đạt được", 60), ("lan_toa", "Khả năng nhân rộng", 40)]


def test_adding_and_removing_rows_redisplays_the_editor_without_saving(client, staff, campaign):
    rows = [("a", "Tiêu chí A", "30"), ("b", "Tiêu chí B", "20")]
    added = _page(client.post(f"/councils/campaigns/{campaign.id}/rubric", data={**_rubric_data(rows),
                                                                                  "add_row": "1"}))
    assert added.count('class="row g-2 align-items-start border-bottom py-2 rubric-row"') == 3
    assert 'id="rubric-total">50<' in added
    removed = _page(client.post(f"/councils/campaigns/{campaign.id}/rubric", data={**_rubric_data(rows),
                                                                                    "remove_row": "0"}))
    assert 'value="Tiêu chí A"' not in removed and 'value="Tiêu chí B"' in removed
    assert 'id="rubric-total">20<' in removed
    garbage = client.post(f"/councils/campaigns/{campaign.id}/rubric", data={**_rubric_data(rows),
                                                                            "remove_row": "abc"})
    assert garbage.status_code == 200
    assert _criteria(campaign) == []


@pytest.mark.parametrize("rows, message", [
    ([("Ket-Qua", "Kết quả", "50")], "Chỉ dùng các ký tự a–z, 0–9 và _."),
    ([("a", "Tiêu chí A", "50"), ("a", "Tiêu chí B", "50")], "Mỗi tiêu chí phải có mã riêng."),
    ([("a", "Tiêu chí A", "0")], "Vui lòng nhập một số từ 1 đến 100."),
    ([("a", "Tiêu chí A", "101")], "Vui lòng nhập một số từ 1 đến 100."),
    ([("a", "Tiêu chí A", "mười")], "Vui lòng nhập số nguyên."),
    ([("a", "", "10")], "Vui lòng nhập tiêu chí."),
    ([("", "Tiêu chí", "10")], "Vui lòng nhập mã."),
    ([("a" * 33, "Tiêu chí", "10")], "Tối đa 32 ký tự."),
])
def test_bad_rubric_rows_are_form_errors(client, staff, campaign, rows, message):
    response = client.post(f"/councils/campaigns/{campaign.id}/rubric", data=_rubric_data(rows))
    assert response.status_code == 400
    assert message in _page(response)
    assert _criteria(campaign) == []


def test_a_rubric_with_no_rows_is_refused(client, staff, campaign):
    response = client.post(f"/councils/campaigns/{campaign.id}/rubric", data={"criteria-99999999999-code": "x"})
    assert response.status_code == 400
    assert _criteria(campaign) == []


def test_rubric_is_read_only_once_a_sheet_exists(client, make, login):
    world = build_council_world(make)
    score(world, "member1", 60, submit=False)
    db.session.commit()
    campaign = world.council.campaign
    before = _criteria(campaign)
    login(world.people["staff"])
    page = _page(client.get(f"/councils/campaigns/{campaign.id}/settings"))
    assert "Đợt này đã bắt đầu chấm điểm nên không thể thay đổi tiêu chí nữa" in page
    assert 'id="rubric-form"' not in page
    response = client.post(f"/councils/campaigns/{campaign.id}/rubric",
                           data=_rubric_data([("moi", "Tiêu chí mới", "100")]), follow_redirects=True)
    assert response.status_code == 400
    assert "Scoring has started" not in _page(response)
    assert _criteria(campaign) == before


def test_unknown_campaign_settings_are_not_found(client, staff):
    assert client.get("/councils/campaigns/999999/settings").status_code == 404
    assert client.post("/councils/campaigns/999999/rubric").status_code == 404


def test_staff_create_list_and_edit_commendation_forms(client, staff):
    response = client.post("/councils/commendation-forms/new", data={
        "name": " Bằng khen của Chủ tịch UBND tỉnh ", "default_issuer": "Chủ tịch UBND tỉnh", "position": "2",
        "is_active": "y"}, follow_redirects=True)
    assert "Đã lưu hình thức khen thưởng “Bằng khen của Chủ tịch UBND tỉnh”." in _page(response)
    form = db.session.scalar(select(CommendationForm))
    assert (form.name, form.default_issuer, form.position, form.is_active) == (
        "Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", 2, True)
    edit_url = f"/councils/commendation-forms/{form.id}/edit"
    assert 'value="Chủ tịch UBND tỉnh"' in _page(client.get(edit_url))
    client.post(edit_url, data={"name": "Giấy khen", "default_issuer": "Chủ tịch UBND xã", "position": "1"})
    db.session.expire_all()
    assert (form.name, form.default_issuer, form.is_active) == ("Giấy khen", "Chủ tịch UBND xã", False)
    assert "Giấy khen" in _page(client.get("/councils/commendation-forms"))


def test_commendation_forms_are_deactivated_and_activated(client, staff):
    form = CommendationForm(name="Biểu dương", default_issuer="Ban Dân vận")
    db.session.add(form)
    db.session.commit()
    url = f"/councils/commendation-forms/{form.id}/status"
    assert "ngừng sử dụng" in _page(client.post(url, data={"active": "0"}, follow_redirects=True))
    db.session.expire_all()
    assert form.is_active is False
    client.post(url, data={"active": "1"})
    db.session.expire_all()
    assert form.is_active is True
    assert client.post(url, data={"active": "maybe"}).status_code == 400
    assert client.post("/councils/commendation-forms/999999/status", data={"active": "1"}).status_code == 404


@pytest.mark.parametrize("name", ["Giấy khen", "giấy KHEN", " Giay khen "])
def test_duplicate_commendation_form_names_are_form_errors(client, staff, name):
    db.session.add(CommendationForm(name="Giấy khen"))
    db.session.commit()
    response = client.post("/councils/commendation-forms/new", data={"name": name, "position": "0"})
    assert response.status_code == 200
    assert "Đã có hình thức khen thưởng mang tên này." in _page(response)
    assert len(db.session.scalars(select(CommendationForm)).all()) == 1


def test_renaming_a_commendation_form_onto_another_is_refused(client, staff):
    first, second = CommendationForm(name="Giấy khen"), CommendationForm(name="Bằng khen")
    db.session.add_all([first, second])
    db.session.commit()
    response = client.post(f"/councils/commendation-forms/{second.id}/edit", data={"name": "Giấy khen"})
    assert "Đã có hình thức khen thưởng mang tên này." in _page(response)
    db.session.expire_all()
    assert second.name == "Bằng khen"
    # keeping its own name is fine
    assert client.post(f"/councils/commendation-forms/{second.id}/edit",
                       data={"name": "Bằng khen", "position": "3"}).status_code == 302


@pytest.mark.parametrize("data, message", [
    ({"name": ""}, "Vui lòng nhập tên hình thức khen thưởng."),
    ({"name": "x" * 300}, "Tối đa 255 ký tự."),
    ({"name": "Giấy khen", "position": "abc"}, "Vui lòng nhập số nguyên."),
    ({"name": "Giấy khen", "position": "-1"}, "Vui lòng nhập một số từ 0 đến 9999."),
    ({"name": "Giấy khen", "default_issuer": "y" * 300}, "Tối đa 255 ký tự."),
])
def test_malformed_commendation_forms_are_form_errors(client, staff, data, message):
    response = client.post("/councils/commendation-forms/new", data=data)
    assert response.status_code == 200
    assert message in _page(response)
    assert db.session.scalar(select(CommendationForm)) is None


def test_admins_reach_the_settings_too(client, make, login, campaign):
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    assert client.get(f"/councils/campaigns/{campaign.id}/settings").status_code == 200
    assert client.get("/councils/commendation-forms").status_code == 200
