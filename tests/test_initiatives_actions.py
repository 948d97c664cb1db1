"""Actions on the detail page: submit, withdraw, return for revision, resubmit and renewal."""

from sqlalchemy import select

from registry.extensions import db
from registry.models import Initiative
from tests.test_initiatives_units import arrange, count
from workflows.models import TransitionLog


def _reload(initiative) -> Initiative:
    db.session.expire_all()
    return db.session.get(Initiative, initiative.id)


def _fire(client, initiative, trigger, comment="", version=None):
    data = {"trigger": trigger, "comment": comment,
            "version": str(initiative.version if version is None else version)}
    return client.post(f"/initiatives/{initiative.id}/transition", data=data, follow_redirects=True)


def test_detail_shows_the_dossier_actions_and_history(client, make, login):
    world = arrange(make)
    initiative = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field)
    db.session.commit()
    login(world.officer)
    page = client.get(f"/initiatives/{initiative.id}").get_data(as_text=True)
    assert initiative.code in page and "Nháp" in page
    assert "Gửi đăng ký" in page and "Rút đăng ký" in page and "Sửa" in page
    assert "Đường thôn hẹp" in page
    _fire(client, initiative, "submit")
    page = client.get(f"/initiatives/{initiative.id}").get_data(as_text=True)
    assert "Nguyễn Văn An" in page
    assert "Nháp → <strong>Đã đăng ký</strong>" in page


def test_officer_withdraws_after_confirming(client, make, login):
    world = arrange(make)
    initiative = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field)
    db.session.commit()
    login(world.officer)
    confirm = client.get(f"/initiatives/{initiative.id}/transition?trigger=withdraw").get_data(as_text=True)
    assert "không thể gửi lại" in confirm
    assert _reload(initiative).status == "draft"
    page = _fire(client, initiative, "withdraw").get_data(as_text=True)
    assert "Đã rút" in page
    assert _reload(initiative).status == "withdrawn"


def test_staff_return_needs_a_reason_which_the_history_shows(client, make, login):
    world = arrange(make)
    initiative = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, status="registered")
    db.session.commit()
    login(world.staff)
    response = _fire(client, initiative, "return_for_revision", comment="   ")
    assert "Vui lòng nêu lý do." in response.get_data(as_text=True)
    assert _reload(initiative).status == "registered"
    page = _fire(client, initiative, "return_for_revision", comment="Bổ sung chỉ tiêu đo lường").get_data(as_text=True)
    assert "Bổ sung chỉ tiêu đo lường" in page
    assert _reload(initiative).status == "returned"
    client.post("/logout")
    login(world.officer)
    edit_page = client.get(f"/initiatives/{initiative.id}/edit").get_data(as_text=True)
    assert "Gửi lại" in edit_page
    _fire(client, _reload(initiative), "resubmit")
    assert _reload(initiative).status == "registered"
    assert count(TransitionLog) == 2


def test_refused_transition_is_a_message_not_an_error(client, make, login):
    world = arrange(make)
    initiative = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field)
    db.session.commit()
    login(world.officer)
    for trigger, version in (("return_for_revision", None), ("explode", None), ("submit", 999), ("submit", "x")):
        response = _fire(client, initiative, trigger, version=version)
        assert response.status_code == 200
    assert "khi mô hình đang ở trạng thái “Nháp”" in _fire(client, initiative, "return_for_revision").get_data(
        as_text=True)
    assert "vừa được người khác thay đổi" in _fire(client, initiative, "submit", version=999).get_data(as_text=True)
    assert _reload(initiative).status == "draft"
    assert count(TransitionLog) == 0


def test_stranger_cannot_act_on_a_hidden_initiative(client, make, login):
    world = arrange(make)
    initiative = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field)
    db.session.commit()
    login(world.other_officer)
    assert client.post(f"/initiatives/{initiative.id}/transition", data={"trigger": "withdraw",
                                                                          "version": "1"}).status_code == 404
    assert client.post(f"/initiatives/{initiative.id}/renew").status_code == 404


def test_renewal_copies_last_years_model_once(client, make, login):
    world = arrange(make)
    last_year = make.campaign(year=world.campaign.year - 1, is_open=False)
    source = make.initiative(unit=world.commune, campaign=last_year, field=world.field, status="recognized",
                             title="Đường hoa nông thôn mới")
    source.indicators = [make_indicator("Km đường hoa", 3, 4)]
    db.session.commit()
    login(world.officer)
    detail = client.get(f"/initiatives/{source.id}").get_data(as_text=True)
    assert f"Duy trì cho {world.campaign.name}" in detail
    response = client.post(f"/initiatives/{source.id}/renew")
    assert response.status_code == 302
    copy = db.session.scalars(select(Initiative).where(Initiative.renewed_from_id == source.id)).one()
    assert (copy.campaign_id, copy.registration_kind, copy.status) == (world.campaign.id, "renewal", "draft")
    assert copy.title == source.title
    assert [(row.name, row.target, row.actual) for row in copy.indicators] == [("Km đường hoa", 3, None)]
    again = client.post(f"/initiatives/{source.id}/renew", follow_redirects=True).get_data(as_text=True)
    assert "đã được đăng ký duy trì" in again
    assert count(Initiative) == 2


def test_drafts_and_this_years_models_cannot_be_renewed(client, make, login):
    world = arrange(make)
    last_year = make.campaign(year=world.campaign.year - 1)
    draft = make.initiative(unit=world.commune, campaign=last_year, field=world.field)
    current = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, status="registered")
    db.session.commit()
    login(world.officer)
    for initiative in (draft, current):
        assert "Duy trì cho" not in client.get(f"/initiatives/{initiative.id}").get_data(as_text=True)
        client.post(f"/initiatives/{initiative.id}/renew")
    assert count(Initiative) == 2


def make_indicator(name, target, actual):
    """Build an indicator row for arranging a test."""
    from registry.models import Indicator

    return Indicator(position=0, name=name, unit_of_measure="km", target=target, actual=actual)


def test_huge_initiative_ids_are_not_found(client, make, login):
    world = arrange(make)
    login(world.staff)
    for url in ("/initiatives/99999999999999999999", "/initiatives/3000000000/edit",
                "/initiatives/3000000000/transition?trigger=withdraw"):
        assert client.get(url).status_code == 404
