"""Managing fields of work and campaigns: unique names, codes and years, deadlines, open and close."""

from datetime import date

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Campaign, Field
from registry.roles import ROLE_ADMIN, ROLE_STAFF

CAMPAIGN = {"name": "Đợt 2027", "year": "2027", "phase": "2026–2030", "description": "Hướng dẫn",
            "registration_deadline": "31/05/2027", "evaluation_deadline": "15/09/2027", "is_open": "y"}


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def staff(make, login):
    """A signed-in member of the steering board's staff."""
    user = login(make.user(ROLE_STAFF))
    db.session.commit()
    return user


def test_staff_create_and_edit_a_field(client, staff):
    response = client.post("/admin/fields/new", data={"name": "Kinh tế", "code": "KT", "position": "1"},
                           follow_redirects=True)
    assert "Đã tạo lĩnh vực “Kinh tế”" in response.get_data(as_text=True)
    field = db.session.scalar(select(Field).where(Field.code == "KT"))
    assert field.is_active and field.position == 1
    client.post(f"/admin/fields/{field.id}/edit", data={"name": "Kinh tế – xã hội", "code": "KTXH", "position": "2"})
    db.session.refresh(field)
    assert (field.name, field.code, field.position) == ("Kinh tế – xã hội", "KTXH", 2)


@pytest.mark.parametrize("data, message", [
    ({"name": "Khác", "code": "kt"}, "Mã này đã được dùng cho một lĩnh vực khác"),
    ({"name": "kinh tế", "code": "NEW"}, "Tên này đã được dùng cho một lĩnh vực khác"),
    ({"name": "Mới", "code": "NEW", "position": "abc"}, "Vui lòng nhập số nguyên"),
    ({"name": "Mới", "code": "NEW", "position": "9" * 40}, "Nhập một số từ 0 đến 9999"),
    ({"name": "", "code": "NEW"}, "Vui lòng nhập tên lĩnh vực"),
    ({"name": "Mới", "code": "X" * 33}, "Tối đa 32 ký tự"),
])
def test_invalid_or_duplicate_field_is_a_form_error(client, make, staff, data, message):
    make.field(name="Kinh tế", code="KT")
    db.session.commit()
    response = client.post("/admin/fields/new", data=data)
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert _count(Field) == 1


def test_editing_a_field_to_another_fields_code_is_a_form_error(client, make, staff):
    make.field(name="Kinh tế", code="KT")
    other = make.field(name="Văn hóa", code="VH")
    db.session.commit()
    response = client.post(f"/admin/fields/{other.id}/edit", data={"name": "Văn hóa", "code": "KT", "position": "0"})
    assert "Mã này đã được dùng" in response.get_data(as_text=True)
    db.session.refresh(other)
    assert other.code == "VH"


def test_field_is_deactivated_and_reactivated(client, make, staff):
    field = make.field()
    db.session.commit()
    # A GET used to be refused (405): it is now the confirmation page, and changes nothing.
    confirm = client.get(f"/admin/fields/{field.id}/status")
    assert confirm.status_code == 200 and 'name="active" value="0"' in confirm.get_data(as_text=True)
    db.session.refresh(field)
    assert field.is_active
    client.post(f"/admin/fields/{field.id}/status", data={"active": "0"})
    db.session.refresh(field)
    assert not field.is_active
    client.post(f"/admin/fields/{field.id}/status", data={"active": "1"})
    db.session.refresh(field)
    assert field.is_active


def test_staff_create_a_campaign(client, staff):
    response = client.post("/admin/campaigns/new", data=CAMPAIGN, follow_redirects=True)
    assert "Đã tạo đợt năm 2027" in response.get_data(as_text=True)
    campaign = db.session.scalar(select(Campaign).where(Campaign.year == 2027))
    assert campaign.registration_deadline == date(2027, 5, 31)
    assert campaign.evaluation_deadline == date(2027, 9, 15)
    assert campaign.is_open and campaign.phase == "2026–2030"


def test_campaigns_are_listed_newest_year_first(client, make, staff):
    make.campaign(year=2024)
    make.campaign(year=2026)
    make.campaign(year=2025)
    db.session.commit()
    page = client.get("/admin/campaigns").get_data(as_text=True)
    assert page.index("Đợt 2026") < page.index("Đợt 2025") < page.index("Đợt 2024")


def test_duplicate_campaign_year_is_a_form_error(client, make, staff):
    make.campaign(year=2027)
    db.session.commit()
    response = client.post("/admin/campaigns/new", data=CAMPAIGN)
    assert response.status_code == 200
    assert "Đã có đợt của năm 2027" in response.get_data(as_text=True)
    assert _count(Campaign) == 1


@pytest.mark.parametrize("overrides, message", [
    ({"year": "abc"}, "Vui lòng nhập số nguyên"),
    ({"year": ""}, "Vui lòng nhập năm"),
    ({"year": "1999"}, "Nhập năm từ 2000 đến 2100"),
    ({"year": "9" * 5000}, "Vui lòng nhập số nguyên"),
    ({"registration_deadline": "31/02/2027"}, "Không có ngày 31/02/2027: tháng 2 năm 2027 chỉ có 28 ngày."),
    ({"registration_deadline": "15/13/2027"}, "Không có tháng 13"),
    ({"evaluation_deadline": "2027-09-15"}, "dd/mm/yyyy"),
    ({"evaluation_deadline": "30/05/2027"}, "Hạn thẩm định không được trước hạn đăng ký"),
    ({"name": ""}, "Vui lòng nhập tên đợt"),
    ({"phase": "x" * 40}, "Tối đa 32 ký tự"),
])
def test_malformed_campaign_input_is_a_form_error(client, staff, overrides, message):
    response = client.post("/admin/campaigns/new", data={**CAMPAIGN, **overrides})
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert _count(Campaign) == 0


def test_editing_a_campaign_keeps_its_own_year(client, make, staff):
    campaign = make.campaign(year=2027)
    make.campaign(year=2028)
    db.session.commit()
    response = client.post(f"/admin/campaigns/{campaign.id}/edit", data={**CAMPAIGN, "name": "Đợt mới"})
    assert response.status_code == 302
    response = client.post(f"/admin/campaigns/{campaign.id}/edit", data={**CAMPAIGN, "year": "2028"})
    assert "Đã có đợt của năm 2028" in response.get_data(as_text=True)
    db.session.refresh(campaign)
    assert (campaign.name, campaign.year) == ("Đợt mới", 2027)


def test_campaign_is_closed_and_reopened(client, make, login):
    login(make.user(ROLE_ADMIN))
    campaign = make.campaign(year=2027)
    db.session.commit()
    response = client.post(f"/admin/campaigns/{campaign.id}/status", data={"active": "0"}, follow_redirects=True)
    assert "Đã đóng đăng ký đợt năm 2027" in response.get_data(as_text=True)
    db.session.refresh(campaign)
    assert not campaign.is_open
    client.post(f"/admin/campaigns/{campaign.id}/status", data={"active": "1"})
    db.session.refresh(campaign)
    assert campaign.is_open
    assert client.post(f"/admin/campaigns/{campaign.id}/status", data={}).status_code == 400
