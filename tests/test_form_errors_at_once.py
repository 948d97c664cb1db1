"""Every missing field of the dossier is named in one answer, and an impossible date is called so (#11 item 6)."""

import pytest
from sqlalchemy import select
from werkzeug.datastructures import MultiDict
from wtforms import Form

from registry.extensions import db
from registry.formfields import VnDateField
from registry.models import Initiative
from tests.test_initiatives_units import arrange, dossier_form

REQUIRED = "Mục này là bắt buộc để gửi đăng ký."


def test_a_submit_with_form_errors_and_missing_sections_marks_them_all_at_once(client, make, login):
    world = arrange(make)
    login(world.officer)
    # The title is checked by the form, the sections by the completeness check: both in the same answer.
    response = client.post("/initiatives/new", data=dossier_form(world, "submit", title="", situation="",
                                                                  outputs="", contact_phone=""))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Vui lòng nhập tên mô hình." in page
    assert page.count(REQUIRED) == 3
    for field_id in ("title", "situation", "outputs", "contact_phone"):
        assert f'class="form-control is-invalid" id="{field_id}"' in page
    assert db.session.scalars(select(Initiative)).first() is None


def test_a_bad_value_keeps_its_own_message_rather_than_required_on_top(client, make, login):
    world = arrange(make)
    login(world.officer)
    response = client.post("/initiatives/new", data=dossier_form(world, "submit", contact_phone="abc", situation=""))
    page = response.get_data(as_text=True)
    assert "Vui lòng nhập số điện thoại" in page or "0912 345 678" in page
    assert page.count(REQUIRED) == 1, "only the empty section is 'required'; the phone has its own message"


def test_saving_a_draft_still_does_not_ask_for_the_sections(client, make, login):
    world = arrange(make)
    login(world.officer)
    response = client.post("/initiatives/new", data=dossier_form(world, title="", situation=""))
    page = response.get_data(as_text=True)
    assert "Vui lòng nhập tên mô hình." in page and REQUIRED not in page


class _DateForm(Form):
    when = VnDateField()


@pytest.mark.parametrize(("typed", "message"), [
    ("31/02/2026", "Không có ngày 31/02/2026: tháng 2 năm 2026 chỉ có 28 ngày."),
    ("29/02/2027", "Không có ngày 29/02/2027: tháng 2 năm 2027 chỉ có 28 ngày."),
    ("31/04/2026", "tháng 4 năm 2026 chỉ có 30 ngày"),
    ("00/05/2026", "Không có ngày 00/05/2026"),
    ("12/13/2026", "Không có tháng 13"),
    ("2026-02-01", "dd/mm/yyyy"),
    ("ba mươi", "dd/mm/yyyy"),
])
def test_an_impossible_date_is_called_impossible_not_misformatted(app, typed, message):
    with app.test_request_context(headers={"Accept-Language": "vi"}):
        form = _DateForm(MultiDict({"when": typed}))
        assert not form.validate()
        assert message in str(form.when.errors[0])


def test_a_real_leap_day_is_accepted(app):
    with app.test_request_context():
        form = _DateForm(MultiDict({"when": "29/02/2028"}))
        assert form.validate() and form.when.data.isoformat() == "2028-02-29"
