"""Numbers typed the Vietnamese way are saved as typed: "." groups thousands, "," is the decimal mark (#11 item 1)."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.i18n import NumberNotUnderstood, parse_number, vn_number
from registry.models import Initiative
from tests.test_api_initiatives import DOSSIER
from tests.test_initiatives_units import arrange, dossier_form
from tests.workflow_world import build_council_world, council_world_with_rubric, score
from workflows.scoring.models import ScoreSheet

AMBIGUOUS = "có thể hiểu là"
MALFORMED = "Vui lòng ghi số theo cách viết Việt Nam"


@pytest.mark.parametrize(("text", "number"), [
    ("1.800", Decimal(1800)), ("12,5", Decimal("12.5")), ("1.234.567,8", Decimal("1234567.8")),
    ("1800", Decimal(1800)), ("0,25", Decimal("0.25")), (" 7 ", Decimal(7)), ("", None), ("-3", Decimal(-3)),
])
def test_vietnamese_numbers_are_read_as_written(app, text, number):
    with app.test_request_context():
        assert parse_number(text) == number


@pytest.mark.parametrize(("text", "reason"), [
    ("1.80", MALFORMED), ("12.5", MALFORMED), ("1,234.5", MALFORMED), ("1..800", MALFORMED), ("1.8.00", MALFORMED),
    (",5", MALFORMED), ("5,", MALFORMED), ("1 800", MALFORMED), ("1e3", MALFORMED), ("NaN", MALFORMED),
    ("1,800", AMBIGUOUS), ("12,500", AMBIGUOUS), ("1,234", AMBIGUOUS),
])
def test_malformed_or_ambiguous_numbers_are_refused_never_guessed(app, text, reason):
    with app.test_request_context(headers={"Accept-Language": "vi"}), pytest.raises(NumberNotUnderstood) as refusal:
        parse_number(text)
    assert reason in str(refusal.value)


def test_the_ambiguous_message_names_both_readings(app):
    with app.test_request_context(), pytest.raises(NumberNotUnderstood) as refusal:
        parse_number("1,800")
    assert "1,8" in str(refusal.value) and "1.800" in str(refusal.value)


def test_numbers_are_written_back_the_way_they_are_typed():
    assert [vn_number(value) for value in (Decimal("1800.00"), Decimal("12.50"), Decimal("1234567.8"), 0, None)] \
        == ["1.800", "12,5", "1.234.567,8", "0", ""]
    assert vn_number(2026, grouping=False) == "2026"


def _indicator_form(world, target, **overrides):
    return dossier_form(world, **{"indicators-0-target": target, **overrides})


def test_an_indicator_typed_1_800_is_saved_as_1800_shown_1_800_and_survives_an_edit(client, make, login):
    world = arrange(make)
    login(world.officer)
    assert client.post("/initiatives/new", data=_indicator_form(world, "1.800")).status_code == 302
    initiative = db.session.scalars(select(Initiative)).one()
    assert initiative.indicators[0].target == Decimal(1800)

    edit_page = client.get(f"/initiatives/{initiative.id}/edit").get_data(as_text=True)
    assert 'value="1.800"' in edit_page and 'inputmode="decimal"' in edit_page
    assert "1.800" in client.get(f"/initiatives/{initiative.id}").get_data(as_text=True)

    # The edit form sends back what it showed: the value must not shrink to 1,8 on the way.
    response = client.post(f"/initiatives/{initiative.id}/edit", data=_indicator_form(
        world, "1.800", version=str(initiative.version), **{"indicators-0-actual": "12,5"}))
    assert response.status_code == 302
    db.session.expire_all()
    assert (initiative.indicators[0].target, initiative.indicators[0].actual) == (Decimal(1800), Decimal("12.5"))


@pytest.mark.parametrize(("typed", "reason"), [("1,800", AMBIGUOUS), ("1.80", MALFORMED), ("2.5", MALFORMED)])
def test_an_ambiguous_indicator_is_refused_beside_the_field_and_nothing_is_saved(client, make, login, typed, reason):
    world = arrange(make)
    login(world.officer)
    response = client.post("/initiatives/new", data=_indicator_form(world, typed))
    assert response.status_code == 200
    assert reason in response.get_data(as_text=True)
    assert db.session.scalars(select(Initiative)).first() is None


@pytest.fixture
def council(make):
    return council_world_with_rubric(make)


def test_12_5_on_the_score_sheet_scores_12_5(client, login, council):
    login(council.people["member1"])
    url = f"/scoring/initiatives/{council.initiative.id}"
    assert client.post(url, data={"score-results": "12,5", "action": "save"}).status_code == 303
    sheet = db.session.scalars(select(ScoreSheet)).one()
    assert sheet.total == Decimal("12.5")
    page = client.get(url).get_data(as_text=True)
    assert 'value="12,5"' in page and 'type="text" id="score-results"' in page


def test_an_english_decimal_on_the_score_sheet_is_refused_with_the_reason(client, login, council):
    login(council.people["member1"])
    url = f"/scoring/initiatives/{council.initiative.id}"
    response = client.post(url, data={"score-results": "12.5", "action": "save"})
    assert response.status_code == 200
    assert MALFORMED in response.get_data(as_text=True)
    assert db.session.scalars(select(ScoreSheet)).first() is None


def test_the_api_keeps_plain_json_numbers(api, council):
    world = council
    dossier = {**DOSSIER, "unit_id": world.unit.id, "campaign_id": world.initiative.campaign_id,
               "field_id": world.initiative.field_id,
               "indicators": [{"name": "Diện tích", "unit_of_measure": "m²", "target": 1800.5}]}
    created = api.post("/initiatives", world.people["officer"], json=dossier)
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["indicators"][0]["target"] == 1800.5

    member = world.people["member1"]
    url = f"/initiatives/{world.initiative.id}/score-sheet"
    saved = api.call("PUT", url, member, json={"scores": {"results": 12.5}, "recommendation": "", "comment": "",
                                                "submit": False})
    assert saved.status_code == 200, saved.get_json()
    assert api.get(url, member).get_json()["scores"]["results"] == 12.5


def test_a_refused_recognition_gives_its_average_and_threshold_the_vietnamese_way(client, make, login):
    world = build_council_world(make, members=1)
    world.initiative.campaign.recognition_min_average = Decimal("72.50")
    for seat in ("chair", "secretary", "member1"):
        score(world, seat, 30, "reject")
    world.initiative.status = "evaluated"
    db.session.commit()
    login(world.people["chair"])
    response = client.post("/decisions/bulk", data={
        "initiative_ids": [str(world.initiative.id)], "action": "recognize", "decision_number": "20-QĐ/BDVTU",
        "decision_date": "15/10/2026", "decision_issuer": ""})
    page = response.get_data(as_text=True)
    assert "Chưa đạt điều kiện công nhận" in page
    assert "72,5" in page and "72.50" not in page and "30.00" not in page
